/**
 * Live queries of the conflict log. They read only what the screen shows: the newest points of
 * the meeting or of one item through the `[meetingId+createdAt]` and `[agendaItemId+createdAt]`
 * indexes (schema version 3), newest first and no more than asked for, and the level balance from
 * the tallies kept with every write (version 4, conflict-tally.ts), so a log of thousands of points
 * is neither read nor counted again for every capture. `undefined` means loading.
 */
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { ConflictBalance, LevelCounts } from '../../domain/conflicts';
import { isProjectable, PROJECTED_CONFLICT_LIMIT } from '../../domain/projection';
import type { ConflictPoint, Id } from '../../domain/types';
import { itemTallyKey, meetingTallyKey, NO_COUNTS } from '../middleware/conflict-tally';
import type { TandemDatabase } from '../database';
import { useWorkspace } from '../provider';
import { forgetSeen, readMark, useStoredPointNotes, withStoredPoints } from './just-stored';

/**
 * How many more rows a read asks for than it keeps, at first: the points it leaves out (deleted,
 * private, of another meeting) are usually few.
 */
const SLACK = 16;

/**
 * The newest rows of an index range that pass `keep`, at most `limit`, newest first. Each round is
 * one plain bulk read (`reverse().limit().toArray()`, a single `getAll` with a direction), never a
 * cursor stepped one record at a time. Only when the left-out rows crowd out the page does it
 * read again, twice as many.
 */
async function newestKept(
  rows: (count: number) => Promise<ConflictPoint[]>,
  keep: (point: ConflictPoint) => boolean,
  limit: number,
): Promise<ConflictPoint[]> {
  for (let count = limit + SLACK; ; count *= 2) {
    const read = await rows(count);
    const kept = read.filter(keep);
    if (kept.length >= limit || read.length < count) return kept.slice(0, limit);
  }
}

/** The newest points of a meeting, or of one of its items, that pass `keep`, at most `limit`. */
function newestOf(
  db: TandemDatabase,
  meetingId: Id,
  agendaItemId: Id | undefined,
  keep: (point: ConflictPoint) => boolean,
  limit: number,
): Promise<ConflictPoint[]> {
  const [index, key] =
    agendaItemId === undefined
      ? (['[meetingId+createdAt]', meetingId] as const)
      : (['[agendaItemId+createdAt]', agendaItemId] as const);
  const range = db.conflictPoints.where(index).between([key, Dexie.minKey], [key, Dexie.maxKey]);
  // Agenda item ids are unique, but a point is only ever shown in its own meeting.
  const ofMeeting = (point: ConflictPoint) => point.meetingId === meetingId && keep(point);
  return newestKept((count) => range.clone().reverse().limit(count).toArray(), ofMeeting, limit);
}

const live = (point: ConflictPoint) => point.deletedAt === undefined;

/** How many points a page of the log holds; "Show more" adds as many again. */
export const CONFLICT_PAGE_SIZE = 50;

/** The newest live points of the meeting, or of one of its items, newest first: at most `limit`. */
export function readConflictLog(
  db: TandemDatabase,
  meetingId: Id,
  agendaItemId: Id | undefined,
  limit: number,
): Promise<ConflictPoint[]> {
  return newestOf(db, meetingId, agendaItemId, live, limit);
}

/** A page of the log, with the view it was read for. */
export interface ConflictLogPage {
  agendaItemId: Id | undefined;
  points: readonly ConflictPoint[];
}

/**
 * `readConflictLog`, live, and with the points this window stored since the page was read in
 * front (just-stored.ts): a point is listed as soon as its write commits. While another view is
 * being read, the page of the last one is still returned; its `agendaItemId` tells them apart.
 */
export function useConflictLog(
  meetingId: Id,
  agendaItemId: Id | undefined,
  limit: number,
): ConflictLogPage | undefined {
  const { db } = useWorkspace();
  const inView = useMemo(
    () => (point: ConflictPoint) =>
      point.meetingId === meetingId && (agendaItemId === undefined || point.agendaItemId === agendaItemId),
    [meetingId, agendaItemId],
  );
  const page = useLiveQuery(async () => {
    const mark = readMark(db);
    const points = await readConflictLog(db, meetingId, agendaItemId, limit);
    forgetSeen(db, mark, inView);
    return { agendaItemId, points, mark };
  }, [db, meetingId, agendaItemId, limit, inView]);
  const notes = useStoredPointNotes(db);
  return useMemo(
    () =>
      page && {
        agendaItemId: page.agendaItemId,
        points: withStoredPoints(page.points, page.mark, notes, inView, limit),
      },
    [page, notes, inView, limit],
  );
}

export interface ConflictBalances {
  meeting: ConflictBalance;
  /** Only when an item is running. */
  item?: ConflictBalance;
}

/** The balance of a tally row; a meeting or item without one has no live points. */
function balanceOf(tally: LevelCounts | undefined): ConflictBalance {
  const { content, relationship, openRelationship } = tally ?? NO_COUNTS;
  return { content, relationship, total: content + relationship, openRelationship };
}

/** The level balance of the meeting and of its running item: two tally rows, read by key. */
export async function readConflictBalances(
  db: TandemDatabase,
  meetingId: Id,
  agendaItemId: Id | undefined,
): Promise<ConflictBalances> {
  const keys = [meetingTallyKey(meetingId)];
  if (agendaItemId !== undefined) keys.push(itemTallyKey(agendaItemId));
  const [meeting, item] = await db.conflictTallies.bulkGet(keys);
  const balances: ConflictBalances = { meeting: balanceOf(meeting) };
  if (agendaItemId !== undefined) balances.item = balanceOf(item);
  return balances;
}

/** `readConflictBalances`, live. */
export function useConflictBalances(
  meetingId: Id,
  agendaItemId: Id | undefined,
): ConflictBalances | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => readConflictBalances(db, meetingId, agendaItemId), [db, meetingId, agendaItemId]);
}

/**
 * The newest points of the running item that the room may see, newest first (at most as many as
 * the projector shows), read through `[agendaItemId+createdAt]`; none without an item.
 */
export function readProjectableConflicts(
  db: TandemDatabase,
  meetingId: Id,
  agendaItemId: Id | undefined,
): Promise<ConflictPoint[]> {
  if (agendaItemId === undefined) return Promise.resolve([]);
  const keep = (point: ConflictPoint) => isProjectable(point, agendaItemId);
  return newestOf(db, meetingId, agendaItemId, keep, PROJECTED_CONFLICT_LIMIT);
}

/** `readProjectableConflicts`, live. */
export function useProjectableConflictPoints(
  meetingId: Id,
  agendaItemId: Id | undefined,
): ConflictPoint[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(
    () => readProjectableConflicts(db, meetingId, agendaItemId),
    [db, meetingId, agendaItemId],
  );
}
