/**
 * What the projector shows (docs/product.md screen 4, success factor 3). The facilitator picks a mode;
 * the audience view derives everything else from stored records. This module decides what may be
 * projected at all: private conflict points never, relationship points without who raised them,
 * and it names the timer's colour band. Pure functions; `now` comes from the caller.
 */
import { orderedAgenda } from './agenda';
import { compareInstants } from './calendar';
import { effectiveTimeboxMinutes, itemElapsedMs, itemRemainingMs, type Timed } from './run-clock';
import type {
  AgendaItem,
  CockpitTabChoice,
  ConflictLevel,
  ConflictPoint,
  DepartmentId,
  Id,
  Setting,
  Timestamp,
  Vote,
} from './types';
import { consentOf, runningVote, voteResults, type Consent, type VoteResults } from './votes';

/** The stored projection: which meeting, which mode, which theme (the `projection` setting). */
export type Projection = Extract<Setting, { key: 'projection' }>['value'];
export type ProjectionMode = Projection['mode'];
export type ProjectorTheme = Projection['theme'];

export const PROJECTION_MODES: readonly ProjectionMode[] = [
  'current',
  'rules',
  'definitions',
  'pause',
  'blank',
  'summary',
];
export const PROJECTOR_THEMES: readonly ProjectorTheme[] = ['light', 'dark'];

/** How many conflict points the room sees at once: the latest ones. */
export const PROJECTED_CONFLICT_LIMIT = 4;

/**
 * The projection for `meetingId`: the stored one when it belongs to that meeting, otherwise the
 * default (the current item), keeping the stored theme, since the projector stays the same.
 */
export function projectionFor(stored: Projection | undefined, meetingId: Id): Projection {
  if (stored?.meetingId === meetingId) return stored;
  return { meetingId, mode: 'current', theme: stored?.theme ?? 'dark' };
}

/** B: blank the screen, or bring back the current item when it is blank. */
export function toggleBlank(projection: Projection): Projection {
  return { ...projection, mode: projection.mode === 'blank' ? 'current' : 'blank' };
}

/**
 * A conflict point as the room may see it. A relationship point carries no department (and no
 * point carries a person), so nobody is exposed on the wall.
 */
export interface ProjectedConflict {
  id: Id;
  statement: string;
  level: ConflictLevel;
  /** Only for content points: the department that brought the matter. */
  departmentId?: DepartmentId;
}

/** Whether the room may see a point of the item: live, not private, not reframed. */
export function isProjectable(point: ConflictPoint, agendaItemId: Id): boolean {
  return (
    point.agendaItemId === agendaItemId &&
    point.deletedAt === undefined &&
    !point.private &&
    point.status !== 'reframed'
  );
}

/**
 * The latest points of one agenda item that may be projected, newest first: live, not private,
 * and not reframed (its content question, a point of its own, carries the conversation on).
 */
export function projectedConflicts(
  points: readonly ConflictPoint[],
  agendaItemId: Id | undefined,
  limit = PROJECTED_CONFLICT_LIMIT,
): ProjectedConflict[] {
  if (agendaItemId === undefined) return [];
  return points
    .filter((point) => isProjectable(point, agendaItemId))
    .sort((a, b) => compareInstants(b.createdAt, a.createdAt))
    .slice(0, limit)
    .map((point) => {
      const projected: ProjectedConflict = { id: point.id, statement: point.statement, level: point.level };
      if (point.level === 'content' && point.raisedByDepartmentId !== undefined)
        projected.departmentId = point.raisedByDepartmentId;
      return projected;
    });
}

/**
 * Whether a point may show on the facilitator's own screen while it is mirrored to the room: the
 * room's rule (never a private point), applied to the run screen's lists.
 */
export function isShownOnMirroredScreen(point: Pick<ConflictPoint, 'private'>): boolean {
  return !point.private;
}

/**
 * A point as the mirrored run screen may show it: a relationship point without who raised it (no
 * person, no department), like the projection; a content point keeps its department.
 */
export function mirroredPoint<P extends ConflictPoint>(point: P): P {
  if (point.level !== 'relationship') return point;
  const { raisedByPersonId: _person, raisedByDepartmentId: _department, ...rest } = point;
  return rest as P;
}

/** Turns the mirrored-screen safety on or off for `meetingId` in the stored list of meetings. */
export function withMirroredScreen(stored: readonly string[], meetingId: Id, on: boolean): string[] {
  const others = stored.filter((id) => id !== meetingId);
  return on ? [...others, meetingId] : others;
}

/** How many meetings' cockpit tabs this device remembers; the oldest choice goes first. */
export const REMEMBERED_COCKPIT_TABS = 200;

/** Records the cockpit tab chosen in `meetingId`, the latest choice last, within the remembered number. */
export function withCockpitTab(
  stored: readonly CockpitTabChoice[],
  meetingId: Id,
  tab: string,
): CockpitTabChoice[] {
  const others = stored.filter((choice) => choice.meetingId !== meetingId);
  return [...others, { meetingId, tab }].slice(-REMEMBERED_COCKPIT_TABS);
}

/** The cockpit tab last chosen in `meetingId`, if any. */
export function cockpitTabOf(stored: readonly CockpitTabChoice[], meetingId: Id): string | undefined {
  return stored.find((choice) => choice.meetingId === meetingId)?.tab;
}

/** The timer's colour band: more than 5 minutes left, 5 to 1 minutes, under 1 minute or overrun. */
export type TimerBand = 'ample' | 'closing' | 'critical';

const MINUTE = 60_000;

/** The band for what is left of a timebox (negative when overrun). */
export function timerBand(remainingMs: number): TimerBand {
  if (remainingMs > 5 * MINUTE) return 'ample';
  if (remainingMs >= MINUTE) return 'closing';
  return 'critical';
}

/** How much of the timebox has run, from 0 to 1 (1 also when overrun, or when there is no timebox). */
export function timeboxProgress(item: Timed & Pick<AgendaItem, 'spans'>, now: Timestamp): number {
  const box = effectiveTimeboxMinutes(item) * MINUTE;
  if (box <= 0) return 1;
  return Math.min(1, Math.max(0, itemElapsedMs(item, now) / box));
}

/** The item's band right now. */
export function itemBand(item: Timed & Pick<AgendaItem, 'spans'>, now: Timestamp): TimerBand {
  return timerBand(itemRemainingMs(item, now));
}

/** The pending items after the active one, in agenda order (up to `limit`). */
export function upcomingItems(
  agenda: readonly AgendaItem[],
  activeId: Id | undefined,
  limit = 3,
): AgendaItem[] {
  const order = orderedAgenda(agenda);
  const from = activeId === undefined ? -1 : order.findIndex((item) => item.id === activeId);
  return order
    .slice(from + 1)
    .filter((item) => item.status === 'pending')
    .slice(0, limit);
}

/**
 * The running vote as the room sees it: the question, the options and the hands per department
 * (with the consent of a fist-of-five). Votes are public; a closed or deleted vote leaves the wall.
 */
export interface ProjectedVote {
  id: Id;
  question: string;
  kind: Vote['kind'];
  results: VoteResults;
  consent?: Consent;
}

export function projectedVote(
  votes: readonly Vote[],
  departmentIds: (vote: Vote) => DepartmentId[],
): ProjectedVote | undefined {
  const vote = runningVote(votes);
  if (!vote) return undefined;
  const projected: ProjectedVote = {
    id: vote.id,
    question: vote.question,
    kind: vote.kind,
    results: voteResults(vote, departmentIds(vote)),
  };
  if (vote.kind === 'fist-of-five') projected.consent = consentOf(vote);
  return projected;
}

export { projectedMirrorRound, type ProjectedMirrorRound } from './mirror-rounds';
