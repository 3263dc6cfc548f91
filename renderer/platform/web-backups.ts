/**
 * Automatic backups in the browser: files in a `backups` folder of the Origin Private File System
 * (`navigator.storage.getDirectory()`), named and rotated by the same policy as the desktop app
 * (electron/shared/backups.ts). A writable stream replaces a file only when it is closed, so a
 * backup is whole or absent. Where the browser has no such storage (an old browser, a page that is
 * not a secure context, jsdom), every call answers `unavailable` and nothing else happens.
 */
import {
  backupName,
  backupsToRemove,
  describeBackup,
  isBackupName,
  MAX_BACKUP_CHARS,
  newestFirst,
  type BackupInfo,
} from '../../electron/shared/backups';
import { err, ok, type Result } from '../../electron/shared/result';
import type { Platform } from './platform';

/** The part of a FileSystemFileHandle that backups use. */
export interface BackupFileHandle {
  getFile(): Promise<{ size: number; text(): Promise<string> }>;
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
}

/** The part of a FileSystemDirectoryHandle that backups use. */
export interface BackupDirectory {
  getFileHandle(name: string, options?: { create?: boolean }): Promise<BackupFileHandle>;
  removeEntry(name: string): Promise<void>;
  keys(): AsyncIterable<string>;
}

/** The `backups` folder of the Origin Private File System, or null where there is none. */
export async function opfsBackupDirectory(): Promise<BackupDirectory | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (typeof storage?.getDirectory !== 'function') return null;
  try {
    const root = await storage.getDirectory();
    return await root.getDirectoryHandle('backups', { create: true });
  } catch {
    // Firefox in private windows, for one, refuses the origin's file system.
    return null;
  }
}

function randomHex(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function names(dir: BackupDirectory): Promise<string[]> {
  const found: string[] = [];
  for await (const name of dir.keys()) if (isBackupName(name)) found.push(name);
  return found;
}

/** A file of the folder, or null for a missing name or a folder that carries a backup name. */
async function openFile(dir: BackupDirectory, name: string): Promise<BackupFileHandle | null> {
  if (!isBackupName(name)) return null;
  return dir.getFileHandle(name).catch(() => null);
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

type BackupMethods = Pick<Platform, 'writeBackup' | 'listBackups' | 'readBackup'>;

/** The backup methods of the web platform; `directory` is replaceable for tests. */
export function createOpfsBackups(
  directory: () => Promise<BackupDirectory | null> = opfsBackupDirectory,
  now: () => Date = () => new Date(),
): BackupMethods {
  async function withDirectory<T>(
    failure: 'write-failed' | 'read-failed',
    act: (dir: BackupDirectory) => Promise<Result<T>>,
  ): Promise<Result<T>> {
    const dir = await directory();
    if (!dir) return err({ code: 'unavailable' });
    try {
      return await act(dir);
    } catch (error) {
      return err({ code: failure, detail: describe(error) });
    }
  }

  return {
    writeBackup: (json) =>
      withDirectory('write-failed', async (dir): Promise<Result<BackupInfo>> => {
        if (json.length > MAX_BACKUP_CHARS) return err({ code: 'invalid-payload', detail: 'too large' });
        const name = backupName(now(), randomHex());
        try {
          const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
          await writable.write(json);
          await writable.close();
        } catch (error) {
          // Creating the handle made an empty file; it must not be listed as a backup.
          await dir.removeEntry(name).catch(() => undefined);
          throw error;
        }
        // A failed rotation leaves one backup too many; the next write tries again.
        const surplus = backupsToRemove(await names(dir));
        await Promise.all(surplus.map((old) => dir.removeEntry(old).catch(() => undefined)));
        const info = describeBackup(name, json, new Blob([json]).size);
        return info ? ok(info) : err({ code: 'write-failed', detail: 'bad generated name' });
      }),

    listBackups: () =>
      withDirectory('read-failed', async (dir) => {
        const infos: BackupInfo[] = [];
        for (const name of newestFirst(await names(dir))) {
          const file = await (await openFile(dir, name))?.getFile().catch(() => null);
          if (!file) continue;
          const info = describeBackup(name, await file.text(), file.size);
          if (info) infos.push(info);
        }
        return ok(infos);
      }),

    readBackup: (id) =>
      withDirectory('read-failed', async (dir) => {
        const handle = await openFile(dir, id);
        if (!handle) return err({ code: 'read-failed', detail: 'no such backup' });
        return ok(await (await handle.getFile()).text());
      }),
  };
}
