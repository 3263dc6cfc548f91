import { describe, expect, it } from 'vitest';
import { backupName } from '../../../electron/shared/backups';
import { exportMeetingJson } from '../../../renderer/domain/exchange/format';
import { createOpfsBackups } from '../../../renderer/platform/web-backups';
import { sampleMeeting } from '../domain/exchange-fixture';
import { FakeDirectory } from './fake-opfs';

function meetingJson(title: string): string {
  const records = sampleMeeting();
  records.meeting.title = title;
  return exportMeetingJson(records, '2026-12-01T11:00:00.000Z');
}

function backupsIn(dir: FakeDirectory, start = Date.UTC(2026, 11, 1, 9)) {
  let minute = 0;
  return createOpfsBackups(
    async () => dir,
    () => new Date(start + minute++ * 60_000),
  );
}

describe('backups in the Origin Private File System', () => {
  it('write a meeting file under a generated name and read it back', async () => {
    const dir = new FakeDirectory();
    const backups = backupsIn(dir);
    const written = await backups.writeBackup(meetingJson('Q1 joint strategy'));
    if (!written.ok) throw new Error(written.error.code);
    expect(written.value).toMatchObject({
      id: expect.stringMatching(/^backup-20261201T090000000Z-[0-9a-f]{8}\.json$/),
      createdAt: '2026-12-01T09:00:00.000Z',
      meetingTitle: 'Q1 joint strategy',
    });
    expect(await backups.readBackup(written.value.id)).toEqual({
      ok: true,
      value: meetingJson('Q1 joint strategy'),
    });
  });

  it('keep the newest 20, listed newest first, and leave other files alone', async () => {
    const dir = new FakeDirectory();
    dir.files.set('notes.txt', 'mine');
    const backups = backupsIn(dir);
    for (let n = 0; n < 23; n++) await backups.writeBackup(meetingJson(`Meeting ${n}`));
    const listed = await backups.listBackups();
    if (!listed.ok) throw new Error(listed.error.code);
    expect(listed.value.map((info) => info.meetingTitle)).toEqual(
      Array.from({ length: 20 }, (_, n) => `Meeting ${22 - n}`),
    );
    expect(dir.files.size).toBe(21);
    expect(dir.files.get('notes.txt')).toBe('mine');
  });

  it('list a backup that cannot be read as a meeting without a title, and skip a folder', async () => {
    const dir = new FakeDirectory();
    const broken = backupName(new Date('2026-12-01T10:00:00.000Z'), '0000000a');
    dir.files.set(broken, '{"format":');
    dir.folders.add(backupName(new Date('2026-12-01T11:00:00.000Z'), '0000000b'));
    expect(await backupsIn(dir).listBackups()).toEqual({
      ok: true,
      value: [{ id: broken, createdAt: '2026-12-01T10:00:00.000Z', meetingTitle: null, bytes: 10 }],
    });
  });

  it.each(['../backup.json', 'notes.txt', '', 'backup-20261201T100000000Z-DEADBEEF.json'])(
    'refuse to read %j',
    async (id) => {
      const dir = new FakeDirectory();
      dir.files.set(id, meetingJson('x'));
      expect(await backupsIn(dir).readBackup(id)).toMatchObject({
        ok: false,
        error: { code: 'read-failed' },
      });
    },
  );

  it('report a failed write as data and keep no half-written file', async () => {
    const dir = new FakeDirectory();
    dir.failClose = true;
    const written = await backupsIn(dir).writeBackup(meetingJson('x'));
    expect(written).toMatchObject({ ok: false, error: { code: 'write-failed' } });
    expect(dir.files.size).toBe(0);
  });

  it('answer unavailable everywhere when the browser has no such storage', async () => {
    const backups = createOpfsBackups(async () => null);
    const unavailable = { ok: false, error: { code: 'unavailable' } };
    expect(await backups.writeBackup(meetingJson('x'))).toEqual(unavailable);
    expect(await backups.listBackups()).toEqual(unavailable);
    expect(await backups.readBackup(backupName(new Date(), 'deadbeef'))).toEqual(unavailable);
  });

  it('find no storage in a page without navigator.storage', async () => {
    expect(await createOpfsBackups().listBackups()).toEqual({ ok: false, error: { code: 'unavailable' } });
  });
});
