import { describe, expect, it } from 'vitest';
import {
  agreementsForReview,
  checkLedgerDraft,
  checkSideReview,
  emptyLedgerDraft,
  endedEntry,
  isLedgerReviewItem,
  keptRate,
  LEDGER_REVIEW_TITLES,
  offersReviewBlock,
  openReviewCount,
  parseFigure,
  reviewState,
  withSideReview,
  type LedgerDraft,
} from '../../../renderer/domain/ledger';
import { BUILT_IN_TEMPLATES } from '../../../renderer/domain/templates';
import type { LedgerEntry, LedgerReview, Meeting } from '../../../renderer/domain/types';

const now = '2026-11-27T09:00:00.000Z';
let ids = 0;
const context = { now, newId: () => `id-${++ids}` };

function draft(): LedgerDraft {
  const base = emptyLedgerDraft('2026-11-27');
  return {
    ...base,
    title: 'Lead hand-over',
    marketing: {
      ...base.marketing,
      gives: '300 leads a month, score ≥ 60',
      measure: 'leads',
      target: '300',
      unit: 'leads',
    },
    sales: {
      ...base.sales,
      gives: 'Follow up each lead within 48 hours',
      measure: 'hours to follow-up',
      target: '48',
      unit: 'h',
    },
    period: 'a month',
  };
}

function meeting(id: string, date: string, seriesId = 's1'): Meeting {
  return {
    id,
    createdAt: now,
    updatedAt: now,
    title: 'Pipeline',
    goal: '',
    date,
    startTime: '09:00',
    durationMinutes: 60,
    location: '',
    language: 'en',
    status: 'planned',
    seriesId,
    groundRules: [],
    definitionIds: [],
  };
}

function entry(id: string, meetingId: string, extra: Partial<LedgerEntry> = {}): LedgerEntry {
  return {
    id,
    createdAt: now,
    updatedAt: now,
    meetingId,
    seriesId: 's1',
    title: id,
    marketing: { gives: 'leads', measure: '' },
    sales: { gives: 'follow-up', measure: '' },
    period: '',
    startDate: '2026-11-01',
    status: 'active',
    ...extra,
  };
}

function review(
  entryId: string,
  meetingId: string,
  m?: 'kept' | 'partly' | 'broken',
  s?: 'kept' | 'partly' | 'broken',
): LedgerReview {
  return {
    id: `r-${entryId}-${meetingId}`,
    createdAt: now,
    updatedAt: now,
    entryId,
    meetingId,
    marketing: { note: '', ...(m ? { verdict: m } : {}) },
    sales: { note: '', ...(s ? { verdict: s } : {}) },
  };
}

describe('checking an agreement', () => {
  it('accepts a two-sided agreement with numeric targets, German decimal commas too', () => {
    const checked = checkLedgerDraft({ ...draft(), sales: { ...draft().sales, target: '1,5' } });
    expect(checked.ok && checked.value.marketing.target).toBe(300);
    expect(checked.ok && checked.value.sales.target).toBe(1.5);
    expect(checked.ok && checked.value.reviewDate).toBeUndefined();
  });

  it('refuses a side that gives nothing, a target that is no number and a review before the start', () => {
    const bad = {
      ...draft(),
      title: ' ',
      sales: { ...draft().sales, gives: '', target: 'many' },
      reviewDate: '2026-11-01',
    };
    expect(checkLedgerDraft(bad)).toEqual({
      ok: false,
      errors: [
        { field: 'title', code: 'empty' },
        { field: 'sales.gives', code: 'empty' },
        { field: 'sales.target', code: 'not-a-number' },
        { field: 'reviewDate', code: 'before-start' },
      ],
    });
  });

  it('refuses text over its limit and a figure out of range', () => {
    const bad = { ...draft(), period: 'x'.repeat(81), marketing: { ...draft().marketing, target: '1e12' } };
    const result = checkLedgerDraft(bad);
    expect(result.ok).toBe(false);
    expect(parseFigure('1000000000000')).toBe(1e12);
    expect(
      checkLedgerDraft({ ...draft(), marketing: { ...draft().marketing, target: '2000000000' } }),
    ).toEqual({
      ok: false,
      errors: [{ field: 'marketing.target', code: 'out-of-range' }],
    });
  });
});

describe('reviews', () => {
  it('counts a side as reviewed only with a verdict; both sides make the agreement reviewed', () => {
    expect(reviewState(undefined)).toBe('unreviewed');
    expect(reviewState(review('e', 'm'))).toBe('unreviewed');
    expect(reviewState(review('e', 'm', 'kept'))).toBe('partial');
    expect(reviewState(review('e', 'm', 'kept', 'broken'))).toBe('reviewed');
    expect(reviewState({ ...review('e', 'm', 'kept', 'kept'), deletedAt: now })).toBe('unreviewed');
  });

  it('adds one side to a new review and replaces it in an existing one', () => {
    const first = withSideReview(
      undefined,
      'e1',
      'm2',
      'marketing',
      { verdict: 'partly', note: 'n', figure: 240 },
      context,
    );
    expect(first).toMatchObject({
      entryId: 'e1',
      meetingId: 'm2',
      marketing: { verdict: 'partly', figure: 240 },
      sales: { note: '' },
    });
    const second = withSideReview(first, 'e1', 'm2', 'sales', { verdict: 'kept', note: '' }, context);
    expect(second.id).toBe(first.id);
    expect(reviewState(second)).toBe('reviewed');
  });

  it('checks a side review: figure is a number, note within its limit', () => {
    expect(checkSideReview({ verdict: 'kept', note: ' fine ', figure: '240' })).toEqual({
      ok: true,
      value: { verdict: 'kept', note: 'fine', figure: 240 },
    });
    expect(checkSideReview({ verdict: '', note: 'x'.repeat(2001), figure: 'lots' })).toEqual({
      ok: false,
      errors: [
        { field: 'note', code: 'too-long' },
        { field: 'figure', code: 'not-a-number' },
      ],
    });
  });

  it('computes the kept rate per side; partly is not kept', () => {
    const reviews = [
      review('a', 'm2', 'kept', 'partly'),
      review('b', 'm2', 'broken', 'kept'),
      review('a', 'm3', 'kept'),
    ];
    expect(keptRate(reviews, 'marketing')).toEqual({
      kept: 2,
      partly: 0,
      broken: 1,
      reviewed: 3,
      rate: 2 / 3,
    });
    expect(keptRate(reviews, 'sales')).toEqual({ kept: 1, partly: 1, broken: 0, reviewed: 2, rate: 0.5 });
    expect(keptRate([], 'sales').rate).toBeUndefined();
  });
});

describe('which agreements a meeting reviews (carry-over)', () => {
  const m1 = meeting('m1', '2026-11-01');
  const m2 = meeting('m2', '2026-11-08');
  const m3 = meeting('m3', '2026-11-15');
  const meetings = [m1, m2, m3];

  it('lists the active agreements of earlier meetings of the series, not the ones agreed here', () => {
    const entries = [entry('e1', 'm1'), entry('e2', 'm2'), entry('other', 'x', { seriesId: 's2' })];
    expect(agreementsForReview(m2, meetings, entries, []).map((item) => item.entry.id)).toEqual(['e1']);
    expect(agreementsForReview(m3, meetings, entries, []).map((item) => item.entry.id)).toEqual(['e1', 'e2']);
  });

  it('carries an unreviewed agreement on to the next meeting with its last review, idempotently', () => {
    const entries = [entry('e1', 'm1')];
    const reviews = [review('e1', 'm2', 'kept', 'partly')];
    const once = agreementsForReview(m3, meetings, entries, reviews);
    const twice = agreementsForReview(m3, meetings, entries, reviews);
    expect(once).toEqual(twice);
    expect(once).toHaveLength(1);
    expect(once[0]).toMatchObject({ state: 'unreviewed', lastReview: { date: '2026-11-08' } });
    expect(openReviewCount(once)).toBe(1);
  });

  it('leaves out ended and deleted agreements, but keeps one this meeting already reviewed', () => {
    const entries = [
      entry('ended', 'm1', { status: 'ended' }),
      entry('gone', 'm1', { deletedAt: now }),
      entry('reviewedThenEnded', 'm1', { status: 'ended' }),
    ];
    const reviews = [review('reviewedThenEnded', 'm2', 'kept', 'kept')];
    const list = agreementsForReview(m2, meetings, entries, reviews);
    expect(list.map((item) => item.entry.id)).toEqual(['reviewedThenEnded']);
    expect(list[0]?.state).toBe('reviewed');
    expect(openReviewCount(list)).toBe(0);
  });

  it('offers the review block only when there is something to review and no block yet', () => {
    const list = agreementsForReview(m2, meetings, [entry('e1', 'm1')], []);
    expect(offersReviewBlock(list, [{ title: 'Welcome' }])).toBe(true);
    expect(offersReviewBlock(list, [{ title: 'vereinbarungen PRÜFEN' }])).toBe(false);
    expect(offersReviewBlock(list, [{ title: 'Review agreements', deletedAt: now }])).toBe(true);
    expect(offersReviewBlock([], [])).toBe(false);
    expect(isLedgerReviewItem({ title: '  Review   agreements ' })).toBe(true);
  });

  it('ends an agreement once', () => {
    const ended = endedEntry(entry('e1', 'm1'), now);
    expect(ended).toMatchObject({ status: 'ended', endedAt: now });
    expect(endedEntry(ended, '2027-01-01T00:00:00.000Z')).toBe(ended);
  });
});

describe('the review block in the built-in templates', () => {
  it('opens the lead hand-over template after its check-in, in both languages, under the block title', () => {
    for (const kind of ['lead-handover']) {
      const pair = BUILT_IN_TEMPLATES.filter((template) => template.id.startsWith(`builtin:${kind}:`));
      expect(pair.map((template) => template.language).sort()).toEqual(['de', 'en']);
      for (const template of pair) {
        const block = template.agenda.find((item) => isLedgerReviewItem(item));
        expect(block?.title).toBe(LEDGER_REVIEW_TITLES[template.language]);
      }
    }
  });
});
