/**
 * Automatic backups: the naming and rotation policy that both shells follow (Electron's main process
 * in `<userData>/backups`, the browser in the Origin Private File System). A backup is one meeting
 * file in the exchange format; its name is made by the shell, never by the page, from the time of
 * writing and a random suffix, so names sort by age and can be checked against one pattern before
 * any file is touched. Pure code: no electron, node:* or DOM.
 */

/** How many backups are kept; writing the 21st removes the oldest. */
export const BACKUP_KEEP = 20;

/** The largest backup accepted, in characters (the exchange format's own limit, 50 MiB). */
export const MAX_BACKUP_CHARS = 50 * 1024 * 1024;

/** `backup-20261128T094512345Z-1a2b3c4d.json`: UTC time to the millisecond, 8 random hex digits. */
export const BACKUP_NAME_PATTERN = /^backup-(\d{8}T\d{9}Z)-[0-9a-f]{8}\.json$/;

/** One backup as a list shows it. */
export interface BackupInfo {
  /** The file name, which is also the id to read it by. */
  id: string;
  /** When it was written (ISO 8601, UTC), taken from the name. */
  createdAt: string;
  /** The title of the meeting inside, or null when the file cannot be read as a meeting. */
  meetingTitle: string | null;
  /** Size of the file in bytes. */
  bytes: number;
}

/** True for a name this policy made; anything else in the folder is never read or removed. */
export function isBackupName(name: string): boolean {
  return BACKUP_NAME_PATTERN.test(name);
}

/** The name of a backup written at `now`; `randomHex` is 8 lowercase hex digits from the shell. */
export function backupName(now: Date, randomHex: string): string {
  if (!/^[0-9a-f]{8}$/.test(randomHex)) throw new Error('randomHex must be 8 lowercase hex digits');
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  return `backup-${stamp}-${randomHex}.json`;
}

/** The time a backup was written, from its name; null for a name this policy did not make. */
export function backupTime(name: string): string | null {
  const stamp = BACKUP_NAME_PATTERN.exec(name)?.[1];
  if (stamp === undefined) return null;
  const iso = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}.${stamp.slice(15, 18)}Z`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

/** Backup names newest first; other names are dropped. */
export function newestFirst(names: readonly string[]): string[] {
  return names.filter(isBackupName).sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
}

/** The backups to remove so that only the newest `keep` remain. Names of other files are never returned. */
export function backupsToRemove(names: readonly string[], keep: number = BACKUP_KEEP): string[] {
  return newestFirst(names).slice(Math.max(0, keep));
}

/**
 * The meeting title inside a backup's text, or null when the text is not a meeting file. Only the
 * envelope is looked at; the full check happens when the user restores it (the import path).
 */
export function backupMeetingTitle(text: string): string | null {
  try {
    const file: unknown = JSON.parse(text);
    if (typeof file !== 'object' || file === null) return null;
    const { format, meeting } = file as { format?: unknown; meeting?: unknown };
    if (format !== 'tandem.meeting' || typeof meeting !== 'object' || meeting === null) return null;
    const { title } = meeting as { title?: unknown };
    return typeof title === 'string' ? title : null;
  } catch {
    return null;
  }
}

/** The info of a backup from its name, text and size; null for a name this policy did not make. */
export function describeBackup(name: string, text: string, bytes: number): BackupInfo | null {
  const createdAt = backupTime(name);
  if (createdAt === null) return null;
  return { id: name, createdAt, meetingTitle: backupMeetingTitle(text), bytes };
}
