/**
 * `writeBackup`, `listBackups`, `readBackup`: the automatic backups in `<userData>/backups`
 * (see backup-folder.ts). The request of `readBackup` has already been checked against the backup
 * name pattern by ipc.ts; the folder checks it again before touching the disk.
 */
import { app } from 'electron';
import { backupMeetingTitle } from '../../shared/backups';
import { err, ok } from '../../shared/result';
import { backupDirectory, listBackups, readBackup, writeBackup } from '../backup-folder';
import type { InvokeHandler } from './types';

const folder = () => backupDirectory(app.getPath('userData'));

/** Keeps a meeting file as a new backup; refuses text that is not a meeting file. */
export const writeBackupHandler: InvokeHandler<'writeBackup'> = {
  failure: 'write-failed',
  run: async ({ json }) => {
    if (backupMeetingTitle(json) === null)
      return err({ code: 'invalid-payload', detail: 'not a meeting file' });
    return ok(await writeBackup(folder(), json));
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
