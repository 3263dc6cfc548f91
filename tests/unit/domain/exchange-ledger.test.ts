/**
 * The give-and-get ledger in the meeting file: the agreements the meeting made and the reviews it
 * recorded travel in it, are checked like every other record, and a copy gives them fresh ids.
 */
import { describe, expect, it } from 'vitest';
import { withFreshIds } from '../../../renderer/domain/exchange/copy';
import {
  exportMeetingJson,
  parseExchange,
  type ExchangeError,
} from '../../../renderer/domain/exchange/format';
import { ids, nth, sampleMeeting } from './exchange-fixture';

const NOW = '2026-12-05T08:00:00.000Z';
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

describe('agreements and reviews in the meeting file', () => {
  it('writes them and reads them back unchanged', () => {
    const result = parseExchange(exportMeetingJson(sampleMeeting(), NOW));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.ledgerEntries).toEqual(sampleMeeting().ledgerEntries);
    expect(result.value.ledgerReviews).toEqual(sampleMeeting().ledgerReviews);
  });

  it('refuses a dangling decision or owner, another meeting, a second review of one agreement and a bad figure', () => {
    expect(errorsOf(fileWith((file) => (nth(file.ledgerEntries).decisionId = ids.point)))).toEqual([
      { code: 'dangling-reference', path: 'ledgerEntries[0].decisionId', detail: ids.point },
    ]);
    expect(errorsOf(fileWith((file) => (nth(file.ledgerEntries).sales.ownerPersonId = ids.item)))).toEqual([
      { code: 'dangling-reference', path: 'ledgerEntries[0].sales.ownerPersonId', detail: ids.item },
    ]);
    expect(errorsOf(fileWith((file) => (nth(file.ledgerReviews).meetingId = ids.item)))).toEqual([
      { code: 'wrong-meeting', path: 'ledgerReviews[0].meetingId', detail: ids.item },
    ]);
    const twice = errorsOf(
      fileWith((file) =>
        file.ledgerReviews.push({ ...nth(file.ledgerReviews), id: 'bbbbbbbb-0000-4000-8000-000000000001' }),
      ),
    );
    expect(twice).toContainEqual(
      expect.objectContaining({ code: 'duplicate-answer', path: 'ledgerReviews[1].entryId' }),
    );
    expect(
      errorsOf(
        fileWith((file) =>
          Object.assign(nth(file.ledgerReviews).marketing, { figure: 'lots', verdict: 'maybe' }),
        ),
      ),
    ).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'ledgerReviews[0].marketing.figure' }),
        expect.objectContaining({ path: 'ledgerReviews[0].marketing.verdict' }),
      ]),
    );
    expect(errorsOf(fileWith((file) => (nth(file.ledgerEntries).title = '')))).toEqual([
      expect.objectContaining({ path: 'ledgerEntries[0].title' }),
    ]);
  });

  it('accepts a review of an agreement an earlier meeting made (outside the file)', () => {
    const result = parseExchange(
      fileWith((file) => {
        nth(file.ledgerReviews).entryId = 'cccccccc-0000-4000-8000-000000000001';
      }),
    );
    expect(result.ok).toBe(true);
  });

  it('gives a copy fresh ids, its reviews pointing at the copied agreement', () => {
    let n = 0;
    const copy = withFreshIds(
      sampleMeeting(),
      () => `dddddddd-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    );
    const entry = nth(copy.ledgerEntries);
    const review = nth(copy.ledgerReviews);
    expect(entry.id).not.toBe(nth(sampleMeeting().ledgerEntries).id);
    expect(entry).toMatchObject({
      meetingId: copy.meeting.id,
      seriesId: copy.meeting.id,
      decisionId: nth(copy.decisions).id,
    });
    expect(review).toMatchObject({ entryId: entry.id, meetingId: copy.meeting.id });
    expect(parseExchange(exportMeetingJson(copy, NOW)).ok).toBe(true);
  });
});
