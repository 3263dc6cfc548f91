/** Messages of the automatic backups: the Restore screen and the quiet notice on the run screen. */
import type { Messages } from './messages';

export const backupsEn = {
  'backups.heading': 'Restore',
  'backups.link': 'Restore from backup',
  'backups.intro':
    'Tandem keeps a backup of a meeting when it ends, and every three minutes while it runs if anything changed. The newest 20 are kept. Restoring one imports it like a meeting file.',
  'backups.empty': 'No backups yet. Tandem makes one when a meeting ends.',
  'backups.unavailable':
    'This browser does not let Tandem keep backups. Export your meetings as JSON to keep copies.',
  'backups.listFailed': 'The backups could not be read.',
  'backups.table': 'Backups',
  'backups.meeting': 'Meeting',
  'backups.time': 'Backed up',
  'backups.size': 'Size',
  'backups.unreadable': 'Unreadable backup',
  'backups.restore': 'Restore',
  'backups.readFailed': 'This backup could not be read. Nothing was changed.',
  'backups.saved': 'Backup saved at {time}.',
  'backups.failed': 'The automatic backup failed. The meeting itself is saved; export it to keep a copy.',
} as const;

export const backupsDe: Messages<typeof backupsEn> = {
  'backups.heading': 'Wiederherstellen',
  'backups.link': 'Aus Sicherung wiederherstellen',
  'backups.intro':
    'Tandem sichert eine Besprechung, wenn sie endet, und alle drei Minuten, solange sie läuft und sich etwas geändert hat. Die neuesten 20 Sicherungen bleiben erhalten. Eine Sicherung wird wie eine Besprechungsdatei importiert.',
  'backups.empty': 'Noch keine Sicherungen. Tandem legt eine an, wenn eine Besprechung endet.',
  'backups.unavailable':
    'Dieser Browser erlaubt Tandem keine Sicherungen. Exportieren Sie Ihre Besprechungen als JSON, um Kopien zu behalten.',
  'backups.listFailed': 'Die Sicherungen konnten nicht gelesen werden.',
  'backups.table': 'Sicherungen',
  'backups.meeting': 'Besprechung',
  'backups.time': 'Gesichert',
  'backups.size': 'Größe',
  'backups.unreadable': 'Unlesbare Sicherung',
  'backups.restore': 'Wiederherstellen',
  'backups.readFailed': 'Diese Sicherung konnte nicht gelesen werden. Es wurde nichts geändert.',
  'backups.saved': 'Sicherung um {time} gespeichert.',
  'backups.failed':
    'Die automatische Sicherung ist fehlgeschlagen. Die Besprechung selbst ist gespeichert; exportieren Sie sie, um eine Kopie zu behalten.',
};
