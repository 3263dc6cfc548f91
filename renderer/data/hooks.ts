/**
 * Live queries: components read stored data only through these hooks, and re-render when it
 * changes, in this window or in another window of the same origin. `undefined` means loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { Language, Meeting } from '../domain/types';
import { everyMeeting, forgetEarlyMeetings, recentEarlyMeetings } from './early-reads';
import { useWorkspace } from './provider';

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

/**
 * The stored UI language: `null` when none was chosen yet, `undefined` while loading.
 */
export function useStoredLanguage(): Language | null | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => {
    const row = await db.settings.get('language');
    return row?.key === 'language' ? row.value : null;
  }, [db]);
}
