import { describe, expect, it } from 'vitest';
import {
  balance,
  canChangeStatus,
  changeStatus,
  checkConflictDraft,
  newConflictPoint,
  nudge,
  reframe,
  visibleConflicts,
  type ConflictDraft,
  type StatusChange,
} from '../../../renderer/domain/conflicts';
import type { ConflictLevel, ConflictPoint, ConflictStatus } from '../../../renderer/domain/types';

const NOW = '2026-11-27T09:00:00.000Z';
const LATER = '2026-11-27T09:05:00.000Z';

const draft: ConflictDraft = {
  statement: '  Sales gets the leads too late  ',
  level: 'content',
  category: 'process-responsibilities',
  departmentId: 'sales',
  personId: '',
  positionMarketing: ' Leads go out weekly ',
  positionSales: '',
  agendaItemId: 'a1',
  private: false,
};

function context() {
  let ids = 0;
  return { now: NOW, newId: () => `id-${++ids}` };
}

function point(overrides: Partial<ConflictPoint> = {}): ConflictPoint {
  return {
    id: 'p1',
    createdAt: NOW,
    updatedAt: NOW,
    meetingId: 'm1',
    statement: 'They never listen to us',
    level: 'relationship',
    positionMarketing: '',
    positionSales: '',
    status: 'open',
    resolution: '',
    private: false,
    ...overrides,
  };
}

describe('checking a conflict draft', () => {
  it('trims the texts and leaves out the links not given', () => {
    expect(checkConflictDraft(draft)).toEqual({
      ok: true,
      value: {
        statement: 'Sales gets the leads too late',
        level: 'content',
        category: 'process-responsibilities',
        departmentId: 'sales',
        positionMarketing: 'Leads go out weekly',
        positionSales: '',
        agendaItemId: 'a1',
        private: false,
      },
    });
  });

  it('requires a statement and a level, and reports both at once', () => {
    expect(checkConflictDraft({ ...draft, statement: ' ', level: '', category: '' })).toEqual({
      ok: false,
      errors: [
        { field: 'statement', code: 'statement-empty' },
        { field: 'level', code: 'level-missing' },
      ],
    });
  });

  it('refuses a statement or a position over 1000 characters', () => {
    const long = 'x'.repeat(1001);
    expect(checkConflictDraft({ ...draft, statement: long, positionSales: long })).toEqual({
      ok: false,
      errors: [
        { field: 'statement', code: 'statement-too-long' },
        { field: 'positionSales', code: 'position-too-long' },
      ],
    });
    expect(checkConflictDraft({ ...draft, statement: 'x'.repeat(1000) }).ok).toBe(true);
  });

  it('refuses a category of the other level', () => {
    expect(checkConflictDraft({ ...draft, level: 'relationship' })).toEqual({
      ok: false,
      errors: [{ field: 'category', code: 'category-mismatch' }],
    });
    expect(checkConflictDraft({ ...draft, level: 'relationship', category: 'trust' }).ok).toBe(true);
    expect(checkConflictDraft({ ...draft, category: '' }).ok).toBe(true);
  });
});

describe('a new conflict point', () => {
  it('is open, has no resolution and carries the checked fields', () => {
    const checked = checkConflictDraft({ ...draft, private: true });
    if (!checked.ok) throw new Error('refused');
    expect(newConflictPoint('m1', checked.value, context())).toEqual({
      id: 'id-1',
      createdAt: NOW,
      updatedAt: NOW,
      meetingId: 'm1',
      agendaItemId: 'a1',
      statement: 'Sales gets the leads too late',
      level: 'content',
      category: 'process-responsibilities',
      raisedByDepartmentId: 'sales',
      positionMarketing: 'Leads go out weekly',
      positionSales: '',
      status: 'open',
      resolution: '',
      private: true,
    });
  });
});

describe('status transitions', () => {
  const allowed: [ConflictStatus, StatusChange['to'], boolean][] = [
    ['open', 'resolved', true],
    ['open', 'parked', true],
    ['open', 'escalated', true],
    ['open', 'open', false],
    ['parked', 'open', true],
    ['parked', 'resolved', false],
    ['parked', 'escalated', false],
    ['escalated', 'open', true],
    ['escalated', 'parked', false],
    ['resolved', 'open', true],
    ['resolved', 'parked', false],
    ['resolved', 'escalated', false],
    ['reframed', 'open', false],
    ['reframed', 'resolved', false],
    ['reframed', 'parked', false],
    ['reframed', 'escalated', false],
  ];

  it.each(allowed)('from %s to %s is allowed: %s', (from, to, expected) => {
    expect(canChangeStatus(from, to)).toBe(expected);
    const change: StatusChange = to === 'resolved' ? { to, resolution: 'Agreed' } : { to };
    const outcome = changeStatus(point({ status: from }), change, LATER);
    expect(outcome.ok).toBe(expected);
    if (!outcome.ok) expect(outcome.errors).toEqual([{ field: 'status', code: 'status-refused' }]);
  });

  it('resolves only with a resolution, which it keeps trimmed', () => {
    expect(changeStatus(point(), { to: 'resolved', resolution: '  ' }, LATER)).toEqual({
      ok: false,
      errors: [{ field: 'resolution', code: 'resolution-empty' }],
    });
    expect(changeStatus(point(), { to: 'resolved', resolution: 'x'.repeat(2001) }, LATER)).toEqual({
      ok: false,
      errors: [{ field: 'resolution', code: 'resolution-too-long' }],
    });
    expect(changeStatus(point(), { to: 'resolved', resolution: ' Weekly hand-over ' }, LATER)).toEqual({
      ok: true,
      value: point({ status: 'resolved', resolution: 'Weekly hand-over', updatedAt: LATER }),
    });
  });

  it('clears the resolution when a resolved point is reopened', () => {
    const resolved = point({ status: 'resolved', resolution: 'Weekly hand-over' });
    expect(changeStatus(resolved, { to: 'open' }, LATER)).toEqual({
      ok: true,
      value: point({ status: 'open', resolution: '', updatedAt: LATER }),
    });
  });
});

describe('reframing a relationship point', () => {
  const question = { ...draft, statement: 'What do we need to agree on about lead hand-over?' };

  it('creates the content question and links both ways, marking the original reframed', () => {
    const outcome = reframe(point({ agendaItemId: 'a1' }), question, context());
    expect(outcome).toEqual({
      ok: true,
      value: {
        relationship: point({
          agendaItemId: 'a1',
          status: 'reframed',
          reframedAsId: 'id-1',
          updatedAt: NOW,
        }),
        content: expect.objectContaining({
          id: 'id-1',
          level: 'content',
          status: 'open',
          reframedFromId: 'p1',
          statement: 'What do we need to agree on about lead hand-over?',
        }),
      },
    });
  });

  it('refuses a content point, a point no longer open, and a deleted one', () => {
    const refused = { ok: false, errors: [{ field: 'status', code: 'status-refused' }] };
    expect(reframe(point({ level: 'content' }), question, context())).toEqual(refused);
    expect(reframe(point({ status: 'parked' }), question, context())).toEqual(refused);
    expect(reframe(point({ status: 'reframed' }), question, context())).toEqual(refused);
    expect(reframe(point({ deletedAt: NOW }), question, context())).toEqual(refused);
  });

  it('checks the content question like any draft, with a content category', () => {
    expect(reframe(point(), { ...question, statement: '' }, context())).toEqual({
      ok: false,
      errors: [{ field: 'statement', code: 'statement-empty' }],
    });
    expect(reframe(point(), { ...question, category: 'trust' }, context())).toEqual({
      ok: false,
      errors: [{ field: 'category', code: 'category-mismatch' }],
    });
  });
});

function points(spec: [ConflictLevel, ConflictStatus, string?][]): ConflictPoint[] {
  return spec.map(([level, status, agendaItemId], index) =>
    point({
      id: `p${index}`,
      level,
      status,
      createdAt: `2026-11-27T09:${String(index).padStart(2, '0')}:00.000Z`,
      ...(agendaItemId ? { agendaItemId } : {}),
    }),
  );
}

describe('the live balance', () => {
  it('counts live points per level, for an item and for the whole meeting', () => {
    const log = [
      ...points([
        ['content', 'open', 'a1'],
        ['relationship', 'open', 'a1'],
        ['relationship', 'reframed', 'a1'],
        ['content', 'resolved', 'a2'],
        ['relationship', 'open'],
      ]),
      point({ id: 'gone', deletedAt: NOW }),
    ];
    expect(balance(log)).toEqual({ content: 2, relationship: 3, total: 5, openRelationship: 2 });
    expect(balance(log, 'a1')).toEqual({ content: 1, relationship: 2, total: 3, openRelationship: 1 });
  });

  it('lists live points newest first, for one item or all', () => {
    const log = points([
      ['content', 'open', 'a1'],
      ['content', 'open', 'a2'],
      ['content', 'open', 'a1'],
    ]);
    expect(visibleConflicts(log, 'a1').map((p) => p.id)).toEqual(['p2', 'p0']);
    expect(visibleConflicts(log).map((p) => p.id)).toEqual(['p2', 'p1', 'p0']);
  });
});

describe('the nudge', () => {
  const counts = (content: number, relationship: number, openRelationship = 0) => ({
    content,
    relationship,
    total: content + relationship,
    openRelationship,
  });

  it('appears at three open relationship points in the meeting, not at two', () => {
    expect(nudge(counts(10, 2, 2))).toBeNull();
    expect(nudge(counts(10, 3, 3))).toEqual({ reason: 'open-relationship', count: 3 });
  });

  it('appears when more than 40 % of at least three points in the item are relationship points', () => {
    expect(nudge(counts(9, 2), counts(3, 2))).toBeNull(); // exactly 40 %
    expect(nudge(counts(9, 2), counts(1, 2))).toEqual({ reason: 'item-share', percent: 67 });
    expect(nudge(counts(9, 2), counts(0, 2))).toBeNull(); // only two points
    expect(nudge(counts(9, 2), counts(5, 4))).toEqual({ reason: 'item-share', percent: 44 });
  });
});
