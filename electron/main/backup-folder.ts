/**
 * The folder of automatic backups, `<userData>/backups`. Main alone names the files
 * (electron/shared/backups.ts): the renderer hands over a meeting file and later asks for a backup
 * by a name that must match the pattern exactly, so no path from the page ever reaches the file
 * system. Writes are atomic; after each write the folder is rotated to the newest 20. Only regular
 * files with a backup name are listed, read or removed — anything else in the folder (a stray temp
 * file, a directory or a link someone placed there) is left alone. A list reads the header of each
 * file (its first `HEADER_BYTES`, backup-file.ts), never a whole file.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  backupName,
  backupsToRemove,
  backupTime,
  isBackupName,
  newestFirst,
  type BackupInfo,
} from '../shared/backups';
import { writeFileAtomic } from './atomic-write';
import { backupFileText, HEADER_BYTES, readBackupHeader, type MeetingFile } from './backup-file';

/** The backups folder inside a userData folder. */
export function backupDirectory(userData: string): string {
  return path.join(userData, 'backups');
}

/** The absolute path of backup `name` in `dir`, or an error for anything that is not a backup name. */
function backupPath(dir: string, name: string): string {
  if (!isBackupName(name)) throw new Error(`not a backup name: ${JSON.stringify(name)}`);
  return path.join(dir, name);
}

/** The size of a regular file (not a link, not a directory) with a backup name; null for anything else. */
async function backupFileSize(dir: string, name: string): Promise<number | null> {
  if (!isBackupName(name)) return null;
  const stats = await fs.lstat(path.join(dir, name)).catch(() => null);
  return stats?.isFile() ? stats.size : null;
}

async function isBackupFile(dir: string, name: string): Promise<boolean> {
  return (await backupFileSize(dir, name)) !== null;
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

/** The info of backup `name` in a list; null for a name this policy did not make. */
function backupInfo(name: string, meetingTitle: string | null, bytes: number): BackupInfo | null {
  const createdAt = backupTime(name);
  return createdAt === null ? null : { id: name, createdAt, meetingTitle, bytes };
}

/**
 * Writes a meeting file that the import has accepted as a new backup (atomically, header first:
 * backup-file.ts), then rotates; `now` names it.
 */
export async function writeBackup(
  dir: string,
  file: MeetingFile,
  now: Date = new Date(),
): Promise<BackupInfo> {
  await fs.mkdir(dir, { recursive: true });
  const name = backupName(now, randomBytes(4).toString('hex'));
  const bytes = await writeFileAtomic(backupPath(dir, name), backupFileText(file));
  // A failed rotation leaves one backup too many; the next write tries again.
  await rotateBackups(dir).catch(() => undefined);
  const info = backupInfo(name, file.meeting.title, bytes);
  if (!info) throw new Error('a generated backup name did not match the pattern');
  return info;
}

/** The first `HEADER_BYTES` of a file as text (fewer for a shorter file); null when it cannot be read. */
async function readStart(file: string): Promise<string | null> {
  const handle = await fs.open(file, 'r').catch(() => null);
  if (!handle) return null;
  try {
    const buffer = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEADER_BYTES, 0);
    return buffer.toString('utf8', 0, bytesRead);
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

/**
 * Every backup, newest first, with the meeting title from its header. Only the first
 * `HEADER_BYTES` of each file are read, so twenty files of 50 MiB cost twenty small reads and no
 * parse that would hold up the main thread. A file without a readable header — cut short, not a
 * meeting file, or an older backup whose title lies further in — is listed without a title; it can
 * still be restored, and the full check happens then (the import path).
 */
export async function listBackups(dir: string): Promise<BackupInfo[]> {
  const infos: BackupInfo[] = [];
  for (const name of newestFirst(await backupNames(dir))) {
    const file = backupPath(dir, name);
    const bytes = await backupFileSize(dir, name);
    const start = bytes === null ? null : await readStart(file);
    if (bytes === null || start === null) continue;
    const info = backupInfo(name, readBackupHeader(start)?.meetingTitle ?? null, bytes);
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
