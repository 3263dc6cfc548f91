/**
 * Live queries: components read stored data only through these hooks, and re-render when it
 * changes, in this window or in another window of the same origin. `undefined` means loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Language, Meeting } from '../domain/types';
import { everyMeeting } from './early-reads';
import { useWorkspace } from './provider';

/** Every stored meeting, deleted ones included (the domain filters and sorts them for the list). */
export function useAllMeetings(): Meeting[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => everyMeeting(db), [db]);
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
