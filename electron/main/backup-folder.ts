/**
 * The folder of automatic backups, `<userData>/backups`. Main alone names the files
 * (electron/shared/backups.ts): the renderer hands over a meeting file and later asks for a backup
 * by a name that must match the pattern exactly, so no path from the page ever reaches the file
 * system. Writes are atomic; after each write the folder is rotated to the newest 20. Only regular
 * files with a backup name are listed, read or removed — anything else in the folder (a stray temp
 * file, a directory or a link someone placed there) is left alone.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  backupName,
  backupsToRemove,
  describeBackup,
  isBackupName,
  newestFirst,
  type BackupInfo,
} from '../shared/backups';
import { writeFileAtomic } from './atomic-write';

/** The backups folder inside a userData folder. */
export function backupDirectory(userData: string): string {
  return path.join(userData, 'backups');
}

/** The absolute path of backup `name` in `dir`, or an error for anything that is not a backup name. */
function backupPath(dir: string, name: string): string {
  if (!isBackupName(name)) throw new Error(`not a backup name: ${JSON.stringify(name)}`);
  return path.join(dir, name);
}

/** A regular file (not a link, not a directory) with a backup name. */
async function isBackupFile(dir: string, name: string): Promise<boolean> {
  if (!isBackupName(name)) return false;
  const stats = await fs.lstat(path.join(dir, name)).catch(() => null);
  return stats?.isFile() ?? false;
}

async function backupNames(dir: string): Promise<string[]> {
  const names = await fs.readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const checks = await Promise.all(names.map((name) => isBackupFile(dir, name)));
  return names.filter((_, index) => checks[index]);
}

/** Removes all but the newest `keep` backups; other files are never touched. */
export async function rotateBackups(dir: string, keep?: number): Promise<string[]> {
  const surplus = backupsToRemove(await backupNames(dir), keep);
  await Promise.all(surplus.map((name) => fs.rm(backupPath(dir, name), { force: true })));
  return surplus;
}

/** Writes `json` as a new backup (atomically), then rotates; `now` names it. */
export async function writeBackup(dir: string, json: string, now: Date = new Date()): Promise<BackupInfo> {
  await fs.mkdir(dir, { recursive: true });
  const name = backupName(now, randomBytes(4).toString('hex'));
  const bytes = await writeFileAtomic(backupPath(dir, name), json);
  // A failed rotation leaves one backup too many; the next write tries again.
  await rotateBackups(dir).catch(() => undefined);
  const info = describeBackup(name, json, bytes);
  if (!info) throw new Error('a generated backup name did not match the pattern');
  return info;
}

/** Every backup, newest first, with the meeting title read from each file. */
export async function listBackups(dir: string): Promise<BackupInfo[]> {
  const infos: BackupInfo[] = [];
  for (const name of newestFirst(await backupNames(dir))) {
    const file = backupPath(dir, name);
    const text = await fs.readFile(file, 'utf8').catch(() => null);
    if (text === null) continue;
    const info = describeBackup(name, text, Buffer.byteLength(text, 'utf8'));
    if (info) infos.push(info);
  }
  return infos;
}

/** The text of backup `name`; refuses anything that is not a regular backup file of this folder. */
export async function readBackup(dir: string, name: string): Promise<string> {
  const file = backupPath(dir, name);
  if (!(await isBackupFile(dir, name))) throw new Error(`no backup ${name}`);
  return fs.readFile(file, 'utf8');
}
