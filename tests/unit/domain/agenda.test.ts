import { describe, expect, it } from 'vitest';
import {
  checkAgendaItem,
  clockTime,
  moveAgendaItem,
  newAgendaItem,
  parseTimebox,
  planSchedule,
  type AgendaItemDraft,
} from '../../../renderer/domain/agenda';
import type { AgendaItem } from '../../../renderer/domain/types';

const draft: AgendaItemDraft = {
  title: ' Check-in ',
  description: '',
  kind: 'information',
  timeboxMinutes: '10',
  presenterIds: [],
};

function item(
  id: string,
  position: number,
  timeboxMinutes: number,
  extra: Partial<AgendaItem> = {},
): AgendaItem {
  const checked = checkAgendaItem({ ...draft, title: id, timeboxMinutes });
  if (!checked.ok) throw new Error('fixture must be valid');
  return { ...newAgendaItem('m', checked.value, position, { now: 't', newId: () => id }), ...extra };
}

describe('checking an agenda item', () => {
  it('accepts whole minutes from 1 to 600', () => {
    expect([1, 600, '45', ' 30 '].map(parseTimebox)).toEqual([1, 600, 45, 30]);
  });

  it.each([0, 601, -5, 2.5, '', 'ten', '1e2', '10 min'])('refuses the timebox %j', (value) => {
    expect(parseTimebox(value)).toBeNull();
    expect(checkAgendaItem({ ...draft, timeboxMinutes: value })).toEqual({
      ok: false,
      errors: [{ field: 'timebox', code: 'timebox-invalid' }],
    });
  });

  it('refuses an empty title and cleans a good one', () => {
    expect(checkAgendaItem({ ...draft, title: '  ' })).toMatchObject({
      ok: false,
      errors: [{ code: 'title-empty' }],
    });
    expect(checkAgendaItem(draft)).toMatchObject({
      ok: true,
      value: { title: 'Check-in', timeboxMinutes: 10 },
    });
  });
});

describe('the planned schedule', () => {
  const agenda = [
    item('b', 2, 45),
    item('a', 1, 15),
    item('c', 3, 70),
    item('gone', 4, 30, { deletedAt: 'x' }),
  ];

  it('gives each item its planned start from the meeting start and the timeboxes before it', () => {
    const schedule = planSchedule({ startTime: '09:30', durationMinutes: 120 }, agenda);
    expect(
      schedule.items.map((line) => [line.item.id, clockTime(line.plannedStart), line.runningTotal]),
    ).toEqual([
      ['a', '09:30', 15],
      ['b', '09:45', 60],
      ['c', '10:30', 130],
    ]);
  });

  it('shows where an agenda runs past the planned duration, and by how much', () => {
    const schedule = planSchedule({ startTime: '09:30', durationMinutes: 120 }, agenda);
    expect(schedule.items.map((line) => line.overruns)).toEqual([false, false, true]);
    expect(schedule).toMatchObject({ totalMinutes: 130, plannedMinutes: 120, overrunMinutes: 10 });
  });

  it('has no overrun when the agenda fits exactly', () => {
    expect(planSchedule({ startTime: '09:00', durationMinutes: 130 }, agenda).overrunMinutes).toBe(0);
  });

  it('wraps clock times past midnight', () => {
    expect(clockTime(23 * 60 + 50 + 20)).toBe('00:10');
  });
});

describe('reordering', () => {
  const agenda = [item('a', 1, 10), item('b', 2, 10), item('c', 3, 10)];

  it('moves an item and renumbers only what changed', () => {
    expect(moveAgendaItem(agenda, 'c', 0).map((moved) => [moved.id, moved.position])).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', 3],
    ]);
    expect(moveAgendaItem(agenda, 'a', 1).map((moved) => [moved.id, moved.position])).toEqual([
      ['b', 1],
      ['a', 2],
    ]);
  });

  it('clamps moves past either end and ignores unknown items', () => {
    expect(moveAgendaItem(agenda, 'a', -3)).toEqual([]);
    expect(moveAgendaItem(agenda, 'a', 99).map((moved) => moved.id)).toEqual(['b', 'c', 'a']);
    expect(moveAgendaItem(agenda, 'nope', 0)).toEqual([]);
  });
});
