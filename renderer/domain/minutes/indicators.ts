/**
 * The collaboration check: indicators computed from one meeting, each tied to one of the six
 * success factors of docs/product.md. Each returns plain counts (`part` of `whole`, or a pair) so tests
 * can check exact numbers; the minutes' appendix (`minutes.definition.*`) and docs/minutes.md define
 * every indicator in words. Pure functions.
 */
import { MARKETING, SALES } from '../departments';
import { itemElapsedMs } from '../run-clock';
import { speakingBalance, talkTimeByDepartment } from '../speakers';
import type { Decision, DepartmentId, Id, Timestamp } from '../types';
import { live } from './context';
import type { MeetingSnapshot } from './snapshot';

/** Every indicator, in the order of the collaboration check (and of the minutes' appendix). */
export const INDICATOR_KEYS = [
  'sales-presenter',
  'sales-owner',
  'sales-talk',
  'both-signed',
  'definitions',
  'facts-both-sides',
  'content-share',
  'relationship-handled',
  'decision-owner-due',
  'action-owner-due',
  'talk-channel',
  'on-time',
  'questions-answered',
  'questions-to-actions',
] as const;

export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

export type SuccessFactor = 1 | 2 | 3 | 4 | 5 | 6;

/** A share (`part` of `whole`), a pair of counts, or a single count. */
export type IndicatorValue =
  | { kind: 'ratio'; part: number; whole: number }
  | { kind: 'pair'; first: number; second: number }
  | { kind: 'count'; count: number };

export interface Indicator {
  factor: SuccessFactor;
  key: IndicatorKey;
  value: IndicatorValue;
}

const ratio = (part: number, whole: number): IndicatorValue => ({ kind: 'ratio', part, whole });
const countWhere = <T>(list: readonly T[], test: (entry: T) => boolean) => list.filter(test).length;

/** Decisions that count: those of the meeting that were not revoked. */
function countedDecisions(snapshot: MeetingSnapshot): Decision[] {
  return live(snapshot.decisions).filter((decision) => decision.status !== 'revoked');
}

function departmentLookup(snapshot: MeetingSnapshot): (id: Id | undefined) => DepartmentId | undefined {
  const departments = new Map<Id, DepartmentId>(snapshot.people.map((p) => [p.id, p.departmentId]));
  for (const { person } of snapshot.participants) if (person) departments.set(person.id, person.departmentId);
  return (id) => (id === undefined ? undefined : departments.get(id));
}

function factorOne(snapshot: MeetingSnapshot, now: Timestamp): Indicator[] {
  const departmentOf = departmentLookup(snapshot);
  const strategic = live(snapshot.agendaItems).filter((item) => item.kind !== 'information');
  const decisions = countedDecisions(snapshot);
  const owners = decisions
    .map((decision) => departmentOf(decision.accountablePersonId))
    .filter((department) => department === MARKETING || department === SALES);
  const balance = speakingBalance(talkTimeByDepartment(live(snapshot.speakerTurns), departmentOf, now));
  const talkMinutes = (ms: number) => Math.round(ms / 60_000);
  const signed = (stance: Decision['stanceSales']) =>
    stance === 'agree' || stance === 'agree-with-reservations';
  return [
    {
      factor: 1,
      key: 'sales-presenter',
      value: ratio(
        countWhere(strategic, (item) => item.presenterIds.some((id) => departmentOf(id) === SALES)),
        strategic.length,
      ),
    },
    {
      factor: 1,
      key: 'sales-owner',
      value: ratio(
        countWhere(owners, (d) => d === SALES),
        owners.length,
      ),
    },
    {
      factor: 1,
      key: 'sales-talk',
      value: ratio(talkMinutes(balance.salesMs), talkMinutes(balance.marketingMs + balance.salesMs)),
    },
    {
      factor: 1,
      key: 'both-signed',
      value: ratio(
        countWhere(decisions, (d) => signed(d.stanceMarketing) && signed(d.stanceSales)),
        decisions.length,
      ),
    },
  ];
}

function factorTwo(snapshot: MeetingSnapshot): Indicator[] {
  const facts = live(snapshot.knowledgeItems).filter((item) => item.kind === 'fact');
  return [
    { factor: 2, key: 'definitions', value: { kind: 'count', count: snapshot.definitions.length } },
    {
      factor: 2,
      key: 'facts-both-sides',
      value: {
        kind: 'pair',
        first: countWhere(facts, (fact) => fact.broughtByDepartmentId === MARKETING),
        second: countWhere(facts, (fact) => fact.broughtByDepartmentId === SALES),
      },
    },
  ];
}

function factorThree(snapshot: MeetingSnapshot): Indicator[] {
  const points = live(snapshot.conflictPoints);
  const relationship = points.filter((point) => point.level === 'relationship');
  return [
    {
      factor: 3,
      key: 'content-share',
      value: ratio(
        countWhere(points, (point) => point.level === 'content'),
        points.length,
      ),
    },
    {
      factor: 3,
      key: 'relationship-handled',
      value: ratio(
        countWhere(relationship, (point) => point.status === 'reframed' || point.status === 'resolved'),
        relationship.length,
      ),
    },
  ];
}

function factorFour(snapshot: MeetingSnapshot): Indicator[] {
  const decisions = countedDecisions(snapshot);
  const actions = live(snapshot.actionItems).filter((action) => action.status !== 'dropped');
  return [
    {
      factor: 4,
      key: 'decision-owner-due',
      value: ratio(
        countWhere(decisions, (d) => d.accountablePersonId !== undefined && d.dueDate !== undefined),
        decisions.length,
      ),
    },
    {
      factor: 4,
      key: 'action-owner-due',
      value: ratio(
        countWhere(actions, (a) => a.ownerPersonId !== undefined && a.dueDate !== undefined),
        actions.length,
      ),
    },
  ];
}

function factorFive(snapshot: MeetingSnapshot, now: Timestamp): Indicator[] {
  const withChannel = live(snapshot.actionItems).filter((action) => action.channel !== undefined);
  const done = live(snapshot.agendaItems).filter((item) => item.status === 'done');
  return [
    {
      factor: 5,
      key: 'talk-channel',
      value: ratio(
        countWhere(withChannel, (a) => a.channel === 'in-person' || a.channel === 'call'),
        withChannel.length,
      ),
    },
    {
      factor: 5,
      key: 'on-time',
      value: ratio(
        countWhere(done, (item) => itemElapsedMs(item, now) <= item.timeboxMinutes * 60_000),
        done.length,
      ),
    },
  ];
}

function factorSix(snapshot: MeetingSnapshot): Indicator[] {
  const questions = live(snapshot.knowledgeItems).filter((item) => item.kind === 'question');
  const unanswered = questions.filter((question) => question.status !== 'answered');
  return [
    {
      factor: 6,
      key: 'questions-answered',
      value: ratio(
        countWhere(questions, (q) => q.status === 'answered'),
        questions.length,
      ),
    },
    {
      factor: 6,
      key: 'questions-to-actions',
      value: ratio(
        countWhere(unanswered, (q) => q.actionItemId !== undefined),
        unanswered.length,
      ),
    },
  ];
}

/** Every indicator of the collaboration check, in the order of the six success factors. */
export function collaborationIndicators(snapshot: MeetingSnapshot, now: Timestamp): Indicator[] {
  return [
    ...factorOne(snapshot, now),
    ...factorTwo(snapshot),
    ...factorThree(snapshot),
    ...factorFour(snapshot),
    ...factorFive(snapshot, now),
    ...factorSix(snapshot),
  ];
}
