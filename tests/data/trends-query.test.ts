// The trends' read model on real Dexie over fake-indexeddb: one series or the whole workspace, the
// ledger reviews and cascade responses read from their own tables (rows inserted directly), and a
// live query that follows a new review.
import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { readTrendRecords } from '../../renderer/data/queries/trends';
import { computeTrends } from '../../renderer/domain/trends/compute';
import type { TrendRecords } from '../../renderer/domain/trends/records';
import type { CascadeResponse, LedgerReview } from '../../renderer/domain/types';
import { decision } from '../unit/domain/register-fixture';
import { testWorkspace, type TestWorkspace } from './fixtures';

let workspace: TestWorkspace;

afterEach(async () => {
  await workspace.close();
});

const T = '2026-11-27T09:00:00.000Z';

async function meeting(title: string, date: string): Promise<string> {
  const outcome = await workspace.meetings.create({ title, date, startTime: '09:00', language: 'en' });
  if (!outcome.ok) throw new Error('meeting refused');
  await workspace.db.meetings.update(outcome.value.id, { status: 'ended' });
  return outcome.value.id;
}

const review = (
  id: string,
  meetingId: string,
  verdicts: ['kept' | 'partly' | 'broken', 'kept' | 'partly' | 'broken'],
): LedgerReview => ({
  id,
  createdAt: T,
  updatedAt: T,
  entryId: `entry-${id}`,
  meetingId,
  marketing: { verdict: verdicts[0], note: '' },
  sales: { verdict: verdicts[1], note: '' },
});

const response = (id: string, decisionId: string, extra: Partial<CascadeResponse>): CascadeResponse => ({
  id,
  createdAt: T,
  updatedAt: T,
  decisionId,
  unit: id,
  explanation: '',
  ...extra,
});

async function seriesAndOther() {
  workspace = testWorkspace();
  const first = await meeting('Joint session', '2026-10-05');
  const second = await workspace.series.planNext(first, '2026-10-12');
  await workspace.db.meetings.update(second, { status: 'ended' });
  const other = await meeting('Pricing review', '2026-10-20');
  await workspace.db.decisions.bulkPut([
    decision('d1', 1, { meetingId: first }),
    decision('d2', 2, { meetingId: other }),
  ]);
  await workspace.db.ledgerReviews.bulkPut([
    review('r1', second, ['kept', 'partly']),
    review('r2', other, ['broken', 'broken']),
  ]);
  await workspace.db.cascadeResponses.bulkPut([
    response('Iberia', 'd1', {
      dueDate: '2026-10-30',
      response: 'adopt',
      respondedAt: '2026-10-29T10:00:00.000Z',
    }),
    response('Nordics', 'd1', { dueDate: '2026-10-30' }),
    response('DACH', 'd2', {
      dueDate: '2026-10-30',
      response: 'adopt',
      respondedAt: '2026-10-29T10:00:00.000Z',
    }),
    { ...response('France', 'd1', { dueDate: '2026-10-30' }), deletedAt: T },
  ]);
  return { first, second, other };
}

describe('readTrendRecords', () => {
  it('reads one series, its first meeting included, with its reviews and its decisions’ responses', async () => {
    const { first, second } = await seriesAndOther();
    const records = await readTrendRecords(workspace.db, first);
    expect(records.meetings.map((m) => m.id).sort()).toEqual([first, second].sort());
    expect(records.ledgerReviews.map((r) => r.id)).toEqual(['r1']);
    expect(records.cascadeResponses.map((r) => r.id).sort()).toEqual(['Iberia', 'Nordics']);
    const trends = computeTrends(records, T, '2026-11-27');
    expect(trends.points.map((p) => [p.meetingId, p.ledgerKept, p.cascadeOnTime])).toEqual([
      [first, { part: 0, whole: 0 }, { part: 1, whole: 2 }],
      [second, { part: 1.5, whole: 2 }, { part: 0, whole: 0 }],
    ]);
  });

  it('reads every meeting of the workspace when no series is given', async () => {
    const { first, second, other } = await seriesAndOther();
    const records = await readTrendRecords(workspace.db);
    expect(records.meetings.map((m) => m.id).sort()).toEqual([first, second, other].sort());
    expect(records.ledgerReviews.map((r) => r.id).sort()).toEqual(['r1', 'r2']);
    expect(records.cascadeResponses.map((r) => r.id).sort()).toEqual(['DACH', 'Iberia', 'Nordics']);
  });

  it('follows a review stored later, live', async () => {
    const { first, second } = await seriesAndOther();
    const seen: TrendRecords[] = [];
    const subscription = liveQuery(() => readTrendRecords(workspace.db, first)).subscribe((records) => {
      seen.push(records);
    });
    await expect.poll(() => seen.length).toBe(1);
    await workspace.db.ledgerReviews.put(review('r3', second, ['broken', 'kept']));
    await expect.poll(() => seen.at(-1)?.ledgerReviews.length).toBe(2);
    subscription.unsubscribe();
  });
});
