import { describe, expect, it } from 'vitest';
import {
  BACKUP_KEEP,
  backupMeetingTitle,
  backupName,
  backupsToRemove,
  backupTime,
  isBackupName,
  newestFirst,
} from '../../../electron/shared/backups';
import { fingerprint } from '../../../renderer/domain/fingerprint';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 9, minute, 0, 5));
const names = (count: number) =>
  Array.from({ length: count }, (_, minute) => backupName(at(minute), minute.toString(16).padStart(8, '0')));

describe('backup names', () => {
  it('name a backup by its UTC time to the millisecond and a random suffix', () => {
    expect(backupName(at(7), '1a2b3c4d')).toBe('backup-20261201T090700005Z-1a2b3c4d.json');
    expect(backupTime('backup-20261201T090700005Z-1a2b3c4d.json')).toBe('2026-12-01T09:07:00.005Z');
  });

  it('refuses a suffix that is not 8 lowercase hex digits', () => {
    expect(() => backupName(at(0), '../../x')).toThrow();
    expect(() => backupName(at(0), 'ABCDEF12')).toThrow();
  });

  it.each([
    'backup-20261201T090700005Z-1a2b3c4d.json.tmp',
    '../backup-20261201T090700005Z-1a2b3c4d.json',
    'backup-20261201T090700005Z-1a2b3c4.json',
    'Backup-20261201T090700005Z-1a2b3c4d.json',
    'notes.json',
  ])('do not include %s', (name) => {
    expect(isBackupName(name)).toBe(false);
    expect(backupTime(name)).toBeNull();
  });

  it('give no time for a name whose digits are not a real moment', () => {
    expect(backupTime('backup-20261341T990700005Z-1a2b3c4d.json')).toBeNull();
  });
});

describe('rotation', () => {
  it(`keeps the newest ${BACKUP_KEEP}`, () => {
    const all = names(23);
    expect(backupsToRemove([...all].reverse())).toEqual(all.slice(0, 3).reverse());
  });

  it('removes nothing while there are 20 or fewer', () => {
    expect(backupsToRemove(names(20))).toEqual([]);
    expect(backupsToRemove([])).toEqual([]);
  });

  it('never offers to remove a file the policy did not name', () => {
    expect(backupsToRemove(['notes.txt', '.tmp', ...names(2)], 0)).toEqual(names(2).reverse());
  });

  it('orders newest first regardless of the order found', () => {
    const [a = '', b = '', c = ''] = names(3);
    expect(newestFirst([b, 'x', c, a])).toEqual([c, b, a]);
  });
});

describe('the meeting title of a backup', () => {
  it('is read from the file envelope', () => {
    expect(backupMeetingTitle('{"format":"tandem.meeting","meeting":{"title":"Q1"}}')).toBe('Q1');
  });

  it.each([
    '',
    '{',
    'null',
    '[]',
    '{"format":"other","meeting":{"title":"Q1"}}',
    '{"format":"tandem.meeting"}',
  ])('is null for %j', (text) => {
    expect(backupMeetingTitle(text)).toBeNull();
  });
});

describe('fingerprint', () => {
  it('is stable for the same text and differs for a one-character change', () => {
    const text = JSON.stringify({ points: ['Budget split', 'Lead definition'] });
    expect(fingerprint(text)).toBe(fingerprint(String(text)));
    expect(fingerprint(text)).not.toBe(fingerprint(text.replace('Budget', 'budget')));
    expect(fingerprint(text)).toMatch(/^[0-9a-f]{14}$/);
  });
});
