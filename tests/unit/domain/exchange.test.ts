import { describe, expect, it } from 'vitest';
import {
  exportMeetingJson,
  MAX_EXCHANGE_CHARS,
  parseExchange,
  type ExchangeError,
} from '../../../renderer/domain/exchange/format';
import { exchangeErrorMessage } from '../../../renderer/i18n/exchange-errors';
import { ids, nth, sampleMeeting } from './exchange-fixture';

const NOW = '2026-12-02T08:00:00.000Z';

/** The sample file as a plain object, changed by `edit` and turned back into text. */
function fileWith(edit: (file: Record<string, unknown> & ReturnType<typeof sample>) => void): string {
  const file = sample();
  edit(file);
  return JSON.stringify(file);
}
function sample() {
  // A JSON round trip yields a plain, freely editable object of the file's shape.
  return JSON.parse(exportMeetingJson(sampleMeeting(), NOW)) as Record<string, unknown> &
    ReturnType<typeof sampleMeeting> & { format: string; version: number };
}

function errorsOf(text: string): ExchangeError[] {
  const result = parseExchange(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

describe('the meeting exchange format', () => {
  it('accepts an exported meeting and gives back the same records', () => {
    const result = parseExchange(exportMeetingJson(sampleMeeting(), NOW));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.meeting).toEqual(sampleMeeting().meeting);
    expect(result.value.decisions).toEqual(sampleMeeting().decisions);
  });

  it('writes the envelope first, records sorted by id and keys in alphabetical order', () => {
    const records = sampleMeeting();
    records.people.reverse();
    const text = exportMeetingJson(records, NOW);
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(file).slice(0, 4)).toEqual(['format', 'version', 'exportedAt', 'meeting']);
    expect((file.people as { id: string }[]).map((person) => person.id)).toEqual([ids.anna, ids.ben]);
    const keys = Object.keys(file.meeting as object);
    expect(keys).toEqual([...keys].sort());
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('exports the same text again after an import, apart from the export time', () => {
    const first = exportMeetingJson(sampleMeeting(), NOW);
    const parsed = parseExchange(first);
    if (!parsed.ok) throw new Error('refused');
    const { format: _f, version: _v, exportedAt: _e, ...records } = parsed.value;
    expect(exportMeetingJson(records, NOW)).toBe(first);
  });

  const badFiles: [string, string, ExchangeError[]][] = [
    [
      'a wrong type',
      fileWith((f) => Object.assign(f.meeting, { durationMinutes: '90' })),
      [{ code: 'wrong-type', path: 'meeting.durationMinutes' }],
    ],
    [
      'a missing field',
      fileWith((f) => delete (f.meeting as Partial<typeof f.meeting>).title),
      [{ code: 'missing-field', path: 'meeting.title' }],
    ],
    [
      'an unknown key',
      fileWith((f) => Object.assign(nth(f.people), { salary: 1 })),
      [{ code: 'unknown-field', path: 'people[0].salary' }],
    ],
    [
      'a __proto__ key',
      fileWith((f) => f).replace('"title":', '"__proto__": {"polluted": true}, "title":'),
      [{ code: 'forbidden-key', path: 'meeting.__proto__' }],
    ],
    [
      'a constructor key',
      fileWith((f) => Object.assign(nth(f.decisions), { constructor: 'x' })),
      [{ code: 'forbidden-key', path: 'decisions[0].constructor' }],
    ],
    [
      'an impossible date',
      fileWith((f) => Object.assign(f.meeting, { date: '2026-02-30' })),
      [{ code: 'invalid-date', path: 'meeting.date' }],
    ],
    [
      'a timestamp that is no instant',
      fileWith((f) => Object.assign(f.meeting, { createdAt: 'yesterday' })),
      [{ code: 'invalid-timestamp', path: 'meeting.createdAt' }],
    ],
    [
      'a time of day past midnight',
      fileWith((f) => Object.assign(f.meeting, { startTime: '24:00' })),
      [{ code: 'invalid-time', path: 'meeting.startTime' }],
    ],
    [
      'an enum value of another app',
      fileWith((f) => Object.assign(nth(f.conflictPoints), { level: 'personal' })),
      [{ code: 'invalid-value', path: 'conflictPoints[0].level' }],
    ],
    [
      'an overlong title',
      fileWith((f) => Object.assign(f.meeting, { title: 'x'.repeat(501) })),
      [{ code: 'too-long', path: 'meeting.title' }],
    ],
    [
      'an unknown version',
      fileWith((f) => Object.assign(f, { version: 4 })),
      [{ code: 'unknown-version', path: 'version', detail: '4' }],
    ],
    [
      'another format',
      fileWith((f) => Object.assign(f, { format: 'other.app' })),
      [{ code: 'unknown-format', path: 'format', detail: 'other.app' }],
    ],
    ['truncated JSON', JSON.stringify(sample()).slice(0, 300), [{ code: 'truncated-json', path: '' }]],
    ['an empty file', '', [{ code: 'truncated-json', path: '' }]],
    [
      'JSON cut after a value',
      '{"format": "tandem.meeting", "version": 1',
      [{ code: 'truncated-json', path: '' }],
    ],
    [
      'JSON cut after a key',
      '{"format": "tandem.meeting", "version"',
      [{ code: 'truncated-json', path: '' }],
    ],
    ['invalid JSON', '{"format": tandem}', [{ code: 'invalid-json', path: '' }]],
    ['an array', '[]', [{ code: 'not-an-object', path: '' }]],
    [
      'a value nested 10,000 levels deep',
      fileWith((f) => Object.assign(f.meeting, { goal: 0 })).replace(
        '"goal":0',
        `"goal":${'['.repeat(10_000)}${']'.repeat(10_000)}`,
      ),
      [{ code: 'wrong-type', path: 'meeting.goal' }],
    ],
    [
      'a list longer than any table',
      fileWith((f) => Object.assign(f, { people: Array.from({ length: 10_001 }, () => 0) })),
      [{ code: 'too-long', path: 'people' }],
    ],
    [
      'the version as text',
      fileWith((f) => Object.assign(f, { version: '1' })),
      [{ code: 'wrong-type', path: 'version' }],
    ],
    [
      'version 0',
      fileWith((f) => Object.assign(f, { version: 0 })),
      [{ code: 'invalid-value', path: 'version' }],
    ],
    [
      'a key of markup with a right-to-left override, shown quoted and visible',
      fileWith((f) => Object.assign(f.meeting, { '<b>"x"\u202e': 1 })),
      [{ code: 'unknown-field', path: 'meeting["<b>\\"x\\"\\u202e"]' }],
    ],
    [
      'a key of 100,000 characters, shown cut short',
      fileWith((f) => Object.assign(f.meeting, { ['k'.repeat(100_000)]: 1 })),
      [{ code: 'unknown-field', path: `meeting["${'k'.repeat(40)}…"]` }],
    ],
    [
      'a dangling person',
      fileWith((f) => Object.assign(nth(f.attendance), { personId: 'nobody' })),
      [{ code: 'dangling-reference', path: 'attendance[0].personId', detail: 'nobody' }],
    ],
    [
      'a dangling agenda link',
      fileWith((f) => Object.assign(nth(f.decisions), { agendaItemId: 'gone' })),
      [{ code: 'dangling-reference', path: 'decisions[0].agendaItemId', detail: 'gone' }],
    ],
    [
      'a record of another meeting',
      fileWith((f) => Object.assign(nth(f.actionItems), { meetingId: 'other' })),
      [{ code: 'wrong-meeting', path: 'actionItems[0].meetingId', detail: 'other' }],
    ],
    [
      'a duplicate id',
      fileWith((f) => f.parkingLot.push({ ...nth(f.parkingLot) })),
      [{ code: 'duplicate-id', path: 'parkingLot[1].id', detail: f12() }],
    ],
  ];

  it.each(badFiles)('refuses %s with its error code and path', (_name, text, expected) => {
    expect(errorsOf(text)).toEqual(expected);
  });

  it('reads a file that starts with a byte order mark', () => {
    expect(parseExchange(`\uFEFF${exportMeetingJson(sampleMeeting(), NOW)}`).ok).toBe(true);
  });

  it('refuses a file over 50 MB before reading it', () => {
    expect(errorsOf(' '.repeat(MAX_EXCHANGE_CHARS + 1))).toEqual([
      { code: 'too-large', path: '', detail: '50' },
    ]);
  });

  it('names a missing required field of a record in a table', () => {
    const errors = errorsOf(
      fileWith((f) => delete (f.agendaItems[0] as Partial<(typeof f.agendaItems)[0]>).kind),
    );
    expect(errors).toEqual([{ code: 'missing-field', path: 'agendaItems[0].kind' }]);
  });

  it('tells the user what is wrong, in English and in German', () => {
    const date: ExchangeError = { code: 'invalid-date', path: 'meeting.date' };
    expect(exchangeErrorMessage('en', date)).toBe(
      'meeting.date: This is not a real calendar date (YYYY-MM-DD).',
    );
    expect(exchangeErrorMessage('de', date)).toBe(
      'meeting.date: Das ist kein gültiges Kalenderdatum (JJJJ-MM-TT).',
    );
    const version: ExchangeError = { code: 'unknown-version', path: 'version', detail: '2' };
    expect(exchangeErrorMessage('en', version)).toBe(
      'version: The file has format version 2, which this version of Tandem cannot read. Update Tandem and try again.',
    );
    expect(exchangeErrorMessage('de', { code: 'truncated-json', path: '' })).toBe(
      'Die Datei endet zu früh; sie wurde beim Kopieren vielleicht abgeschnitten.',
    );
  });
});

function f12(): string {
  return 'aaaaaaaa-0000-4000-8000-000000000012';
}
