import { describe, expect, it } from 'vitest';
import { DEFAULT_DEPARTMENTS } from '../../../renderer/domain/departments';
import { axisMaximum, hasValues, trendChart } from '../../../renderer/domain/trends/charts';
import { computeTrends } from '../../../renderer/domain/trends/compute';
import { shareOf } from '../../../renderer/domain/trends/model';
import type { TrendRecords } from '../../../renderer/domain/trends/records';
import { seriesChoices } from '../../../renderer/domain/trends/series';
import type {
  ActionItem,
  CascadeResponse,
  ConflictPoint,
  Decision,
  LedgerReview,
  Meeting,
  Person,
  RoundEntry,
  SpeakerTurn,
} from '../../../renderer/domain/types';

const T = '2026-03-01T10:00:00.000Z';
const meta = (id: string) => ({ id, createdAt: T, updatedAt: T });
const NOW = '2026-06-01T10:00:00.000Z';
const TODAY = '2026-06-01';

const meeting = (id: string, date: string, status: Meeting['status'] = 'ended'): Meeting => ({
  ...meta(id),
  title: `Joint session ${id}`,
  goal: '',
  date,
  startTime: '09:00',
  durationMinutes: 60,
  location: '',
  language: 'en',
  status,
  seriesId: 's-1',
  groundRules: [],
  definitionIds: [],
});

const person = (id: string, departmentId: string): Person => ({
  ...meta(id),
  name: id,
  departmentId,
  orgUnit: '',
  archived: false,
});

const point = (id: string, meetingId: string, level: ConflictPoint['level']): ConflictPoint =>
  ({ ...meta(id), meetingId, level, status: 'open', statement: id }) as ConflictPoint;

const decision = (id: string, meetingId: string, extra: Partial<Decision> = {}): Decision =>
  ({
    ...meta(id),
    meetingId,
    number: 1,
    statement: id,
    status: 'decided',
    responsible: [],
    consulted: [],
    informed: [],
    scope: [],
    settlesConflictIds: [],
    revisitIf: [],
    ...extra,
  }) as Decision;

const action = (id: string, meetingId: string, extra: Partial<ActionItem>): ActionItem => ({
  ...meta(id),
  meetingId,
  what: id,
  status: 'open',
  ...extra,
});

const turn = (id: string, meetingId: string, personId: string, minutes: number): SpeakerTurn => ({
  ...meta(id),
  meetingId,
  personId,
  raisedAt: '2026-03-02T09:00:00.000Z',
  start: '2026-03-02T09:00:00.000Z',
  end: new Date(Date.parse('2026-03-02T09:00:00.000Z') + minutes * 60_000).toISOString(),
});

const side = (verdict?: 'kept' | 'partly' | 'broken') => ({ note: '', ...(verdict ? { verdict } : {}) });
const review = (
  id: string,
  meetingId: string,
  m?: 'kept' | 'partly' | 'broken',
  s?: 'kept' | 'partly' | 'broken',
) => ({ ...meta(id), entryId: `e-${id}`, meetingId, marketing: side(m), sales: side(s) }) as LedgerReview;

const response = (id: string, decisionId: string, extra: Partial<CascadeResponse>): CascadeResponse => ({
  ...meta(id),
  decisionId,
  unit: id,
  explanation: '',
  ...extra,
});

const entry = (id: string, meetingId: string, extra: Partial<RoundEntry>): RoundEntry => ({
  ...meta(id),
  meetingId,
  personId: 'p-m',
  departmentId: 'marketing',
  kind: 'check-in',
  ...extra,
});

function records(overrides: Partial<TrendRecords> = {}): TrendRecords {
  return {
    meetings: [meeting('m-2', '2026-03-09'), meeting('m-1', '2026-03-02')],
    people: [person('p-m', 'marketing'), person('p-s', 'sales'), person('p-x', 'product')],
    departments: [...DEFAULT_DEPARTMENTS],
    conflictPoints: [],
    decisions: [],
    actionItems: [],
    speakerTurns: [],
    roundEntries: [],
    ledgerReviews: [],
    cascadeResponses: [],
    ...overrides,
  };
}

describe('computeTrends', () => {
  it('has one point per held meeting, oldest first, leaving out planned and deleted meetings', () => {
    const trends = computeTrends(
      records({
        meetings: [
          meeting('m-2', '2026-03-09'),
          meeting('m-1', '2026-03-02'),
          meeting('m-3', '2026-03-16', 'planned'),
          { ...meeting('m-0', '2026-02-23'), deletedAt: T },
          meeting('m-r', '2026-03-10', 'running'),
        ],
      }),
      NOW,
      TODAY,
    );
    expect(trends.points.map((p) => p.meetingId)).toEqual(['m-1', 'm-2', 'm-r']);
  });

  it('takes the content share from the minutes’ collaboration check, and the relationship share as the rest', () => {
    const trends = computeTrends(
      records({
        conflictPoints: [
          point('c1', 'm-1', 'content'),
          point('c2', 'm-1', 'content'),
          point('c3', 'm-1', 'relationship'),
          { ...point('c4', 'm-1', 'relationship'), deletedAt: T },
          point('c5', 'm-2', 'relationship'),
        ],
      }),
      NOW,
      TODAY,
    );
    const [first, second] = trends.points;
    expect(first?.contentShare).toEqual({ part: 2, whole: 3 });
    expect(first?.relationshipShare).toEqual({ part: 1, whole: 3 });
    expect(second?.contentShare).toEqual({ part: 0, whole: 1 });
  });

  it('sums talk time per side from the speaker turns', () => {
    const trends = computeTrends(
      records({
        speakerTurns: [
          turn('t1', 'm-1', 'p-m', 10),
          turn('t2', 'm-1', 'p-s', 5),
          turn('t3', 'm-1', 'p-s', 3),
          turn('t4', 'm-1', 'p-x', 7),
        ],
      }),
      NOW,
      TODAY,
    );
    expect(trends.points[0]).toMatchObject({ talkMarketingMs: 600_000, talkSalesMs: 480_000 });
    expect(trends.points[1]).toMatchObject({ talkMarketingMs: 0, talkSalesMs: 0 });
  });

  it('counts decisions both sides signed, leaving out revoked ones', () => {
    const trends = computeTrends(
      records({
        decisions: [
          decision('d1', 'm-1', { stanceMarketing: 'agree', stanceSales: 'agree-with-reservations' }),
          decision('d2', 'm-1', { stanceMarketing: 'agree', stanceSales: 'object' }),
          decision('d3', 'm-1', { stanceMarketing: 'agree' }),
          decision('d4', 'm-1', { status: 'revoked', stanceMarketing: 'agree', stanceSales: 'agree' }),
        ],
      }),
      NOW,
      TODAY,
    );
    expect(trends.points[0]?.bothSigned).toEqual({ part: 1, whole: 3 });
  });

  it('counts actions done on time per side once done or overdue, leaving out carried, dropped and undated ones', () => {
    const done = (id: string, owner: string, due: string, at: string) =>
      action(id, 'm-1', { ownerPersonId: owner, dueDate: due, status: 'done', updatedAt: at });
    const trends = computeTrends(
      records({
        actionItems: [
          done('a1', 'p-m', '2026-03-20', '2026-03-19T12:00:00.000Z'),
          done('a2', 'p-m', '2026-03-20', '2026-03-25T12:00:00.000Z'),
          action('a3', 'm-1', { ownerPersonId: 'p-m', dueDate: '2026-04-01' }),
          action('a4', 'm-1', { ownerPersonId: 'p-m', dueDate: '2026-07-01' }),
          action('a5', 'm-1', { ownerPersonId: 'p-m', dueDate: '2026-04-01', status: 'dropped' }),
          action('a6', 'm-1', { ownerPersonId: 'p-m' }),
          done('a7', 'p-s', '2026-03-20', '2026-03-20T12:00:00.000Z'),
          action('a8', 'm-1', { ownerPersonId: 'p-s', dueDate: '2026-03-20' }),
          action('a8-copy', 'm-2', { ownerPersonId: 'p-s', dueDate: '2026-03-20', carriedFromId: 'a8' }),
          done('a9', 'p-x', '2026-03-20', '2026-03-19T12:00:00.000Z'),
        ],
      }),
      NOW,
      TODAY,
    );
    expect(trends.points[0]?.actionsOnTimeMarketing).toEqual({ part: 1, whole: 3 });
    expect(trends.points[0]?.actionsOnTimeSales).toEqual({ part: 1, whole: 1 });
    expect(trends.points[1]?.actionsOnTimeSales).toEqual({ part: 0, whole: 1 });
  });

  it('weighs ledger verdicts kept 1, partly ½, broken 0, per side reviewed', () => {
    const trends = computeTrends(
      records({
        ledgerReviews: [
          review('r1', 'm-2', 'kept', 'partly'),
          review('r2', 'm-2', 'broken'),
          review('r3', 'm-1'),
        ],
      }),
      NOW,
      TODAY,
    );
    expect(trends.points[1]?.ledgerKept).toEqual({ part: 1.5, whole: 3 });
    expect(shareOf({ part: 1.5, whole: 3 })).toBe(0.5);
    expect(trends.points[0]?.ledgerKept).toEqual({ part: 0, whole: 0 });
    expect(shareOf({ part: 0, whole: 0 })).toBeUndefined();
  });

  it('counts cascade responses on time at the meeting of their decision, answered or overdue', () => {
    const trends = computeTrends(
      records({
        decisions: [decision('d1', 'm-1')],
        cascadeResponses: [
          response('Iberia', 'd1', {
            dueDate: '2026-04-01',
            response: 'adopt',
            respondedAt: '2026-03-30T12:00:00.000Z',
          }),
          response('Nordics', 'd1', {
            dueDate: '2026-04-01',
            response: 'object',
            respondedAt: '2026-04-03T12:00:00.000Z',
          }),
          response('DACH', 'd1', { dueDate: '2026-04-01' }),
          response('France', 'd1', { dueDate: '2026-07-01' }),
          response('Italy', 'd1', { response: 'adapt', respondedAt: '2026-05-01T12:00:00.000Z' }),
        ],
      }),
      NOW,
      TODAY,
    );
    expect(trends.points[0]?.cascadeOnTime).toEqual({ part: 2, whole: 4 });
  });

  it('averages check-in moods and check-out ratings where they were given', () => {
    const trends = computeTrends(
      records({
        roundEntries: [
          entry('i1', 'm-1', { mood: 4 }),
          entry('i2', 'm-1', { mood: 3, personId: 'p-s' }),
          entry('i3', 'm-1', { word: 'ok' }),
          entry('o1', 'm-1', { kind: 'check-out', worthTime: 5, heard: 4 }),
          entry('o2', 'm-1', { kind: 'check-out', worthTime: 4, heard: 2, personId: 'p-s' }),
        ],
      }),
      NOW,
      TODAY,
    );
    expect(trends.points[0]?.ratings).toEqual({ checkInMood: 3.5, checkOutWorthTime: 4.5, checkOutHeard: 3 });
    expect(trends.points[1]?.ratings).toEqual({});
  });
});

describe('trend charts', () => {
  const trends = computeTrends(
    records({
      conflictPoints: [point('c1', 'm-1', 'content'), point('c2', 'm-1', 'relationship')],
      speakerTurns: [turn('t1', 'm-2', 'p-m', 12), turn('t2', 'm-2', 'p-s', 9)],
      roundEntries: [entry('i1', 'm-2', { mood: 4 })],
    }),
    NOW,
    TODAY,
  );

  it('gives each line one value per meeting, with gaps where nothing was counted', () => {
    const chart = trendChart('content-relationship', trends.points);
    expect(chart).toMatchObject({ unit: 'share', mark: 'bars' });
    expect(chart.series).toEqual([
      { key: 'content', values: [0.5, undefined] },
      { key: 'relationship', values: [0.5, undefined] },
    ]);
    expect(trendChart('talk-balance', trends.points).series).toEqual([
      { key: 'marketing', values: [0, 12] },
      { key: 'sales', values: [0, 9] },
    ]);
    expect(trendChart('ratings', trends.points)).toMatchObject({ unit: 'rating', mark: 'lines' });
  });

  it('tells a chart without values and sizes its axis per unit', () => {
    expect(hasValues(trendChart('ledger-kept', trends.points))).toBe(false);
    expect(hasValues(trendChart('ratings', trends.points))).toBe(true);
    expect(axisMaximum(trendChart('both-signed', trends.points))).toBe(1);
    expect(axisMaximum(trendChart('ratings', trends.points))).toBe(5);
    expect(axisMaximum(trendChart('talk-balance', trends.points))).toBe(12);
  });
});

describe('seriesChoices', () => {
  it('lists each series once with its latest title, most recent first', () => {
    const first = { ...meeting('a1', '2026-01-01'), seriesId: 'a1', title: 'Alpha' };
    const second = { ...meeting('a2', '2026-01-08'), seriesId: 'a1', title: 'Alpha renamed' };
    const other = { ...meeting('b1', '2026-02-01'), seriesId: 'b1', title: 'Beta' };
    const alone = { ...meeting('c1', '2026-03-01'), seriesId: undefined } as Meeting;
    expect(seriesChoices([first, second, other, alone])).toEqual([
      { seriesId: 'b1', title: 'Beta', meetings: 1 },
      { seriesId: 'a1', title: 'Alpha renamed', meetings: 2 },
    ]);
  });
});
