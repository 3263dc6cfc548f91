import { describe, expect, it } from 'vitest';
import {
  answerCascade,
  cascadeDueDate,
  cascadeStateOf,
  cascadeUnitsOf,
  checkCascadeAnswer,
  isCascadeOverdue,
  planCascade,
  suggestOwner,
} from '../../../renderer/domain/cascade';
import type { CascadeResponse, Decision, Person } from '../../../renderer/domain/types';

const NOW = '2026-11-27T09:00:00.000Z';
const TODAY = '2026-11-27';

function decision(patch: Partial<Decision> = {}): Decision {
  return {
    id: 'd1',
    createdAt: NOW,
    updatedAt: NOW,
    meetingId: 'm1',
    number: 1,
    statement: 'One price list for all of Europe',
    rationale: '',
    alternatives: '',
    method: 'consent',
    responsible: [],
    consulted: [],
    informed: [],
    scope: ['Sales Iberia', 'Sales Nordics'],
    status: 'decided',
    settlesConflictIds: [],
    revisitIf: [],
    ...patch,
  };
}

function person(id: string, name: string, orgUnit: string, patch: Partial<Person> = {}): Person {
  return {
    id,
    createdAt: NOW,
    updatedAt: NOW,
    name,
    departmentId: 'sales',
    orgUnit,
    archived: false,
    ...patch,
  };
}

function row(patch: Partial<CascadeResponse> = {}): CascadeResponse {
  return {
    id: 'r1',
    createdAt: NOW,
    updatedAt: NOW,
    decisionId: 'd1',
    unit: 'Sales Iberia',
    dueDate: '2026-12-15',
    explanation: '',
    ...patch,
  };
}

let ids = 0;
const context = () => ({ now: NOW, today: TODAY, newId: () => `n${++ids}` });

describe('which units a decision asks', () => {
  it('asks each named unit once, ignoring case and accents, and only once it is decided', () => {
    expect(
      cascadeUnitsOf(decision({ scope: ['Sales Iberia', ' sales ibéria ', 'Central Marketing'] })),
    ).toEqual(['Sales Iberia', 'Central Marketing']);
    expect(cascadeUnitsOf(decision({ status: 'proposed' }))).toEqual([]);
    expect(cascadeUnitsOf(decision({ scope: [] }))).toEqual([]);
  });
});

describe('planning the rows', () => {
  it('creates one awaiting row per unit with the suggested owner and a due date', () => {
    const people = [
      person('p2', 'Zoe Lund', 'Sales Nordics'),
      person('p1', 'Ana Ruiz', 'sales iberia'),
      person('p3', 'Aaron Old', 'Sales Nordics', { archived: true }),
      person('p4', 'Björn Berg', 'Sales Nordics'),
    ];
    const rows = planCascade(decision({ dueDate: '2027-01-31' }), [], people, context());
    expect(rows.map((r) => [r.unit, r.ownerPersonId, r.dueDate, r.response])).toEqual([
      ['Sales Iberia', 'p1', '2027-01-31', undefined],
      ['Sales Nordics', 'p4', '2027-01-31', undefined],
    ]);
  });

  it('is idempotent: planning over its own result writes nothing', () => {
    const first = planCascade(decision(), [], [], context());
    expect(first).toHaveLength(2);
    expect(planCascade(decision(), first, [], context())).toEqual([]);
  });

  it('soft-deletes the row of a unit that left the scope and brings it back, answer kept, when named again', () => {
    const answered = row({ response: 'adopt', respondedAt: NOW });
    const removed = planCascade(decision({ scope: ['Sales Nordics'] }), [answered], [], context());
    const gone = removed.find((r) => r.id === 'r1');
    expect(gone?.deletedAt).toBe(NOW);
    expect(removed.filter((r) => r.unit === 'Sales Nordics')).toHaveLength(1);
    const back = planCascade(
      decision(),
      [gone as CascadeResponse, ...removed.filter((r) => r.id !== 'r1')],
      [],
      context(),
    );
    expect(back).toHaveLength(1);
    expect(back[0]).toMatchObject({ id: 'r1', response: 'adopt' });
    expect(back[0]?.deletedAt).toBeUndefined();
  });

  it('leaves the rows of a revoked or superseded decision alone', () => {
    expect(planCascade(decision({ status: 'revoked', scope: [] }), [row()], [], context())).toEqual([]);
  });

  it('gives four weeks when the decision has no due date ahead', () => {
    expect(cascadeDueDate({ dueDate: '2026-11-01' }, TODAY)).toBe('2026-12-25');
    expect(cascadeDueDate({}, TODAY)).toBe('2026-12-25');
    expect(cascadeDueDate({ dueDate: TODAY }, TODAY)).toBe(TODAY);
  });

  it('suggests no owner when nobody belongs to the unit', () => {
    expect(suggestOwner('Sales DACH', [person('p1', 'Ana', 'Sales Iberia')])).toBeUndefined();
  });
});

describe('cascade state and overdue', () => {
  it('counts adopted, adapted, objections, awaiting and overdue on the day passed in', () => {
    const rows = [
      row({ id: 'a', response: 'adopt' }),
      row({ id: 'b', response: 'adopt' }),
      row({ id: 'c', response: 'adapt', explanation: 'From Q2' }),
      row({ id: 'd', response: 'object', explanation: 'Tenders' }),
      row({ id: 'e', dueDate: '2026-11-26' }),
      row({ id: 'f', dueDate: '2026-11-27' }),
      row({ id: 'g', deletedAt: NOW }),
    ];
    expect(cascadeStateOf(rows, TODAY)).toEqual({
      total: 6,
      adopted: 2,
      adapted: 1,
      objected: 1,
      awaiting: 2,
      overdue: 1,
    });
    expect(cascadeStateOf(rows, '2026-11-28').overdue).toBe(2);
  });

  it('is overdue only while unanswered and past its due date', () => {
    expect(isCascadeOverdue(row({ dueDate: '2026-11-26' }), TODAY)).toBe(true);
    expect(isCascadeOverdue(row({ dueDate: '2026-11-27' }), TODAY)).toBe(false);
    expect(
      isCascadeOverdue(row({ dueDate: '2026-11-26', response: 'object', explanation: 'x' }), TODAY),
    ).toBe(false);
    expect(isCascadeOverdue(row({ dueDate: undefined }), TODAY)).toBe(false);
  });
});

describe('answers', () => {
  const known = { personIds: new Set(['p1']) };

  it('needs how for an adaptation and why for an objection, within the limit', () => {
    expect(checkCascadeAnswer({ response: 'adapt', explanation: '  ' }, known)).toEqual({
      ok: false,
      errors: [{ field: 'explanation', code: 'required' }],
    });
    expect(checkCascadeAnswer({ response: 'object', explanation: 'x'.repeat(2001) }, known)).toMatchObject({
      ok: false,
      errors: [{ field: 'explanation', code: 'too-long' }],
    });
    expect(checkCascadeAnswer({ response: 'adopt', explanation: 'ignored' }, known)).toMatchObject({
      ok: true,
      value: { explanation: '' },
    });
    expect(
      checkCascadeAnswer({ response: 'adopt', explanation: '', ownerPersonId: 'ghost' }, known),
    ).toMatchObject({
      ok: false,
      errors: [{ field: 'ownerPersonId', code: 'unknown' }],
    });
    expect(
      checkCascadeAnswer({ response: 'adopt', explanation: '', dueDate: '2026-02-30' }, known),
    ).toMatchObject({
      ok: false,
    });
  });

  it('records who answered how and when, and keeps the first answer time when nothing changed', () => {
    const later = '2026-11-28T10:00:00.000Z';
    const answered = answerCascade(
      row(),
      { response: 'adapt', explanation: 'From Q2' },
      {
        now: NOW,
        source: 'meeting',
        meetingId: 'm2',
      },
    );
    expect(answered).toMatchObject({
      response: 'adapt',
      explanation: 'From Q2',
      respondedAt: NOW,
      source: 'meeting',
      meetingId: 'm2',
    });
    const again = answerCascade(
      answered,
      { response: 'adapt', explanation: 'From Q2', ownerPersonId: 'p1' },
      {
        now: later,
        source: 'register',
      },
    );
    expect(again).toMatchObject({
      respondedAt: NOW,
      source: 'meeting',
      meetingId: 'm2',
      ownerPersonId: 'p1',
      updatedAt: later,
    });
    const cleared = answerCascade(
      answered,
      { response: '', explanation: '' },
      { now: later, source: 'register' },
    );
    expect(cleared.response).toBeUndefined();
    expect(cleared.respondedAt).toBeUndefined();
    expect(cleared.meetingId).toBeUndefined();
  });
});
