import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  promises,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import type { FileReadResult } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupFileText, HEADER_BYTES, readBackupHeader } from '../../../electron/main/backup-file';
import { LIMITS } from '../../../renderer/domain/limits';
import { backupDirectory, rotateBackups, writeBackup } from '../../../electron/main/backup-folder';
import {
  listBackupsHandler,
  readBackupHandler,
  writeBackupHandler,
} from '../../../electron/main/handlers/backups';
import { guardHandler } from '../../../electron/main/ipc';
import { backupName } from '../../../electron/shared/backups';
import { exportMeetingJson, parseExchange, type MeetingFile } from '../../../renderer/domain/exchange/format';
import type { MeetingRecords } from '../../../renderer/domain/exchange/write';
import { nth, sampleMeeting } from '../domain/exchange-fixture';
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

function meetingJson(title: string, change: (records: MeetingRecords) => void = () => undefined): string {
  const records = sampleMeeting();
  records.meeting.title = title;
  change(records);
  return exportMeetingJson(records, '2026-12-01T11:00:00.000Z');
}

/** The meeting file the import reads from `json`; throws for one it refuses. */
function imported(json: string): MeetingFile {
  const result = parseExchange(json);
  if (!result.ok) throw new Error(`not importable: ${JSON.stringify(result.errors)}`);
  return result.value;
}

/** Writes `count` backups one minute apart, the first at 09:00 UTC on 1 December 2026. */
async function writeMany(count: number): Promise<string[]> {
  const names: string[] = [];
  for (let minute = 0; minute < count; minute++) {
    const info = await writeBackup(
      folder,
      imported(meetingJson(`Meeting ${minute}`)),
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
    expect(result.value.id).toMatch(/^backup-\d{8}T\d{9}Z-[0-9a-f]{8}\.json$/);
    expect(readdirSync(folder)).toEqual([result.value.id]);
    const text = readFileSync(path.join(folder, result.value.id), 'utf8');
    expect(result.value).toMatchObject({ meetingTitle: 'Q1 joint strategy', bytes: Buffer.byteLength(text) });
    // The same meeting as the import reads it, with the meeting's id and title at the very start.
    expect(imported(text)).toEqual(imported(json));
    const meetingId = sampleMeeting().meeting.id;
    expect(text.indexOf('"title": "Q1 joint strategy"')).toBeLessThan(200);
    expect(text.indexOf(`"id": "${meetingId}"`)).toBeLessThan(200);
  });

  it.each([
    [
      'a decision on an agenda item the file does not have',
      (records: MeetingRecords) => {
        nth(records.decisions).agendaItemId = 'no-such-item';
      },
      'dangling-reference',
    ],
    [
      'a title longer than the import allows',
      (records: MeetingRecords) => {
        records.meeting.title = 'x'.repeat(501);
      },
      'too-long at meeting.title',
    ],
    [
      'a field the format does not know',
      (records: MeetingRecords) => {
        Object.assign(nth(records.people), { password: 'x' });
      },
      'unknown-field at people[0].password',
    ],
  ])('refuses %s, as the import does, and writes nothing', async (_name, change, detail) => {
    const json = meetingJson('Q1', change);
    expect(parseExchange(json).ok).toBe(false);
    const result = await write(invokeEvent(), { json });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    if (!result.ok) expect(result.error.detail).toContain(detail);
    expect(existsSync(folder)).toBe(false);
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

  it('reads only the header of each of 20 backups of 50 MiB and lists them right', async () => {
    mkdirSync(folder, { recursive: true });
    const size = 50 * 1024 * 1024;
    const names: string[] = [];
    for (let minute = 0; minute < 20; minute++) {
      const name = backupName(
        new Date(Date.UTC(2026, 11, 1, 9, minute)),
        minute.toString(16).padStart(8, '0'),
      );
      const file = path.join(folder, name);
      writeFileSync(file, backupFileText(imported(meetingJson(`Meeting ${minute}`))));
      // Sparse: 50 MiB long without taking the disk; after the meeting only zero bytes, which a
      // parse of the whole file would refuse, so a title in the list comes from the header alone.
      truncateSync(file, size);
      names.push(name);
    }
    let bytesRead = 0;
    const open = promises.open.bind(promises);
    const opened = vi.spyOn(promises, 'open').mockImplementation(async (...args: Parameters<typeof open>) => {
      const handle = await open(...args);
      const read = handle.read.bind(handle) as (...rest: unknown[]) => Promise<FileReadResult<Buffer>>;
      handle.read = (async (...rest: unknown[]) => {
        const result = await read(...rest);
        bytesRead += result.bytesRead;
        return result;
      }) as typeof handle.read;
      return handle;
    });
    const readFile = vi.spyOn(promises, 'readFile');
    try {
      const result = await list(invokeEvent(), undefined);
      expect(result).toEqual({
        ok: true,
        value: [...names].reverse().map((id, index) => ({
          id,
          createdAt: new Date(Date.UTC(2026, 11, 1, 9, 19 - index)).toISOString(),
          meetingTitle: `Meeting ${19 - index}`,
          bytes: size,
        })),
      });
      expect(opened).toHaveBeenCalledTimes(20);
      expect(bytesRead).toBeLessThanOrEqual(20 * HEADER_BYTES);
      expect(readFile).not.toHaveBeenCalled();
    } finally {
      opened.mockRestore();
      readFile.mockRestore();
    }
  });

  it('lists an older backup (an export, title not first) with the title when its header holds it', async () => {
    mkdirSync(folder, { recursive: true });
    const name = backupName(new Date('2026-12-01T10:00:00.000Z'), '0000000a');
    writeFileSync(path.join(folder, name), meetingJson('Written before headers'));
    const result = await list(invokeEvent(), undefined);
    expect(result).toMatchObject({ ok: true, value: [{ id: name, meetingTitle: 'Written before headers' }] });
  });

  it('lists an older backup whose title lies past the header without one, and still restores it', async () => {
    mkdirSync(folder, { recursive: true });
    const name = backupName(new Date('2026-12-01T10:00:00.000Z'), '0000000a');
    const json = meetingJson('Far in', (records) => {
      // Ground rules at their longest fill more than the header before the title comes.
      const rule = 'x'.repeat(LIMITS.meeting.groundRule);
      records.meeting.groundRules = Array.from({ length: Math.ceil(HEADER_BYTES / rule.length) }, () => rule);
    });
    writeFileSync(path.join(folder, name), json);
    const result = await list(invokeEvent(), undefined);
    expect(result).toEqual({
      ok: true,
      value: [
        {
          id: name,
          createdAt: '2026-12-01T10:00:00.000Z',
          meetingTitle: null,
          bytes: Buffer.byteLength(json),
        },
      ],
    });
    const restored = await read(invokeEvent(), name);
    if (!restored.ok) throw new Error(`read failed: ${restored.error.code}`);
    expect(imported(restored.value).meeting.title).toBe('Far in');
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
    const name = nth(await writeMany(1));
    const result = await read(invokeEvent(), name);
    if (!result.ok) throw new Error(`read failed: ${result.error.code}`);
    expect(result.value).toBe(readFileSync(path.join(folder, name), 'utf8'));
    expect(imported(result.value)).toEqual(imported(meetingJson('Meeting 0')));
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

describe('readBackupHeader', () => {
  const meetingId = sampleMeeting().meeting.id;
  const textOf = (title: string) => backupFileText(imported(meetingJson(title)));

  it.each([
    ['plain words', 'Q1 joint strategy'],
    ['quotes, backslashes and umlauts', 'Q1 "Vertrieb" \\ Marketing – Überblick'],
    ['a title of the longest length, every character escaped', '\u0001'.repeat(LIMITS.meeting.title)],
  ])('reads id and title of %s from the first HEADER_BYTES', (_name, title) => {
    const start = textOf(title).slice(0, HEADER_BYTES);
    expect(readBackupHeader(start)).toEqual({ meetingId, meetingTitle: title });
  });

  it('reads nothing from a start cut inside the title, or from a file that is no meeting file', () => {
    const text = textOf('A title cut short');
    expect(readBackupHeader(text.slice(0, text.indexOf('cut')))).toBeNull();
    expect(readBackupHeader('{"format": "something else", "meeting": {"id": "a", "title": "b"}}')).toBeNull();
    expect(readBackupHeader('')).toBeNull();
  });
});
