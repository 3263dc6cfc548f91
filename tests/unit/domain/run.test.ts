import { describe, expect, it } from 'vitest';
import {
  actualMinutes,
  formatDuration,
  isOverrun,
  itemElapsedMs,
  itemRemainingMs,
  meetingElapsedMs,
  plannedPositionMs,
  scheduleStanding,
} from '../../../renderer/domain/run-clock';
import { applyRun, refusalOf, type RunCommand } from '../../../renderer/domain/run';
import type { AgendaItem, Meeting } from '../../../renderer/domain/types';

const T0 = Date.parse('2026-11-27T09:00:00.000Z');
/** The instant `minutes` after 09:00 (fractions allowed). */
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

const meeting: Meeting = {
  id: 'm',
  createdAt: at(-60),
  updatedAt: at(-60),
  title: 'Q1 joint strategy',
  goal: '',
  date: '2026-11-27',
  startTime: '09:00',
  durationMinutes: 60,
  location: '',
  language: 'en',
  status: 'planned',
  groundRules: [],
  definitionIds: [],
};

function item(id: string, position: number, timeboxMinutes: number): AgendaItem {
  return {
    id,
    createdAt: at(-60),
    updatedAt: at(-60),
    meetingId: 'm',
    position,
    title: `Item ${id}`,
    description: '',
    kind: 'discussion',
    presenterIds: [],
    timeboxMinutes,
    status: 'pending',
    spans: [],
    extensions: [],
    notes: '',
  };
}

const agenda = [item('a', 1, 10), item('b', 2, 20), item('c', 3, 30)];

/** The state after applying `steps` in order, each at its minute; fails on a refusal. */
function run(steps: [RunCommand, number][], start = { meeting, items: agenda }) {
  let ids = 0;
  let state = { meeting: start.meeting, items: [...start.items] };
  const parked = [];
  for (const [command, minute] of steps) {
    const outcome = applyRun(command, state.meeting, state.items, {
      now: at(minute),
      newId: () => `p${++ids}`,
    });
    if (!outcome.ok) throw new Error(`${command} refused: ${outcome.refusal}`);
    const changed = new Map(outcome.change.items.map((changedItem) => [changedItem.id, changedItem]));
    state = {
      meeting: outcome.change.meeting,
      items: state.items.map((each) => changed.get(each.id) ?? each),
    };
    parked.push(...outcome.change.parkingLot);
  }
  const byId = (id: string) => {
    const found = state.items.find((each) => each.id === id);
    if (!found) throw new Error(`no item ${id}`);
    return found;
  };
  return { ...state, parked, byId };
}

describe('starting a meeting', () => {
  it('runs it, makes the first pending item active and opens its span', () => {
    const { meeting: started, byId } = run([['start', 0]]);
    expect(started).toMatchObject({ status: 'running', startedAt: at(0), activeAgendaItemId: 'a' });
    expect(byId('a')).toMatchObject({ status: 'active', actualStart: at(0), spans: [{ start: at(0) }] });
    expect(byId('b').status).toBe('pending');
  });

  it('starts a meeting without an agenda with no active item', () => {
    const outcome = applyRun('start', meeting, [], { now: at(0), newId: () => 'x' });
    expect(outcome.ok && outcome.change.meeting.activeAgendaItemId).toBeUndefined();
    expect(outcome.ok && outcome.change.meeting.status).toBe('running');
  });
});

describe('pause and resume', () => {
  it('closes the active span on pause and opens a new one on resume', () => {
    const paused = run([
      ['start', 0],
      ['pause', 4],
    ]);
    expect(paused.meeting.pausedAt).toBe(at(4));
    expect(paused.byId('a').spans).toEqual([{ start: at(0), end: at(4) }]);
    const resumed = run([
      ['start', 0],
      ['pause', 4],
      ['resume', 9],
    ]);
    expect('pausedAt' in resumed.meeting).toBe(false);
    expect(resumed.byId('a').spans).toEqual([{ start: at(0), end: at(4) }, { start: at(9) }]);
    expect(itemElapsedMs(resumed.byId('a'), at(10))).toBe(5 * 60_000);
  });

  it('moving on while paused resumes with the next item', () => {
    const { meeting: after, byId } = run([
      ['start', 0],
      ['pause', 4],
      ['next', 9],
    ]);
    expect('pausedAt' in after).toBe(false);
    expect(byId('a')).toMatchObject({
      status: 'done',
      actualEnd: at(9),
      spans: [{ start: at(0), end: at(4) }],
    });
    expect(byId('b').spans).toEqual([{ start: at(9) }]);
  });
});

describe('moving through the agenda', () => {
  it('next closes the item as done and starts the next pending one', () => {
    const { meeting: after, byId } = run([
      ['start', 0],
      ['next', 12],
    ]);
    expect(byId('a')).toMatchObject({
      status: 'done',
      actualEnd: at(12),
      spans: [{ start: at(0), end: at(12) }],
    });
    expect(byId('b')).toMatchObject({ status: 'active', actualStart: at(12) });
    expect(after.activeAgendaItemId).toBe('b');
  });

  it('after the last item no item is active, and next is then refused', () => {
    const { meeting: after, items } = run([
      ['start', 0],
      ['next', 10],
      ['next', 30],
      ['next', 60],
    ]);
    expect(after.activeAgendaItemId).toBeUndefined();
    expect(after.status).toBe('running');
    expect(items.map((each) => each.status)).toEqual(['done', 'done', 'done']);
    expect(refusalOf('next', after, items)).toBe('no-next-item');
  });

  it('previous sends the current item back to pending, keeping its spans, and reopens the previous one', () => {
    const { meeting: after, byId } = run([
      ['start', 0],
      ['next', 10],
      ['previous', 15],
    ]);
    expect(byId('b')).toMatchObject({ status: 'pending', spans: [{ start: at(10), end: at(15) }] });
    expect(byId('a')).toMatchObject({
      status: 'active',
      spans: [{ start: at(0), end: at(10) }, { start: at(15) }],
    });
    expect('actualEnd' in byId('a')).toBe(false);
    expect(after.activeAgendaItemId).toBe('a');
    const again = run([
      ['start', 0],
      ['next', 10],
      ['previous', 15],
      ['next', 17],
    ]);
    expect(itemElapsedMs(again.byId('b'), at(20))).toBe(8 * 60_000);
  });

  it('previous after the last item reopens the last one', () => {
    const { byId } = run([
      ['start', 0],
      ['next', 10],
      ['next', 30],
      ['next', 60],
      ['previous', 61],
    ]);
    expect(byId('c').status).toBe('active');
  });

  it('skip marks the item skipped and moves on', () => {
    const { byId, meeting: after } = run([
      ['start', 0],
      ['skip', 1],
    ]);
    expect(byId('a')).toMatchObject({ status: 'skipped', actualEnd: at(1) });
    expect(after.activeAgendaItemId).toBe('b');
  });

  it('defer marks the item deferred and parks it for the next meeting', () => {
    const {
      byId,
      parked,
      meeting: after,
    } = run([
      ['start', 0],
      ['next', 10],
      ['defer', 12],
    ]);
    expect(byId('b').status).toBe('deferred');
    expect(parked).toEqual([
      {
        id: 'p1',
        createdAt: at(12),
        updatedAt: at(12),
        meetingId: 'm',
        text: 'Item b',
        agendaItemId: 'b',
        status: 'open',
      },
    ]);
    expect(after.activeAgendaItemId).toBe('c');
  });

  it('previous passes over deferred items', () => {
    const { byId } = run([
      ['start', 0],
      ['next', 10],
      ['defer', 12],
      ['previous', 13],
    ]);
    expect(byId('a').status).toBe('active');
    expect(byId('b').status).toBe('deferred');
    expect(byId('c').status).toBe('pending');
  });
});

describe('ending a meeting', () => {
  it('closes the spans, marks the active item done and records the end', () => {
    const { meeting: ended, byId } = run([
      ['start', 0],
      ['end', 7],
    ]);
    expect(ended).toMatchObject({ status: 'ended', endedAt: at(7) });
    expect('activeAgendaItemId' in ended).toBe(false);
    expect(byId('a')).toMatchObject({ status: 'done', spans: [{ start: at(0), end: at(7) }] });
    expect(byId('b').status).toBe('pending');
  });

  it('ends a paused meeting and clears the pause', () => {
    const { meeting: ended } = run([
      ['start', 0],
      ['pause', 3],
      ['end', 7],
    ]);
    expect('pausedAt' in ended).toBe(false);
  });
});

describe('refusals', () => {
  const ended = run([
    ['start', 0],
    ['end', 5],
  ]);
  const running = run([['start', 0]]);

  it.each<[RunCommand, string]>([
    ['next', 'not-running'],
    ['previous', 'not-running'],
    ['pause', 'not-running'],
    ['skip', 'not-running'],
    ['defer', 'not-running'],
    ['end', 'not-running'],
    ['start', 'not-planned'],
  ])('refuses %s on an ended meeting (%s) and changes nothing', (command, refusal) => {
    expect(applyRun(command, ended.meeting, ended.items, { now: at(9), newId: () => 'x' })).toEqual({
      ok: false,
      refusal,
    });
  });

  it('refuses what does not fit a running meeting', () => {
    expect(refusalOf('start', running.meeting, running.items)).toBe('not-planned');
    expect(refusalOf('resume', running.meeting, running.items)).toBe('not-paused');
    expect(refusalOf('previous', running.meeting, running.items)).toBe('no-previous-item');
    const paused = run([
      ['start', 0],
      ['pause', 1],
    ]);
    expect(refusalOf('pause', paused.meeting, paused.items)).toBe('already-paused');
    const done = run([
      ['start', 0],
      ['next', 1],
      ['next', 2],
      ['next', 3],
    ]);
    expect(refusalOf('skip', done.meeting, done.items)).toBe('no-active-item');
    expect(refusalOf('defer', done.meeting, done.items)).toBe('no-active-item');
  });

  it('refuses everything but start on a planned meeting', () => {
    expect(refusalOf('next', meeting, agenda)).toBe('not-running');
    expect(refusalOf('start', meeting, agenda)).toBeUndefined();
  });
});

describe('the timers', () => {
  it('count elapsed and remaining from the spans and show the overrun', () => {
    const { byId } = run([['start', 0]]);
    expect(itemElapsedMs(byId('a'), at(4.5))).toBe(270_000);
    expect(itemRemainingMs(byId('a'), at(4.5))).toBe(330_000);
    expect(isOverrun(byId('a'), at(10))).toBe(false);
    expect(isOverrun(byId('a'), at(10.02))).toBe(true);
    expect(itemRemainingMs(byId('a'), at(13))).toBe(-180_000);
  });

  it('sum every item span into the meeting time, leaving pauses out', () => {
    const { items } = run([
      ['start', 0],
      ['pause', 5],
      ['resume', 15],
      ['next', 20],
    ]);
    expect(meetingElapsedMs(items, at(26))).toBe(16 * 60_000);
    expect(items.map((each) => actualMinutes(each, at(26)))).toEqual([10, 6, 0]);
  });

  it('say how far behind or ahead of the plan the meeting is', () => {
    const onTime = run([['start', 0]]);
    expect(scheduleStanding(onTime.items, at(8))).toEqual({ kind: 'on-plan' });
    expect(scheduleStanding(onTime.items, at(14))).toEqual({ kind: 'behind', minutes: 4 });
    const quick = run([
      ['start', 0],
      ['next', 4],
    ]);
    expect(plannedPositionMs(quick.items, at(5))).toBe(11 * 60_000);
    expect(scheduleStanding(quick.items, at(5))).toEqual({ kind: 'ahead', minutes: 6 });
    const skipped = run([
      ['start', 0],
      ['next', 10],
      ['skip', 10],
    ]);
    expect(scheduleStanding(skipped.items, at(10))).toEqual({ kind: 'ahead', minutes: 20 });
  });

  it('format durations like a clock', () => {
    expect([0, 65_000, 720_000, 3_723_000, -185_000].map(formatDuration)).toEqual([
      '0:00',
      '1:05',
      '12:00',
      '1:02:03',
      '3:05',
    ]);
  });
});
