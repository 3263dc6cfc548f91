import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupDirectory, rotateBackups, writeBackup } from '../../../electron/main/backup-folder';
import {
  listBackupsHandler,
  readBackupHandler,
  writeBackupHandler,
} from '../../../electron/main/handlers/backups';
import { guardHandler } from '../../../electron/main/ipc';
import { backupName } from '../../../electron/shared/backups';
import { exportMeetingJson } from '../../../renderer/domain/exchange/format';
import { sampleMeeting } from '../domain/exchange-fixture';
import { app, resetElectronFake } from './electron-fake';
import { invokeEvent } from './ipc-fixtures';

vi.mock('electron', () => import('./electron-fake'));

const write = guardHandler('writeBackup', writeBackupHandler);
const list = guardHandler('listBackups', listBackupsHandler);
const read = guardHandler('readBackup', readBackupHandler);

let userData: string;
let folder: string;

beforeEach(() => {
  resetElectronFake();
  userData = mkdtempSync(path.join(tmpdir(), 'tandem-backups-'));
  app.paths.userData = userData;
  folder = backupDirectory(userData);
});

afterEach(() => rmSync(userData, { recursive: true, force: true }));

function meetingJson(title: string): string {
  const records = sampleMeeting();
  records.meeting.title = title;
  return exportMeetingJson(records, '2026-12-01T11:00:00.000Z');
}

/** Writes `count` backups one minute apart, the first at 09:00 UTC on 1 December 2026. */
async function writeMany(count: number): Promise<string[]> {
  const names: string[] = [];
  for (let minute = 0; minute < count; minute++) {
    const info = await writeBackup(
      folder,
      meetingJson(`Meeting ${minute}`),
      new Date(Date.UTC(2026, 11, 1, 9, minute)),
    );
    names.push(info.id);
  }
  return names;
}

describe('writeBackup', () => {
  it('writes the meeting into <userData>/backups under a name main makes, and reports it', async () => {
    const json = meetingJson('Q1 joint strategy');
    const result = await write(invokeEvent(), { json });
    if (!result.ok) throw new Error(`write failed: ${result.error.code}`);
    expect(result.value).toMatchObject({ meetingTitle: 'Q1 joint strategy', bytes: Buffer.byteLength(json) });
    expect(result.value.id).toMatch(/^backup-\d{8}T\d{9}Z-[0-9a-f]{8}\.json$/);
    expect(readdirSync(folder)).toEqual([result.value.id]);
    expect(readFileSync(path.join(folder, result.value.id), 'utf8')).toBe(json);
  });

  it('keeps the newest 20 and removes the oldest, leaving other files in the folder alone', async () => {
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'notes.txt'), 'mine');
    const names = await writeMany(22);
    const left = readdirSync(folder).sort();
    expect(left).toEqual([...names.slice(2), 'notes.txt'].sort());
  });

  it('refuses text that is not a meeting file and writes nothing', async () => {
    const result = await write(invokeEvent(), { json: '{"format":"something else"}' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(existsSync(folder)).toBe(false);
  });

  it.each([
    ['a path next to the text', { json: meetingJson('x'), name: '../../evil.json' }],
    ['no text', {}],
    ['an empty text', { json: '' }],
    ['text over 50 MiB', { json: 'x'.repeat(50 * 1024 * 1024 + 1) }],
  ])('answers invalid-payload to %s', async (_name, request) => {
    const result = await write(invokeEvent(), request);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(existsSync(folder)).toBe(false);
  });

  it('answers write-failed when the folder cannot be made, and throws nothing', async () => {
    writeFileSync(folder, 'a file where the folder should be');
    const result = await write(invokeEvent(), { json: meetingJson('x') });
    expect(result).toMatchObject({ ok: false, error: { code: 'write-failed' } });
  });

  it('answers forbidden-sender to a foreign page', async () => {
    const result = await write(invokeEvent({ url: 'https://evil.example/' }), { json: meetingJson('x') });
    expect(result).toEqual({ ok: false, error: { code: 'forbidden-sender' } });
  });
});

describe('listBackups', () => {
  it('lists the backups newest first with meeting title, time and size', async () => {
    const names = await writeMany(3);
    const result = await list(invokeEvent(), undefined);
    if (!result.ok) throw new Error(`list failed: ${result.error.code}`);
    expect(result.value.map((info) => info.id)).toEqual([...names].reverse());
    expect(result.value[0]).toEqual({
      id: names[2],
      createdAt: '2026-12-01T09:02:00.000Z',
      meetingTitle: 'Meeting 2',
      bytes: Buffer.byteLength(meetingJson('Meeting 2')),
    });
  });

  it('is empty before the first backup', async () => {
    expect(await list(invokeEvent(), undefined)).toEqual({ ok: true, value: [] });
  });

  it('lists an unreadable backup without a title and ignores what is not a backup file', async () => {
    mkdirSync(folder, { recursive: true });
    const broken = backupName(new Date('2026-12-01T10:00:00.000Z'), '0000000a');
    writeFileSync(path.join(folder, broken), '{"format": "tandem.meeting"');
    mkdirSync(path.join(folder, backupName(new Date('2026-12-01T11:00:00.000Z'), '0000000b')));
    writeFileSync(path.join(folder, 'backup-evil.json'), meetingJson('x'));
    const result = await list(invokeEvent(), undefined);
    expect(result).toEqual({
      ok: true,
      value: [{ id: broken, createdAt: '2026-12-01T10:00:00.000Z', meetingTitle: null, bytes: 27 }],
    });
  });
});

describe('readBackup', () => {
  it('returns the text of a listed backup', async () => {
    const [name] = await writeMany(1);
    expect(await read(invokeEvent(), name)).toEqual({ ok: true, value: meetingJson('Meeting 0') });
  });

  it('answers read-failed for a backup name that is not there', async () => {
    const missing = backupName(new Date('2026-12-01T10:00:00.000Z'), 'deadbeef');
    expect(await read(invokeEvent(), missing)).toMatchObject({ ok: false, error: { code: 'read-failed' } });
  });

  it('refuses a link that carries a backup name, even to a real file', async () => {
    mkdirSync(folder, { recursive: true });
    const secret = path.join(userData, 'secret.json');
    writeFileSync(secret, meetingJson('not a backup'));
    const name = backupName(new Date('2026-12-01T10:00:00.000Z'), 'deadbeef');
    symlinkSync(secret, path.join(folder, name));
    expect(await read(invokeEvent(), name)).toMatchObject({ ok: false, error: { code: 'read-failed' } });
    expect(await list(invokeEvent(), undefined)).toEqual({ ok: true, value: [] });
  });

  it.each([
    ['a parent path', '../secret.json'],
    ['a backup name behind a parent path', '../backups/backup-20261201T100000000Z-deadbeef.json'],
    ['an absolute path', '/etc/passwd'],
    ['a Windows path', 'C:\\Windows\\win.ini'],
    ['a backup name with a folder', 'backup-20261201T100000000Z-deadbeef.json/../../secret.json'],
    ['a NUL byte', 'backup-20261201T100000000Z-deadbeef.json\u0000.txt'],
    ['upper-case hex', 'backup-20261201T100000000Z-DEADBEEF.json'],
    ['a trailing newline', 'backup-20261201T100000000Z-deadbeef.json\n'],
    ['an empty name', ''],
    ['a number', 42],
    ['nothing', undefined],
  ])('answers invalid-payload to %s and reads nothing', async (_name, id) => {
    const result = await read(invokeEvent(), id);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });
});

describe('rotateBackups', () => {
  it('never removes a file whose name the policy did not make', async () => {
    mkdirSync(folder, { recursive: true });
    for (const name of ['a.json', 'backup-1.json', '.backup-20261201T100000000Z-deadbeef.json.1234.tmp'])
      writeFileSync(path.join(folder, name), 'x');
    await writeMany(2);
    expect(await rotateBackups(folder, 0)).toHaveLength(2);
    expect(readdirSync(folder).sort()).toEqual(
      ['.backup-20261201T100000000Z-deadbeef.json.1234.tmp', 'a.json', 'backup-1.json'].sort(),
    );
  });
});
