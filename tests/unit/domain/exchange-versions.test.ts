/**
 * Version 2 of the exchange format: the votes, check-in/check-out answers and mirror rounds of the
 * live cockpit, and the timer extensions of agenda items, travel in the file and are checked like
 * every other record. A version 1 file (tests/unit/domain/fixtures/meeting-v1.json, frozen as that
 * version wrote it) still reads, as a meeting that has none of them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withFreshIds } from '../../../renderer/domain/exchange/copy';
import {
  exportMeetingJson,
  parseExchange,
  type ExchangeError,
} from '../../../renderer/domain/exchange/format';
import { exchangeErrorMessage } from '../../../renderer/i18n/exchange-errors';
import { ids, nth, sampleMeeting } from './exchange-fixture';

const NOW = '2026-12-05T08:00:00.000Z';
const VERSION_1 = readFileSync(new URL('./fixtures/meeting-v1.json', import.meta.url), 'utf8');
const VERSION_2 = readFileSync(new URL('./fixtures/meeting-v2.json', import.meta.url), 'utf8');

type Editable = Record<string, unknown> & ReturnType<typeof sampleMeeting>;

function fileWith(edit: (file: Editable) => void): string {
  const file = JSON.parse(exportMeetingJson(sampleMeeting(), NOW)) as Editable;
  edit(file);
  return JSON.stringify(file);
}

function errorsOf(text: string): ExchangeError[] {
  const result = parseExchange(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

describe('versions 2 and 3 of the meeting file', () => {
  it('writes votes, answers, mirror rounds and extensions (current version), and reads them back unchanged', () => {
    const text = exportMeetingJson(sampleMeeting(), NOW);
    expect(JSON.parse(text)).toMatchObject({ version: 3 });
    const result = parseExchange(text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const sample = sampleMeeting();
    expect(result.value.votes).toEqual(sample.votes);
    expect(result.value.roundEntries).toEqual(sample.roundEntries);
    expect(result.value.mirrorRounds).toEqual(sample.mirrorRounds);
    expect(nth(result.value.agendaItems).extensions).toEqual([
      { at: '2026-12-01T09:58:00.000Z', minutes: 5, askedByPersonId: ids.ben },
    ]);
  });

  it('reads a version 1 file as the same meeting with no votes, answers, mirror rounds or extensions', () => {
    const result = parseExchange(VERSION_1);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const sample = sampleMeeting();
    expect(result.value.version).toBe(3);
    expect(result.value.meeting).toEqual(sample.meeting);
    expect(result.value.decisions).toEqual(sample.decisions);
    expect(result.value.votes).toEqual([]);
    expect(result.value.roundEntries).toEqual([]);
    expect(result.value.mirrorRounds).toEqual([]);
    expect(result.value.agendaItems).toEqual(sample.agendaItems.map((item) => ({ ...item, extensions: [] })));
  });

  it('reads a version 2 file as the same meeting, its decisions with no "revisit if" conditions', () => {
    const result = parseExchange(VERSION_2);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const sample = sampleMeeting();
    expect(result.value.version).toBe(3);
    expect(result.value.decisions).toEqual(sample.decisions.map((row) => ({ ...row, revisitIf: [] })));
    expect(result.value.votes).toEqual(sample.votes);
    expect(result.value.agendaItems).toEqual(sample.agendaItems);
  });

  it('still checks a version 1 file completely', () => {
    const broken = VERSION_1.replace('"title": "Q1 joint strategy"', '"title": ""');
    expect(errorsOf(broken)).toEqual([{ code: 'empty', path: 'meeting.title' }]);
  });

  it('refuses a current file without the tables version 2 added', () => {
    expect(errorsOf(fileWith((file) => delete (file as Partial<Editable>).votes))).toEqual([
      { code: 'missing-field', path: 'votes' },
    ]);
  });

  const badFiles: [string, string, ExchangeError[]][] = [
    [
      'a count of an option the vote does not have',
      fileWith((file) => (nth(file.votes).counts = [{ option: 2, departmentId: 'sales', count: 1 }])),
      [{ code: 'invalid-vote-option', path: 'votes[0].counts[0].option', detail: '2' }],
    ],
    [
      'an options vote with one option',
      fileWith((file) => (nth(file.votes).options = ['60/40'])),
      [
        { code: 'invalid-vote-option', path: 'votes[0].options' },
        { code: 'invalid-vote-option', path: 'votes[0].counts[1].option', detail: '1' },
      ],
    ],
    [
      'a fist-of-five with options of its own',
      fileWith((file) => (nth(file.votes).kind = 'fist-of-five')),
      [{ code: 'invalid-vote-option', path: 'votes[0].options' }],
    ],
    [
      'a negative count',
      fileWith((file) => (nth(nth(file.votes).counts).count = -1)),
      [{ code: 'out-of-range', path: 'votes[0].counts[0].count' }],
    ],
    [
      'a vote for a decision not in the file',
      fileWith((file) => (nth(file.votes).decisionId = ids.item.replace(/4$/, '99'))),
      [{ code: 'dangling-reference', path: 'votes[0].decisionId', detail: ids.item.replace(/4$/, '99') }],
    ],
    [
      'a mood of 6',
      fileWith((file) => (nth(file.roundEntries).mood = 6)),
      [{ code: 'out-of-range', path: 'roundEntries[0].mood' }],
    ],
    [
      'a person answering the check-in twice',
      fileWith((file) => {
        const second = { ...nth(file.roundEntries), id: ids.item.replace(/4$/, '77') };
        file.roundEntries.push(second);
      }),
      [{ code: 'duplicate-answer', path: 'roundEntries[2].personId', detail: `check-in ${ids.anna}` }],
    ],
    [
      'a mirror round on a conflict point not in the file',
      fileWith((file) => (nth(file.mirrorRounds).conflictPointId = ids.decision)),
      [{ code: 'dangling-reference', path: 'mirrorRounds[0].conflictPointId', detail: ids.decision }],
    ],
    [
      'a confirmation that is no answer',
      fileWith((file) => Object.assign(nth(file.mirrorRounds), { salesConfirms: 'maybe' })),
      [{ code: 'invalid-value', path: 'mirrorRounds[0].salesConfirms' }],
    ],
    [
      'an extension of two hours',
      fileWith((file) => (nth(nth(file.agendaItems).extensions).minutes = 120)),
      [{ code: 'out-of-range', path: 'agendaItems[0].extensions[0].minutes' }],
    ],
    [
      'an extension asked for by someone not in the file',
      fileWith((file) => (nth(nth(file.agendaItems).extensions).askedByPersonId = ids.point)),
      [
        {
          code: 'dangling-reference',
          path: 'agendaItems[0].extensions[0].askedByPersonId',
          detail: ids.point,
        },
      ],
    ],
  ];

  it.each(badFiles)('refuses %s with its error code and path', (_name, text, expected) => {
    expect(errorsOf(text)).toEqual(expected);
  });

  it('explains the new errors in both languages', () => {
    for (const language of ['en', 'de'] as const) {
      for (const code of ['duplicate-answer', 'invalid-vote-option'] as const) {
        const message = exchangeErrorMessage(language, { code, path: 'votes[0].options' });
        expect(message, `${language} ${code}`).not.toMatch(/exchange\.error|undefined/);
        expect(message.length).toBeGreaterThan(20);
      }
    }
  });

  it('gives a copy fresh ids for votes, answers and mirror rounds, with their links rewritten', () => {
    let n = 0;
    const copy = withFreshIds(sampleMeeting(), () => `fresh-${++n}`);
    const decision = nth(copy.decisions).id;
    const point = nth(copy.conflictPoints).id;
    expect(nth(copy.votes)).toMatchObject({ meetingId: copy.meeting.id, decisionId: decision });
    expect(nth(copy.votes).agendaItemId).toBe(nth(copy.agendaItems).id);
    expect(nth(copy.mirrorRounds)).toMatchObject({ meetingId: copy.meeting.id, conflictPointId: point });
    expect(copy.roundEntries.map((entry) => entry.personId)).toEqual([ids.anna, ids.ben]);
    const all = [...copy.votes, ...copy.roundEntries, ...copy.mirrorRounds].map((record) => record.id);
    expect(all.every((id) => id.startsWith('fresh-'))).toBe(true);
    expect(parseExchange(exportMeetingJson(copy, NOW)).ok).toBe(true);
  });
});
