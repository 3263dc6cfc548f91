/** The live snapshot the Export minutes dialog previews and exports (renderer/data/queries/snapshot.ts). */
import { useLiveQuery } from 'dexie-react-hooks';
import type { MeetingSnapshot } from '../../domain/minutes/snapshot';
import type { Id } from '../../domain/types';
import { useWorkspace } from '../provider';
import { loadSnapshot } from './snapshot';

/**
 * Everything the minutes of `meetingId` need, read in one transaction and read again when any of
 * it changes; `null` when there is no such meeting (or it was deleted), `undefined` while loading.
 */
export function useMeetingSnapshot(meetingId: Id): MeetingSnapshot | null | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => {
    const meeting = await db.meetings.get(meetingId);
    return meeting && meeting.deletedAt === undefined ? loadSnapshot(db, meetingId) : null;
  }, [db, meetingId]);
}
