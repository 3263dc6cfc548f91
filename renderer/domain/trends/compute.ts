/**
 * The trend of the collaboration check over the meetings of a series or of the whole workspace:
 * one `TrendPoint` per meeting that was held (running or ended), oldest first. Pure: "now" and
 * "today" are passed in.
 *
 * Where the minutes' collaboration check already computes an indicator (content share, decisions
 * both sides signed), the point takes it from `collaborationIndicators` over a snapshot of that
 * meeting, so the chart and the minutes never disagree. Talk time is summed the way the speaker
 * queue sums it (`talkTimeByDepartment`). The rules the check has no indicator for:
 * - an action item is done on time when it is done and its last change falls on or before its due
 *   date; it counts once it is done or overdue; dropped ones, ones without a due date or an owner of
 *   either side, and ones carried into a later meeting (their copy counts there) are left out;
 * - a ledger review counts each side that was given a verdict: kept 1, partly ½, broken 0;
 * - a cascade response belongs to the meeting of its decision; it counts once it is answered or
 *   overdue and is on time when answered on or before its due date (an answer without a due date is
 *   on time);
 * - ratings are the averages of the check-in moods and check-out answers given.
 */
import { localDateOf } from '../calendar';
import { MARKETING, SALES } from '../departments';
import { collaborationIndicators, type IndicatorKey } from '../minutes/indicators';
import type { MeetingSnapshot } from '../minutes/snapshot';
import { speakingBalance, talkTimeByDepartment } from '../speakers';
import type {
  ActionItem,
  CalendarDate,
  CascadeResponse,
  DepartmentId,
  Id,
  LedgerSideReview,
  LedgerVerdict,
  Meeting,
  RoundEntry,
  Timestamp,
} from '../types';
import type { Rate, RoundRatings, TrendPoint, Trends } from './model';
import type { TrendRecords } from './records';

const VERDICT_WEIGHT: Record<LedgerVerdict, number> = { kept: 1, partly: 0.5, broken: 0 };

const live = <T extends { deletedAt?: string }>(rows: readonly T[]): T[] =>
  rows.filter((row) => row.deletedAt === undefined);

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => Id | undefined): Map<Id, T[]> {
  const groups = new Map<Id, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

const byDateAscending = (a: Meeting, b: Meeting) =>
  a.date === b.date ? a.startTime.localeCompare(b.startTime) : a.date.localeCompare(b.date);

/** Meetings that were held or are running, oldest first. */
export function heldMeetings(meetings: readonly Meeting[]): Meeting[] {
  return live(meetings)
    .filter((meeting) => meeting.status !== 'planned')
    .sort(byDateAscending);
}

function ratioOf(indicators: ReturnType<typeof collaborationIndicators>, key: IndicatorKey): Rate {
  const value = indicators.find((indicator) => indicator.key === key)?.value;
  return value?.kind === 'ratio' ? { part: value.part, whole: value.whole } : { part: 0, whole: 0 };
}

const dateOf = (instant: Timestamp): CalendarDate => localDateOf(new Date(instant));

function actionsOnTime(actions: readonly ActionItem[], side: DepartmentId, context: PointContext): Rate {
  let part = 0;
  let whole = 0;
  for (const action of actions) {
    if (action.status === 'dropped' || action.dueDate === undefined) continue;
    if (context.carriedOn.has(action.id)) continue;
    if (context.departmentOf(action.ownerPersonId) !== side) continue;
    const done = action.status === 'done';
    if (!done && action.dueDate >= context.today) continue;
    whole += 1;
    if (done && dateOf(action.updatedAt) <= action.dueDate) part += 1;
  }
  return { part, whole };
}

function ledgerKept(sides: readonly LedgerSideReview[]): Rate {
  const verdicts = sides.flatMap((side) => (side.verdict === undefined ? [] : [side.verdict]));
  return {
    part: verdicts.reduce((sum, verdict) => sum + VERDICT_WEIGHT[verdict], 0),
    whole: verdicts.length,
  };
}

function cascadeOnTime(responses: readonly CascadeResponse[], today: CalendarDate): Rate {
  let part = 0;
  let whole = 0;
  for (const response of responses) {
    const answeredAt = response.response === undefined ? undefined : response.respondedAt;
    const overdue = response.dueDate !== undefined && response.dueDate < today;
    if (answeredAt === undefined && !overdue) continue;
    whole += 1;
    if (
      answeredAt !== undefined &&
      (response.dueDate === undefined || dateOf(answeredAt) <= response.dueDate)
    )
      part += 1;
  }
  return { part, whole };
}

function average(values: readonly (number | undefined)[]): number | undefined {
  const given = values.filter((value): value is number => value !== undefined);
  return given.length === 0 ? undefined : given.reduce((sum, value) => sum + value, 0) / given.length;
}

function ratingsOf(entries: readonly RoundEntry[]): RoundRatings {
  const checkIn = entries.filter((entry) => entry.kind === 'check-in');
  const checkOut = entries.filter((entry) => entry.kind === 'check-out');
  const ratings: RoundRatings = {};
  const mood = average(checkIn.map((entry) => entry.mood));
  const worth = average(checkOut.map((entry) => entry.worthTime));
  const heard = average(checkOut.map((entry) => entry.heard));
  if (mood !== undefined) ratings.checkInMood = mood;
  if (worth !== undefined) ratings.checkOutWorthTime = worth;
  if (heard !== undefined) ratings.checkOutHeard = heard;
  return ratings;
}

interface PointContext {
  records: TrendRecords;
  departmentOf: (personId: Id | undefined) => DepartmentId | undefined;
  carriedOn: ReadonlySet<Id>;
  now: Timestamp;
  today: CalendarDate;
}

interface MeetingRows {
  conflictPoints: MeetingSnapshot['conflictPoints'];
  decisions: MeetingSnapshot['decisions'];
  actionItems: MeetingSnapshot['actionItems'];
  speakerTurns: MeetingSnapshot['speakerTurns'];
  roundEntries: MeetingSnapshot['roundEntries'];
}

/** A snapshot with just what the reused indicators read, so they compute what the minutes show. */
function snapshotOf(meeting: Meeting, rows: MeetingRows, records: TrendRecords): MeetingSnapshot {
  return {
    meeting,
    participants: [],
    people: records.people,
    departments: records.departments,
    agendaItems: [],
    supersededDecisions: [],
    knowledgeItems: [],
    parkingLot: [],
    definitions: [],
    votes: [],
    mirrorRounds: [],
    ...rows,
  };
}

function pointOf(
  meeting: Meeting,
  rows: MeetingRows,
  reviews: readonly LedgerSideReview[],
  responses: readonly CascadeResponse[],
  context: PointContext,
): TrendPoint {
  const indicators = collaborationIndicators(snapshotOf(meeting, rows, context.records), context.now);
  const contentShare = ratioOf(indicators, 'content-share');
  const balance = speakingBalance(talkTimeByDepartment(rows.speakerTurns, context.departmentOf, context.now));
  return {
    meetingId: meeting.id,
    title: meeting.title,
    date: meeting.date,
    contentShare,
    relationshipShare: { part: contentShare.whole - contentShare.part, whole: contentShare.whole },
    talkMarketingMs: balance.marketingMs,
    talkSalesMs: balance.salesMs,
    bothSigned: ratioOf(indicators, 'both-signed'),
    actionsOnTimeMarketing: actionsOnTime(rows.actionItems, MARKETING, context),
    actionsOnTimeSales: actionsOnTime(rows.actionItems, SALES, context),
    ledgerKept: ledgerKept(reviews),
    cascadeOnTime: cascadeOnTime(responses, context.today),
    ratings: ratingsOf(rows.roundEntries),
  };
}

/**
 * The trends of the meetings in `records` (one series or the whole workspace). `now` ends a speaker
 * turn still running; `today` (the local date) tells what is overdue.
 */
export function computeTrends(records: TrendRecords, now: Timestamp, today: CalendarDate): Trends {
  const people = new Map(records.people.map((person) => [person.id, person.departmentId]));
  const departmentOf = (id: Id | undefined) => (id === undefined ? undefined : people.get(id));
  const actions = live(records.actionItems);
  const context: PointContext = {
    records,
    departmentOf,
    carriedOn: new Set(actions.flatMap((action) => (action.carriedFromId ? [action.carriedFromId] : []))),
    now,
    today,
  };
  const ofMeeting = <T extends { meetingId: Id; deletedAt?: string }>(rows: readonly T[]) =>
    groupBy(live(rows), (row) => row.meetingId);
  const points = ofMeeting(records.conflictPoints);
  const decisions = ofMeeting(records.decisions);
  const actionsOf = groupBy(actions, (row) => row.meetingId);
  const turns = ofMeeting(records.speakerTurns);
  const entries = ofMeeting(records.roundEntries);
  const reviews = ofMeeting(records.ledgerReviews);
  const meetingOfDecision = new Map(live(records.decisions).map((d) => [d.id, d.meetingId]));
  const responses = groupBy(live(records.cascadeResponses), (row) => meetingOfDecision.get(row.decisionId));
  return {
    points: heldMeetings(records.meetings).map((meeting) =>
      pointOf(
        meeting,
        {
          conflictPoints: points.get(meeting.id) ?? [],
          decisions: decisions.get(meeting.id) ?? [],
          actionItems: actionsOf.get(meeting.id) ?? [],
          speakerTurns: turns.get(meeting.id) ?? [],
          roundEntries: entries.get(meeting.id) ?? [],
        },
        (reviews.get(meeting.id) ?? []).flatMap((review) => [review.marketing, review.sales]),
        responses.get(meeting.id) ?? [],
        context,
      ),
    ),
  };
}
