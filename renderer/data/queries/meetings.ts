/**
 * The live query of the Meetings list. Like every hook in `queries/`, it returns stored rows and
 * re-renders when they change, in this window or in another one of the same origin; `undefined`
 * means loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { Meeting } from '../../domain/types';
import { everyMeeting, forgetEarlyMeetings, recentEarlyMeetings } from './early-reads';
import { useWorkspace } from '../provider';

/** Every stored meeting, deleted ones included (the domain filters and sorts them for the list). */
export function useAllMeetings(): Meeting[] | undefined {
  const { db } = useWorkspace();
  // The first render shows what the start's early read found, instead of a loading state.
  const live = useLiveQuery(() => everyMeeting(db), [db]);
  const early = live === undefined ? recentEarlyMeetings(db) : undefined;
  useEffect(() => {
    if (live !== undefined) forgetEarlyMeetings();
  }, [live]);
  return live ?? early;
}

/** The follow-up planned from this meeting ("Plan next meeting"), `null` if none yet; `undefined` while loading. */
export function useFollowUp(meeting: Pick<Meeting, 'id' | 'seriesId'>): Meeting | null | undefined {
  const { db } = useWorkspace();
  const seriesId = meeting.seriesId ?? meeting.id;
  return useLiveQuery(
    async () =>
      (await db.meetings
        .where('seriesId')
        .equals(seriesId)
        .filter(
          (candidate) => candidate.previousMeetingId === meeting.id && candidate.deletedAt === undefined,
        )
        .first()) ?? null,
    [db, seriesId, meeting.id],
  );
}
