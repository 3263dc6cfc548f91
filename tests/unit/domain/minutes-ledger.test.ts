// @vitest-environment jsdom
/**
 * The give-and-get ledger in the minutes, in every format and both languages: the agreements the
 * meeting made with both sides and owners, and each side's verdict, figure and note of the reviews.
 */
import { describe, expect, it } from 'vitest';
import { buildMinutes } from '../../../renderer/domain/minutes/build';
import { minutesToDocx } from '../../../renderer/domain/minutes/docx';
import { minutesToHtml } from '../../../renderer/domain/minutes/html';
import { minutesToMarkdown } from '../../../renderer/domain/minutes/markdown';
import { minutesTexts } from '../../../renderer/domain/minutes/pdf/texts';
import type { MeetingSnapshot } from '../../../renderer/domain/minutes/snapshot';
import type { LedgerEntry } from '../../../renderer/domain/types';
import { paragraphs, readDocx, tables } from './docx-reader';
import { germanSnapshot, minutesSnapshot, NOW, TIME_ZONE } from './minutes-fixture';

const T = '2026-11-27T08:05:00.000Z';
const entry = (id: string, title: string): LedgerEntry => ({
  id,
  createdAt: T,
  updatedAt: T,
  meetingId: 'm-q1',
  seriesId: 'm-q1',
  title,
  marketing: {
    gives: '300 leads a month',
    measure: 'score ≥ 60',
    target: 300,
    unit: 'leads',
    ownerPersonId: 'p-lena',
  },
  sales: {
    gives: 'Follow-up within 48 hours',
    measure: 'hours',
    target: 1.5,
    unit: 'd',
    ownerPersonId: 'p-ana',
  },
  period: 'a month',
  startDate: '2026-11-01',
  reviewDate: '2027-02-01',
  status: 'active',
});

function withLedger(snapshot: MeetingSnapshot): MeetingSnapshot {
  const earlier = { ...entry('e0', 'Leads for fast follow-up'), meetingId: 'm-earlier' };
  return {
    ...snapshot,
    ledger: {
      agreed: [entry('e1', 'Feedback on lead quality')],
      reviewed: [
        {
          entry: earlier,
          review: {
            id: 'r1',
            createdAt: T,
            updatedAt: T,
            entryId: 'e0',
            meetingId: 'm-q1',
            marketing: { verdict: 'partly', note: 'Trade fair month', figure: 240 },
            sales: { verdict: 'kept', note: '' },
          },
        },
      ],
    },
  };
}

const cases = [
  {
    language: 'en',
    snapshot: () => withLedger(minutesSnapshot()),
    heading: 'Give-and-get ledger',
    partly: 'Partly kept',
    owner: 'Owner: Lena Vogel',
    reached: 'Reached: 240 leads',
    target: 'Target: 1.5 d',
  },
  {
    language: 'de',
    snapshot: () => withLedger(germanSnapshot()),
    heading: 'Geben-und-Nehmen-Register',
    partly: 'Teilweise eingehalten',
    owner: 'Verantwortlich: Lena Vogel',
    reached: 'Erreicht: 240 leads',
    target: 'Ziel: 1,5 d',
  },
] as const;

describe.each(cases)('the ledger in the minutes in $language', (expected) => {
  const minutes = buildMinutes(expected.snapshot(), { now: NOW, timeZone: TIME_ZONE });

  it('lists the agreements made and the reviews in Markdown', () => {
    const markdown = minutesToMarkdown(minutes);
    expect(markdown).toContain(expected.heading);
    expect(markdown).toContain('Feedback on lead quality');
    expect(markdown).toContain(expected.owner);
    expect(markdown).toContain(expected.target);
    expect(markdown).toContain('Leads for fast follow-up');
    expect(markdown).toContain(expected.partly);
    expect(markdown).toContain(expected.reached);
    expect(markdown).toContain('Trade fair month');
  });

  it('appears in HTML, DOCX and PDF', async () => {
    expect(minutesToHtml(minutes)).toContain(expected.partly);
    const { document } = readDocx(await minutesToDocx(minutes));
    const text = [...paragraphs(document).map((p) => p.text), ...tables(document).flat(2)].join('\n');
    expect(text).toContain(expected.heading);
    expect(text).toContain('Feedback on lead quality');
    const pdf = [...minutesTexts(minutes)].join('\n');
    expect(pdf).toContain(expected.heading);
    expect(pdf).toContain('Trade fair month');
  });
});

it('leaves the section out when the meeting made and reviewed no agreement', () => {
  const markdown = minutesToMarkdown(buildMinutes(minutesSnapshot(), { now: NOW, timeZone: TIME_ZONE }));
  expect(markdown).not.toContain('Give-and-get ledger');
});
