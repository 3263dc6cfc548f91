// Real Dexie over fake-indexeddb: the ledger's writes and the meeting's reading of it across a series.
import { afterEach, describe, expect, it } from 'vitest';
import { emptyLedgerDraft, type LedgerDraft } from '../../renderer/domain/ledger';
import { readMeetingLedger } from '../../renderer/data/queries/ledger';
import { parseExchange } from '../../renderer/domain/exchange/format';
import { testWorkspace, type TestWorkspace } from './fixtures';

let workspace: TestWorkspace;
afterEach(async () => {
  await workspace.close();
});

function draft(): LedgerDraft {
  const base = emptyLedgerDraft('2026-12-01');
  return {
    ...base,
    title: 'Lead hand-over',
    marketing: {
      ...base.marketing,
      gives: '300 leads a month',
      measure: 'leads with score ≥ 60',
      target: '300',
      unit: 'leads',
    },
    sales: { ...base.sales, gives: 'Follow-up within 48 hours', measure: 'hours', target: '48', unit: 'h' },
    period: 'a month',
  };
}

async function firstMeeting() {
  const created = await workspace.meetings.create({
    title: 'Pipeline',
    date: '2026-12-01',
    startTime: '09:00',
    language: 'en',
  });
  if (!created.ok) throw new Error('create failed');
  return created.value.id;
}

async function agreed(meetingId: string) {
  const outcome = await workspace.ledger.create(meetingId, draft());
  if (!outcome.ok) throw new Error('refused');
  return outcome.value;
}

describe('ledger repository', () => {
  it('stores an agreement in the series of its meeting and refuses a bad draft without writing', async () => {
    workspace = testWorkspace();
    const meetingId = await firstMeeting();
    const entry = await agreed(meetingId);
    expect(await workspace.db.ledgerEntries.get(entry.id)).toMatchObject({
      meetingId,
      seriesId: meetingId,
      status: 'active',
      marketing: { target: 300, unit: 'leads' },
      sales: { target: 48, unit: 'h' },
    });
    const refused = await workspace.ledger.create(meetingId, { ...draft(), title: '' });
    expect(refused).toEqual({ ok: false, errors: [{ field: 'title', code: 'empty' }] });
    expect(await workspace.db.ledgerEntries.count()).toBe(1);
  });

  it('edits, ends, soft-deletes and restores an agreement', async () => {
    workspace = testWorkspace();
    const meetingId = await firstMeeting();
    const entry = await agreed(meetingId);
    workspace.advance(1);
    await workspace.ledger.update(entry.id, { ...draft(), title: 'Hand-over v2', reviewDate: '2027-01-01' });
    expect(await workspace.db.ledgerEntries.get(entry.id)).toMatchObject({
      title: 'Hand-over v2',
      reviewDate: '2027-01-01',
    });
    await workspace.ledger.end(entry.id);
    expect((await workspace.db.ledgerEntries.get(entry.id))?.status).toBe('ended');
    await workspace.ledger.reopen(entry.id);
    expect((await workspace.db.ledgerEntries.get(entry.id))?.status).toBe('active');
    await workspace.ledger.softDelete(entry.id);
    expect((await readMeetingLedger(workspace.db, meetingId))?.agreedHere).toEqual([]);
    await workspace.ledger.restore(entry.id);
    expect((await readMeetingLedger(workspace.db, meetingId))?.agreedHere.map((e) => e.id)).toEqual([
      entry.id,
    ]);
  });

  it('lists the agreement for review at the next meetings until each reviews it; one review per meeting', async () => {
    workspace = testWorkspace();
    const first = await firstMeeting();
    const entry = await agreed(first);
    const second = await workspace.series.planNext(first);
    // Planning twice finds the same follow-up and carries nothing twice.
    expect(await workspace.series.planNext(first)).toBe(second);
    const atSecond = await readMeetingLedger(workspace.db, second);
    expect(atSecond?.underReview.map((item) => item.entry.id)).toEqual([entry.id]);
    expect(atSecond?.underReview[0]?.state).toBe('unreviewed');
    expect((await readMeetingLedger(workspace.db, first))?.underReview).toEqual([]);

    await workspace.ledger.review(entry.id, second, 'marketing', {
      verdict: 'partly',
      note: 'Only 240',
      figure: '240',
    });
    await workspace.ledger.review(entry.id, second, 'sales', { verdict: 'kept', note: '', figure: '' });
    await workspace.ledger.review(entry.id, second, 'sales', {
      verdict: 'kept',
      note: 'All in time',
      figure: '36',
    });
    expect(await workspace.db.ledgerReviews.count()).toBe(1);
    const reviewed = await readMeetingLedger(workspace.db, second);
    expect(reviewed?.underReview[0]).toMatchObject({
      state: 'reviewed',
      review: {
        marketing: { verdict: 'partly', figure: 240 },
        sales: { verdict: 'kept', note: 'All in time', figure: 36 },
      },
    });

    const third = await workspace.series.planNext(second);
    const atThird = await readMeetingLedger(workspace.db, third);
    expect(atThird?.underReview[0]).toMatchObject({
      state: 'unreviewed',
      lastReview: { date: '2026-12-08' },
    });
  });

  it('refuses a figure that is no number and writes nothing', async () => {
    workspace = testWorkspace();
    const first = await firstMeeting();
    const entry = await agreed(first);
    const outcome = await workspace.ledger.review(entry.id, first, 'sales', {
      verdict: 'kept',
      note: '',
      figure: 'soon',
    });
    expect(outcome).toEqual({ ok: false, errors: [{ field: 'figure', code: 'not-a-number' }] });
    expect(await workspace.db.ledgerReviews.count()).toBe(0);
  });

  it("carries a meeting's agreements and reviews in its file: restored in place they stay, a copy elsewhere drops reviews of agreements it lacks", async () => {
    workspace = testWorkspace();
    const first = await firstMeeting();
    const entry = await agreed(first);
    const second = await workspace.series.planNext(first);
    await workspace.ledger.review(entry.id, second, 'marketing', { verdict: 'broken', note: '', figure: '' });
    const parsed = parseExchange(await workspace.exchange.exportMeeting(second));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.value.ledgerReviews).toHaveLength(1);
    expect(parsed.value.ledgerEntries).toEqual([]);

    await workspace.db.ledgerReviews.clear();
    await workspace.exchange.importMeeting(parsed.value, 'update');
    expect((await readMeetingLedger(workspace.db, second))?.underReview[0]?.review?.marketing.verdict).toBe(
      'broken',
    );

    const elsewhere = testWorkspace();
    const plan = await elsewhere.exchange.planImport(parsed.value, 'copy');
    expect(plan.records.ledgerReviews).toEqual([]);
    expect(plan.linksDropped.map((note) => note.table)).toContain('ledgerReviews');
    await elsewhere.exchange.importMeeting(parsed.value, 'copy');
    expect(await elsewhere.db.ledgerReviews.count()).toBe(0);
    await elsewhere.close();

    const firstFile = parseExchange(await workspace.exchange.exportMeeting(first));
    if (!firstFile.ok) throw new Error('refused');
    const copyPlace = testWorkspace();
    const outcome = await copyPlace.exchange.importMeeting(firstFile.value, 'copy');
    const copied = await copyPlace.db.ledgerEntries.toArray();
    expect(copied).toHaveLength(1);
    expect(copied[0]).toMatchObject({
      meetingId: outcome.meetingId,
      seriesId: outcome.meetingId,
      title: 'Lead hand-over',
    });
    await copyPlace.close();
  });
});
