// @vitest-environment jsdom
/**
 * The check-in/check-out and mirror-round sections of the minutes, in every format and both
 * languages: summarised per department (no names, no per-person ratings), the words listed,
 * both restatements and confirmations, and nothing of a round on a private point.
 */
import { describe, expect, it } from 'vitest';
import { buildMinutes } from '../../../renderer/domain/minutes/build';
import { minutesToDocx } from '../../../renderer/domain/minutes/docx';
import { minutesToHtml } from '../../../renderer/domain/minutes/html';
import { minutesToMarkdown } from '../../../renderer/domain/minutes/markdown';
import { minutesTexts } from '../../../renderer/domain/minutes/pdf/texts';
import type { MeetingSnapshot } from '../../../renderer/domain/minutes/snapshot';
import type { MirrorRound, RoundEntry } from '../../../renderer/domain/types';
import { paragraphs, readDocx, tables } from './docx-reader';
import { germanSnapshot, minutesSnapshot, NOW, TIME_ZONE } from './minutes-fixture';

const T = '2026-11-27T08:05:00.000Z';
const entry = (personId: string, departmentId: string, change: Partial<RoundEntry>): RoundEntry => ({
  id: `${change.kind ?? 'check-in'}-${personId}`,
  createdAt: T,
  updatedAt: T,
  meetingId: 'm-q1',
  kind: 'check-in',
  personId,
  departmentId,
  ...change,
});

const ROUNDS: RoundEntry[] = [
  entry('p-lena', 'marketing', { word: 'curious', mood: 4 }),
  entry('p-tom', 'marketing', { word: 'tired', mood: 3 }),
  entry('p-ana', 'sales', { word: 'hopeful', mood: 5 }),
  entry('p-lena', 'marketing', { kind: 'check-out', worthTime: 4, heard: 5 }),
  entry('p-ana', 'sales', { kind: 'check-out', worthTime: 3, heard: 2 }),
];

const mirror = (id: string, change: Partial<MirrorRound>): MirrorRound => ({
  id,
  createdAt: T,
  updatedAt: T,
  meetingId: 'm-q1',
  marketingRestates: 'Sales wants enterprise because the pipeline is there',
  salesConfirms: 'partly',
  salesRestates: 'Marketing wants mid-market to build the brand',
  marketingConfirms: 'yes',
  startedAt: T,
  endedAt: '2026-11-27T08:15:00.000Z',
  ...change,
});

function withRounds(snapshot: MeetingSnapshot): MeetingSnapshot {
  return {
    ...snapshot,
    roundEntries: ROUNDS,
    mirrorRounds: [
      mirror('mr-1', { conflictPointId: 'c-1' }),
      // On the private point: left out entirely.
      mirror('mr-2', { conflictPointId: 'c-4', marketingRestates: 'SECRET restatement' }),
      mirror('mr-3', { decisionId: 'd-18', endedAt: undefined, salesConfirms: undefined }),
    ],
  };
}

const cases = [
  {
    language: 'en',
    snapshot: () => withRounds(minutesSnapshot()),
    words: [
      'Check-in and check-out',
      'Mirror rounds',
      'curious, tired',
      'Worth the time (average, 1–5)',
      '3.5',
    ],
    partly: 'Partly',
  },
  {
    language: 'de',
    snapshot: () => withRounds(germanSnapshot()),
    words: [
      'Eingangs- und Abschlussrunde',
      'Spiegelrunden',
      'curious, tired',
      'Die Zeit wert (Schnitt, 1–5)',
      '3,5',
    ],
    partly: 'Teilweise',
  },
];

describe.each(cases)('rounds in the minutes in $language', (expected) => {
  const minutes = buildMinutes(expected.snapshot(), { now: NOW, timeZone: TIME_ZONE });
  const markdown = minutesToMarkdown(minutes);

  it('summarise per department in Markdown, never naming who rated what', () => {
    for (const word of expected.words) expect(markdown).toContain(word);
    const rounds = markdown.slice(markdown.indexOf(expected.words[0] ?? ''));
    expect(rounds).not.toContain('Lena Vogel');
    expect(markdown).toContain('Sales wants enterprise because the pipeline is there');
    expect(markdown).toContain(expected.partly);
    expect(markdown).not.toContain('SECRET');
  });

  it('appear in HTML, DOCX and PDF', async () => {
    const html = minutesToHtml(minutes);
    expect(html).toContain(expected.words[0]);
    expect(html).toContain('Marketing wants mid-market to build the brand');
    expect(html).not.toContain('SECRET');
    const { document } = readDocx(await minutesToDocx(minutes));
    const text = [...paragraphs(document).map((p) => p.text), ...tables(document).flat(2)].join('\n');
    expect(text).toContain(expected.words[1]);
    expect(text).toContain('curious, tired');
    expect(text).not.toContain('SECRET');
    const pdf = [...minutesTexts(minutes)].join('\n');
    expect(pdf).toContain(expected.words[0]);
    expect(pdf).toContain('Sales wants enterprise because the pipeline is there');
  });
});

it('leaves both sections out when no round was held', () => {
  const markdown = minutesToMarkdown(buildMinutes(minutesSnapshot(), { now: NOW, timeZone: TIME_ZONE }));
  expect(markdown).not.toContain('Check-in and check-out');
  expect(markdown).not.toContain('Mirror rounds');
});
