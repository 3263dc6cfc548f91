import { describe, expect, it } from 'vitest';
import {
  checkDecisionDraft,
  decide,
  formatNumber,
  newDecision,
  nextDecisionNumber,
  parseScope,
  recordStances,
  revoke,
  supersede,
  type CheckedDecision,
  type DecisionDraft,
} from '../../../renderer/domain/decisions';
import { supersedeCandidates } from '../../../renderer/domain/decision-list';
import type { Decision } from '../../../renderer/domain/types';

const NOW = '2026-11-27T10:00:00.000Z';
const LATER = '2026-11-27T10:05:00.000Z';
const people = { personIds: new Set(['p1', 'p2']) };
let ids = 0;
const context = { now: NOW, newId: () => `d${++ids}` };

const draft: DecisionDraft = {
  statement: '  Sales Iberia runs the spring campaign with central assets.  ',
  rationale: '',
  alternatives: '',
  method: 'consensus',
  accountablePersonId: 'p1',
  responsible: [{ kind: 'org-unit', name: 'Sales Iberia' }],
  consulted: [{ kind: 'department', departmentId: 'marketing' }],
  informed: [],
  scope: 'Iberia, LATAM, Iberia',
  dueDate: '2027-03-01',
  reviewDate: '',
  settlesConflictIds: ['c1', 'c1'],
  supersedesId: '',
  agendaItemId: 'a1',
  stanceMarketing: 'agree',
  stanceSales: 'agree-with-reservations',
};

function checked(patch: Partial<DecisionDraft> = {}): CheckedDecision {
  const outcome = checkDecisionDraft({ ...draft, ...patch }, people);
  if (!outcome.ok) throw new Error('draft refused');
  return outcome.value;
}

function decision(patch: Partial<DecisionDraft> = {}, meetingId = 'm1', number = 1): Decision {
  return newDecision(meetingId, checked(patch), number, context);
}

describe('checking a decision draft', () => {
  it('cleans the values and leaves out what was not given', () => {
    expect(checked()).toEqual({
      statement: 'Sales Iberia runs the spring campaign with central assets.',
      rationale: '',
      alternatives: '',
      method: 'consensus',
      accountablePersonId: 'p1',
      responsible: [{ kind: 'org-unit', name: 'Sales Iberia' }],
      consulted: [{ kind: 'department', departmentId: 'marketing' }],
      informed: [],
      scope: ['Iberia', 'LATAM'],
      dueDate: '2027-03-01',
      settlesConflictIds: ['c1'],
      agendaItemId: 'a1',
      stanceMarketing: 'agree',
      stanceSales: 'agree-with-reservations',
    });
  });

  it('reports every problem at once', () => {
    const outcome = checkDecisionDraft(
      {
        ...draft,
        statement: ' ',
        rationale: 'x'.repeat(4001),
        accountablePersonId: 'nobody',
        dueDate: '2027-02-30',
        reviewDate: 'soon',
        scope: 'y'.repeat(81),
      },
      people,
    );
    expect(outcome).toEqual({
      ok: false,
      errors: [
        { field: 'statement', code: 'statement-empty' },
        { field: 'rationale', code: 'text-too-long' },
        { field: 'accountable', code: 'owner-unknown' },
        { field: 'scope', code: 'scope-too-long' },
        { field: 'dueDate', code: 'date-invalid' },
        { field: 'reviewDate', code: 'date-invalid' },
      ],
    });
  });

  it('accepts a statement of 1000 characters and refuses one of 1001', () => {
    expect(checkDecisionDraft({ ...draft, statement: 'a'.repeat(1000) }, people).ok).toBe(true);
    expect(checkDecisionDraft({ ...draft, statement: 'a'.repeat(1001) }, people)).toEqual({
      ok: false,
      errors: [{ field: 'statement', code: 'statement-too-long' }],
    });
  });

  it('needs an owner only when the decision is to be decided', () => {
    expect(checkDecisionDraft({ ...draft, accountablePersonId: '' }, people).ok).toBe(true);
    expect(checkDecisionDraft({ ...draft, accountablePersonId: '' }, { ...people, deciding: true })).toEqual({
      ok: false,
      errors: [{ field: 'accountable', code: 'owner-required' }],
    });
  });

  it('reads an empty scope as global', () => {
    expect(parseScope(' , ')).toEqual([]);
    expect(checked({ scope: '' }).scope).toEqual([]);
  });
});

describe('register numbers', () => {
  it('continue after the highest number, so a gap or a revoked number is never reused', () => {
    expect(nextDecisionNumber([])).toBe(1);
    expect(nextDecisionNumber([3, 1, 7])).toBe(8);
  });

  it('read as D-n', () => {
    expect(formatNumber(17)).toBe('D-17');
  });
});

describe('a new decision', () => {
  it('is decided when it has an owner and no objection', () => {
    expect(decision()).toMatchObject({
      id: expect.any(String),
      number: 1,
      status: 'decided',
      meetingId: 'm1',
    });
  });

  it('is proposed without an owner', () => {
    expect(decision({ accountablePersonId: '' }).status).toBe('proposed');
  });

  it('is proposed when a side objects', () => {
    expect(decision({ stanceSales: 'object' }).status).toBe('proposed');
  });
});

describe('marking a decision decided', () => {
  it('is refused without an accountable owner', () => {
    expect(decide(decision({ accountablePersonId: '' }), LATER)).toEqual({
      ok: false,
      refusal: { code: 'owner-missing' },
    });
  });

  it('is refused while an objection is not confirmed by name', () => {
    const objected = decision({ stanceSales: 'object' });
    expect(decide(objected, LATER)).toEqual({
      ok: false,
      refusal: { code: 'objection-unconfirmed', sides: ['sales'] },
    });
    expect(decide(objected, LATER, { confirmedSides: ['marketing'], note: 'Go ahead' })).toEqual({
      ok: false,
      refusal: { code: 'objection-unconfirmed', sides: ['sales'] },
    });
  });

  it('is refused when the objection is confirmed without a note', () => {
    const objected = decision({ stanceSales: 'object' });
    expect(decide(objected, LATER, { confirmedSides: ['sales'], note: '  ' })).toEqual({
      ok: false,
      refusal: { code: 'objection-note-missing', sides: ['sales'] },
    });
  });

  it('records the note in the rationale when the objection is confirmed', () => {
    const objected = decision({ stanceSales: 'object', rationale: 'Budget is fixed.' });
    const outcome = decide(objected, LATER, {
      confirmedSides: ['sales'],
      note: 'Launch date is fixed by the trade fair.',
      heading: 'Decided despite the objection of Sales:',
    });
    expect(outcome).toEqual({
      ok: true,
      value: {
        ...objected,
        status: 'decided',
        updatedAt: LATER,
        rationale:
          'Budget is fixed.\n\nDecided despite the objection of Sales: Launch date is fixed by the trade fair.',
      },
    });
  });

  it('decides a proposed decision once its owner is known', () => {
    const proposed = { ...decision({ accountablePersonId: '' }), accountablePersonId: 'p2' };
    expect(decide(proposed, LATER)).toEqual({
      ok: true,
      value: { ...proposed, status: 'decided', updatedAt: LATER },
    });
  });

  it('is refused for a decision that is not proposed', () => {
    expect(decide(decision(), LATER)).toEqual({
      ok: false,
      refusal: { code: 'not-allowed', from: 'decided', to: 'decided' },
    });
  });
});

describe('revoking and superseding', () => {
  it('revokes a decided decision and keeps its number', () => {
    const outcome = revoke(decision({}, 'm1', 4), LATER, { draft: { fact: 'Budget cut' }, meetingId: 'm2' });
    expect(outcome).toMatchObject({ ok: true, value: { status: 'revoked', number: 4, updatedAt: LATER } });
  });

  it('refuses to revoke what is already superseded or revoked', () => {
    const revoked = { ...decision(), status: 'revoked' as const };
    expect(revoke(revoked, LATER)).toEqual({
      ok: false,
      refusal: { code: 'not-allowed', from: 'revoked', to: 'revoked' },
    });
  });

  it('supersedes a decided decision of another meeting only', () => {
    const old = decision({}, 'm0', 1);
    const reopen = { fact: 'New price index' };
    expect(supersede(old, { id: 'new', meetingId: 'm1' }, LATER, reopen)).toMatchObject({
      ok: true,
      value: { status: 'superseded', updatedAt: LATER },
    });
    expect(supersede(old, { id: 'new', meetingId: 'm0' }, LATER, reopen).ok).toBe(false);
    expect(
      supersede(decision({ accountablePersonId: '' }, 'm0'), { id: 'new', meetingId: 'm1' }, LATER, reopen)
        .ok,
    ).toBe(false);
  });

  it('offers decided decisions of other meetings, found by number or statement', () => {
    const old = decision({ statement: 'Price list 2027' }, 'm0', 3);
    const other = decision({ statement: 'Lead scoring' }, 'm0', 5);
    const own = decision({ statement: 'Price list 2028' }, 'm1', 6);
    const candidates = [old, other, own];
    expect(supersedeCandidates(candidates, 'm1', '')).toEqual([other, old]);
    expect(supersedeCandidates(candidates, 'm1', 'price')).toEqual([old]);
    expect(supersedeCandidates(candidates, 'm1', 'D-5')).toEqual([other]);
  });
});

describe('sign-off', () => {
  it('records both stances on a proposed decision', () => {
    const proposed = decision({ accountablePersonId: '', stanceMarketing: '', stanceSales: '' });
    expect(recordStances(proposed, { marketing: 'agree', sales: 'object' }, LATER)).toEqual({
      ok: true,
      value: { ...proposed, stanceMarketing: 'agree', stanceSales: 'object', updatedAt: LATER },
    });
  });

  it('keeps the stances a decision was decided on', () => {
    expect(recordStances(decision(), { marketing: 'object', sales: 'object' }, LATER)).toEqual({
      ok: false,
      refusal: { code: 'stances-locked', status: 'decided' },
    });
  });
});
