/**
 * `writeBackup`, `listBackups`, `readBackup`: the automatic backups in `<userData>/backups`
 * (see backup-folder.ts). The meeting file of `writeBackup` is checked as the import checks one
 * (backup-file.ts) before anything is written. The request of `readBackup` has already been checked
 * against the backup name pattern by ipc.ts; the folder checks it again before touching the disk.
 */
import { app } from 'electron';
import { err, ok } from '../../shared/result';
import { checkMeetingFile } from '../backup-file';
import { backupDirectory, listBackups, readBackup, writeBackup } from '../backup-folder';
import type { InvokeHandler } from './types';

const folder = () => backupDirectory(app.getPath('userData'));

/** Keeps a meeting file as a new backup; refuses, and writes nothing for, a file the import would refuse. */
export const writeBackupHandler: InvokeHandler<'writeBackup'> = {
  failure: 'write-failed',
  run: async ({ json }) => {
    const file = checkMeetingFile(json);
    if (!file.ok) return err({ code: 'invalid-payload', detail: file.error });
    return ok(await writeBackup(folder(), file.value));
  },
};

/** Lists the backups, newest first. */
export const listBackupsHandler: InvokeHandler<'listBackups'> = {
  failure: 'read-failed',
  run: async () => ok(await listBackups(folder())),
};

/** Reads one backup by its name. */
export const readBackupHandler: InvokeHandler<'readBackup'> = {
  failure: 'read-failed',
  run: async (name) => ok(await readBackup(folder(), name)),
};
