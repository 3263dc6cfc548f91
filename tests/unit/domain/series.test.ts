import { describe, expect, it } from 'vitest';
import { addDays } from '../../../renderer/domain/calendar';
import {
  carryAttendance,
  carryOver,
  nextMeetingOf,
  seriesPlaces,
  type CarryRecords,
} from '../../../renderer/domain/series';
import type {
  ActionItem,
  ConflictPoint,
  KnowledgeItem,
  Meeting,
  ParkingLotPoint,
} from '../../../renderer/domain/types';

const meta = { createdAt: 'then', updatedAt: 'then' };
let ids = 0;
const ctx = { now: 'now', newId: () => `new-${++ids}` };

const previous: Meeting = {
  ...meta,
  id: 'm1',
  title: 'Monthly alignment',
  goal: 'Agree Q1 focus',
  date: '2026-12-28',
  startTime: '10:00',
  durationMinutes: 90,
  location: 'Room 4',
  language: 'de',
  status: 'ended',
  groundRules: ['Argue about content'],
  definitionIds: ['def-1'],
};

const action = (id: string, status: ActionItem['status'], extra: Partial<ActionItem> = {}): ActionItem => ({
  ...meta,
  id,
  meetingId: 'm1',
  what: id,
  status,
  agendaItemId: 'agenda-1',
  ...extra,
});
const conflict = (id: string, status: ConflictPoint['status']): ConflictPoint => ({
  ...meta,
  id,
  meetingId: 'm1',
  statement: id,
  level: 'content',
  positionMarketing: '',
  positionSales: '',
  status,
  resolution: '',
  private: false,
  reframedFromId: 'rel-1',
});
const parking = (id: string, status: ParkingLotPoint['status']): ParkingLotPoint => ({
  ...meta,
  id,
  meetingId: 'm1',
  text: id,
  status,
});
const knowledge = (
  id: string,
  kind: KnowledgeItem['kind'],
  status: KnowledgeItem['status'],
): KnowledgeItem => ({
  ...meta,
  id,
  meetingId: 'm1',
  kind,
  text: id,
  topic: '',
  answer: '',
  status,
});

const source: CarryRecords = {
  actionItems: [
    action('a-open', 'open'),
    action('a-done', 'done'),
    action('a-dropped', 'dropped'),
    action('a-deleted', 'open', { deletedAt: 'x' }),
  ],
  conflictPoints: [
    conflict('c-open', 'open'),
    conflict('c-parked', 'parked'),
    conflict('c-resolved', 'resolved'),
    conflict('c-reframed', 'reframed'),
    conflict('c-escalated', 'escalated'),
  ],
  parkingLot: [parking('p-open', 'open'), parking('p-closed', 'closed'), parking('p-carried', 'carried')],
  knowledgeItems: [
    knowledge('q-open', 'question', 'open'),
    knowledge('q-answered', 'question', 'answered'),
    knowledge('fact', 'fact', 'open'),
  ],
};
const empty: CarryRecords = { actionItems: [], conflictPoints: [], parkingLot: [], knowledgeItems: [] };

describe('the next meeting of a series', () => {
  it('keeps the plan a week later, in the same series, linked to the previous meeting', () => {
    const next = nextMeetingOf(previous, ctx);
    expect(next).toMatchObject({
      title: 'Monthly alignment',
      goal: '',
      date: '2027-01-04',
      startTime: '10:00',
      durationMinutes: 90,
      location: 'Room 4',
      language: 'de',
      status: 'planned',
      seriesId: 'm1',
      previousMeetingId: 'm1',
      groundRules: ['Argue about content'],
      definitionIds: ['def-1'],
    });
  });

  it('keeps the series of a meeting that already belongs to one', () => {
    expect(nextMeetingOf({ ...previous, seriesId: 's-9' }, ctx).seriesId).toBe('s-9');
  });

  it('invites the same people in the same roles, all expected present', () => {
    const attendance = [
      { ...meta, id: 'at1', meetingId: 'm1', personId: 'p1', role: 'facilitator' as const, present: false },
      {
        ...meta,
        id: 'at2',
        meetingId: 'm1',
        personId: 'p2',
        role: 'participant' as const,
        present: true,
        deletedAt: 'x',
      },
    ];
    expect(carryAttendance(attendance, 'm2', ctx)).toEqual([
      expect.objectContaining({ meetingId: 'm2', personId: 'p1', role: 'facilitator', present: true }),
    ]);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2028-02-27', 2)).toBe('2028-02-29');
  });
});

describe('carry-over', () => {
  it('carries exactly the open actions, open and parked points, open parking-lot points and unanswered questions', () => {
    const carried = carryOver(source, empty, 'm2', ctx);
    expect(carried.actionItems.map((record) => record.carriedFromId)).toEqual(['a-open']);
    expect(carried.conflictPoints.map((record) => record.carriedFromId)).toEqual(['c-open', 'c-parked']);
    expect(carried.parkingLot.map((record) => record.carriedFromId)).toEqual(['p-open']);
    expect(carried.knowledgeItems.map((record) => record.carriedFromId)).toEqual(['q-open']);
  });

  it('marks copies as carried, in the next meeting, without links into the old agenda', () => {
    const [copy] = carryOver(source, empty, 'm2', ctx).actionItems;
    expect(copy).toMatchObject({
      meetingId: 'm2',
      carriedFromId: 'a-open',
      createdAt: 'now',
      what: 'a-open',
    });
    expect(copy?.id).not.toBe('a-open');
    expect(copy && 'agendaItemId' in copy).toBe(false);
    const [point] = carryOver(source, empty, 'm2', ctx).conflictPoints;
    expect(point && 'reframedFromId' in point).toBe(false);
  });

  it('copies nothing twice: whatever the next meeting already holds is skipped', () => {
    const first = carryOver(source, empty, 'm2', ctx);
    const second = carryOver(source, first, 'm2', ctx);
    expect(second).toEqual(empty);
  });
});

describe('the place of a meeting in its series', () => {
  it('is the date order among the live meetings of the series; others have none', () => {
    const second = nextMeetingOf({ ...previous, seriesId: 'm1' }, ctx);
    const third = nextMeetingOf(second, ctx, '2027-01-20');
    const deleted = { ...nextMeetingOf(second, ctx, '2027-01-10'), deletedAt: 'now' };
    const alone: Meeting = { ...previous, id: 'alone' };
    const places = seriesPlaces([third, alone, deleted, { ...previous, seriesId: 'm1' }, second]);
    expect(places.get('m1')).toBe(1);
    expect(places.get(second.id)).toBe(2);
    expect(places.get(third.id)).toBe(3);
    expect(places.has(deleted.id)).toBe(false);
    expect(places.has('alone')).toBe(false);
  });

  it('takes the date the facilitator chose for the next meeting', () => {
    expect(nextMeetingOf(previous, ctx, '2027-01-11').date).toBe('2027-01-11');
  });
});
