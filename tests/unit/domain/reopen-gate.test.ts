import { describe, expect, it } from 'vitest';
import {
  checkDecisionDraft,
  newDecision,
  reviseDecision,
  revoke,
  supersede,
} from '../../../renderer/domain/decisions';
import type { DecisionDraft } from '../../../renderer/domain/decisions';
import {
  checkRevisitIf,
  dueForReview,
  reopenReason,
  suggestTouchedDecisions,
} from '../../../renderer/domain/reopen-gate';
import type { Decision } from '../../../renderer/domain/types';

const NOW = '2026-11-27T10:00:00.000Z';
const LATER = '2026-12-04T10:00:00.000Z';
let ids = 0;
const context = { now: NOW, newId: () => `d${++ids}` };

const draft: DecisionDraft = {
  statement: 'Leads with a score of 60 or more go to Sales within a day.',
  rationale: 'Sales can follow up only on leads that are ready.',
  alternatives: '',
  method: 'consensus',
  accountablePersonId: 'p1',
  responsible: [],
  consulted: [],
  informed: [],
  scope: '',
  dueDate: '',
  reviewDate: '',
  settlesConflictIds: [],
  supersedesId: '',
  agendaItemId: '',
  stanceMarketing: '',
  stanceSales: '',
  revisitIf: ['  Conversion drops below 5 %  ', '', 'Conversion drops below 5 %', 'The CRM changes'],
};

function decided(patch: Partial<DecisionDraft> = {}, meetingId = 'm1', number = 1): Decision {
  const checked = checkDecisionDraft({ ...draft, ...patch }, { personIds: new Set(['p1']) });
  if (!checked.ok) throw new Error('refused');
  return newDecision(meetingId, checked.value, number, context);
}

describe('revisit-if conditions', () => {
  it('are stored trimmed, without blanks or repeats, and kept by an edit that leaves them out', () => {
    const decision = decided();
    expect(decision.revisitIf).toEqual(['Conversion drops below 5 %', 'The CRM changes']);
    const checked = checkDecisionDraft({ ...draft, revisitIf: undefined }, { personIds: new Set(['p1']) });
    if (!checked.ok) throw new Error('refused');
    expect(reviseDecision(decision, checked.value, LATER).revisitIf).toEqual(decision.revisitIf);
  });

  it('refuse a condition too long or too many conditions, naming the field', () => {
    expect(checkRevisitIf(['x'.repeat(501)])).toEqual({
      ok: false,
      error: { code: 'condition-too-long', max: 500 },
    });
    const many = Array.from({ length: 21 }, (_, index) => `Condition ${index}`);
    expect(checkRevisitIf(many)).toEqual({ ok: false, error: { code: 'conditions-too-many', max: 20 } });
    expect(checkDecisionDraft({ ...draft, revisitIf: many }, { personIds: new Set(['p1']) })).toEqual({
      ok: false,
      errors: [{ field: 'revisitIf', code: 'conditions-too-many' }],
    });
  });
});

describe('the reopen gate', () => {
  it('refuses to supersede a decided decision without the condition met or the new fact', () => {
    const old = decided();
    expect(supersede(old, { id: 'new', meetingId: 'm2' }, LATER)).toEqual({
      ok: false,
      refusal: { code: 'reopen-reason-missing' },
    });
    expect(supersede(old, { id: 'new', meetingId: 'm2' }, LATER, { fact: '   ' })).toEqual({
      ok: false,
      refusal: { code: 'reopen-reason-missing' },
    });
  });

  it('stores the condition that was met with its text and the meeting that reopened it', () => {
    const outcome = supersede(decided(), { id: 'new', meetingId: 'm2' }, LATER, {
      conditionIndex: 1,
      fact: '',
    });
    expect(outcome).toMatchObject({
      ok: true,
      value: {
        status: 'superseded',
        reopenedBecause: { conditionIndex: 1, text: 'The CRM changes', meetingId: 'm2', at: LATER },
      },
    });
  });

  it('stores a new fact, and a condition with the fact that shows it was met', () => {
    expect(reopenReason(decided(), { fact: ' New scoring model ' }, { meetingId: 'm2', now: LATER })).toEqual(
      {
        ok: true,
        value: { text: 'New scoring model', meetingId: 'm2', at: LATER },
      },
    );
    expect(
      reopenReason(decided(), { conditionIndex: 0, fact: 'It fell to 3 %' }, { meetingId: 'm2', now: LATER }),
    ).toMatchObject({
      ok: true,
      value: { conditionIndex: 0, text: 'Conversion drops below 5 % — It fell to 3 %' },
    });
  });

  it('refuses a condition that does not exist and a fact that is too long', () => {
    expect(
      reopenReason(decided(), { conditionIndex: 5, fact: 'x' }, { meetingId: 'm2', now: LATER }),
    ).toEqual({
      ok: false,
      refusal: { code: 'reopen-condition-unknown' },
    });
    expect(reopenReason(decided(), { fact: 'x'.repeat(2001) }, { meetingId: 'm2', now: LATER })).toEqual({
      ok: false,
      refusal: { code: 'reopen-reason-too-long', max: 2000 },
    });
  });

  it('asks nothing before revoking a proposed decision, but requires it for a decided one', () => {
    const proposed = decided({ accountablePersonId: '' });
    expect(proposed.status).toBe('proposed');
    expect(revoke(proposed, LATER)).toMatchObject({ ok: true, value: { status: 'revoked' } });
    expect(revoke(decided(), LATER)).toEqual({ ok: false, refusal: { code: 'reopen-reason-missing' } });
    expect(revoke(decided(), LATER, { draft: { fact: 'Merger' }, meetingId: 'm3' })).toMatchObject({
      ok: true,
      value: { status: 'revoked', reopenedBecause: { text: 'Merger', meetingId: 'm3' } },
    });
  });
});

describe('suggesting the decisions a statement touches', () => {
  const leads = decided({ statement: 'Qualified leads go to Sales within a day.', revisitIf: [] }, 'm1', 1);
  const pricing = decided(
    { statement: 'Preisliste bleibt unverändert.', rationale: '', revisitIf: [] },
    'm1',
    2,
  );
  const ownMeeting = decided({ statement: 'Qualified leads are scored weekly.', revisitIf: [] }, 'm2', 3);
  const proposed = decided({ statement: 'Qualified leads split', accountablePersonId: '' }, 'm1', 4);

  it('matches words without case or accents, among decided decisions of other meetings', () => {
    expect(
      suggestTouchedDecisions('Die PREISLISTE ist zu hoch', [leads, pricing, ownMeeting, proposed], [], {
        meetingId: 'm2',
      }),
    ).toEqual([pricing]);
    expect(suggestTouchedDecisions('Preisliste unverandert?', [pricing], [], { meetingId: 'm2' })).toEqual([
      pricing,
    ]);
  });

  it('ranks a decision sharing an agreed definition’s term first, and suggests nothing when nothing matches', () => {
    const both = decided(
      { statement: 'Sales gets the price list and the leads first.', revisitIf: [] },
      'm1',
      5,
    );
    const definitions = [{ term: 'Qualified lead' }, { term: 'Deleted', deletedAt: NOW }];
    expect(
      suggestTouchedDecisions('Which QUALIFIED LEAD counts for Sales?', [both, leads], definitions, {
        meetingId: 'm2',
      }),
    ).toEqual([leads, both]);
    expect(
      suggestTouchedDecisions('Booth at the fair', [leads, pricing], definitions, { meetingId: 'm2' }),
    ).toEqual([]);
  });
});

describe('due for review', () => {
  it('lists decided decisions whose review date has come, oldest review first', () => {
    const due = decided({ reviewDate: '2026-12-01' }, 'm1', 1);
    const today = decided({ reviewDate: '2026-12-04' }, 'm1', 2);
    const later = decided({ reviewDate: '2027-01-01' }, 'm1', 3);
    const none = decided({}, 'm1', 4);
    const revoked = { ...decided({ reviewDate: '2026-11-01' }, 'm1', 5), status: 'revoked' as const };
    expect(dueForReview([later, today, none, revoked, due], '2026-12-04')).toEqual([due, today]);
  });
});
