/** Reads for the reopen gate: the decided decisions of a meeting's series that are due for review. */
import { useLiveQuery } from 'dexie-react-hooks';
import { dueForReview } from '../../domain/reopen-gate';
import type { Decision, Meeting } from '../../domain/types';
import { useWorkspace } from '../provider';

/**
 * The decided decisions of the other meetings of `meeting`'s series whose review date is on or before
 * the meeting's day; none for a meeting outside a series.
 */
export function useDueForReview(meeting: Meeting): Decision[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => {
    if (meeting.seriesId === undefined) return [];
    const series = await db.meetings.where('seriesId').equals(meeting.seriesId).toArray();
    const ids = series
      .filter((other) => other.id !== meeting.id && other.deletedAt === undefined)
      .map((other) => other.id);
    const decisions = await db.decisions.where('meetingId').anyOf(ids).toArray();
    return dueForReview(decisions, meeting.date);
  }, [db, meeting.id, meeting.seriesId, meeting.date]);
}

/** Every decided decision of the workspace: what a conflict point may touch. */
export function useDecidedDecisions(): Decision[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => db.decisions.where('status').equals('decided').toArray(), [db]);
}
