import { describe, expect, it } from 'vitest';
import {
  projectedConflicts,
  projectionFor,
  timeboxProgress,
  timerBand,
  toggleBlank,
  upcomingItems,
} from '../../../renderer/domain/projection';
import type { AgendaItem, ConflictPoint } from '../../../renderer/domain/types';

const T = '2026-11-27T09:00:00.000Z';
const MINUTE = 60_000;

const point = (id: string, overrides: Partial<ConflictPoint> = {}): ConflictPoint => ({
  id,
  createdAt: `2026-11-27T09:0${id.length}:00.000Z`,
  updatedAt: T,
  meetingId: 'm1',
  agendaItemId: 'a1',
  statement: `Statement ${id}`,
  level: 'content',
  raisedByDepartmentId: 'sales',
  raisedByPersonId: 'ana',
  positionMarketing: 'Marketing position',
  positionSales: 'Sales position',
  status: 'open',
  resolution: '',
  private: false,
  ...overrides,
});

describe('projectedConflicts', () => {
  it('shows a relationship point without any department or person', () => {
    const [projected] = projectedConflicts(
      [point('r', { level: 'relationship', raisedByDepartmentId: 'marketing' })],
      'a1',
    );
    expect(projected).toEqual({ id: 'r', statement: 'Statement r', level: 'relationship' });
  });

  it('keeps the department of a content point but never the person or the positions', () => {
    const [projected] = projectedConflicts([point('c')], 'a1');
    expect(projected).toEqual({ id: 'c', statement: 'Statement c', level: 'content', departmentId: 'sales' });
  });

  it('never projects a private point, of either level', () => {
    const points = [
      point('p1', { private: true }),
      point('p22', { private: true, level: 'relationship' }),
      point('ok'),
    ];
    expect(projectedConflicts(points, 'a1').map((projected) => projected.id)).toEqual(['ok']);
  });

  it('shows only live points of the item, newest first, leaving out reframed ones, up to the limit', () => {
    const points = [
      point('a'),
      point('bb'),
      point('ccc', { agendaItemId: 'a2' }),
      point('dddd', { deletedAt: T }),
      point('eeeee', { level: 'relationship', status: 'reframed' }),
      point('ffffff'),
    ];
    expect(projectedConflicts(points, 'a1', 2).map((projected) => projected.id)).toEqual(['ffffff', 'bb']);
    expect(projectedConflicts(points, undefined)).toEqual([]);
  });
});

describe('timerBand', () => {
  it.each([
    [30 * MINUTE, 'ample'],
    [5 * MINUTE + 1000, 'ample'],
    [5 * MINUTE, 'closing'],
    [MINUTE, 'closing'],
    [MINUTE - 1000, 'critical'],
    [0, 'critical'],
    [-3 * MINUTE, 'critical'],
  ] as const)('%d ms left is %s', (remaining, band) => {
    expect(timerBand(remaining)).toBe(band);
  });
});

const item = (id: string, position: number, status: AgendaItem['status']): AgendaItem => ({
  id,
  createdAt: T,
  updatedAt: T,
  meetingId: 'm1',
  position,
  title: id,
  description: '',
  kind: 'discussion',
  presenterIds: [],
  timeboxMinutes: 10,
  status,
  spans: status === 'active' ? [{ start: T }] : [],
  extensions: [],
  notes: '',
});

describe('the rest of the projection', () => {
  it('measures timebox progress from the spans, capped at the whole box', () => {
    const active = item('a', 1, 'active');
    expect(timeboxProgress(active, '2026-11-27T09:05:00.000Z')).toBe(0.5);
    expect(timeboxProgress(active, '2026-11-27T09:25:00.000Z')).toBe(1);
  });

  it('lists the pending items after the active one', () => {
    const agenda = [
      item('d', 4, 'pending'),
      item('a', 1, 'done'),
      item('b', 2, 'active'),
      item('c', 3, 'skipped'),
    ];
    expect(upcomingItems(agenda, 'b').map((next) => next.id)).toEqual(['d']);
  });

  it('falls back to the current item for another meeting and keeps the theme', () => {
    expect(projectionFor({ meetingId: 'm0', mode: 'blank', theme: 'light' }, 'm1')).toEqual({
      meetingId: 'm1',
      mode: 'current',
      theme: 'light',
    });
    expect(projectionFor(undefined, 'm1').mode).toBe('current');
  });

  it('toggles the blank screen on and back to the current item', () => {
    const rules = { meetingId: 'm1', mode: 'rules', theme: 'dark' } as const;
    expect(toggleBlank(rules).mode).toBe('blank');
    expect(toggleBlank(toggleBlank(rules)).mode).toBe('current');
  });
});
