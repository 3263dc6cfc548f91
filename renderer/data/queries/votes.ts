/** Live reads of quick votes: every vote of one meeting, deleted ones included (the domain filters). */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Id, Vote } from '../../domain/types';
import { useWorkspace } from '../provider';

export function useMeetingVotes(meetingId: Id): Vote[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => db.votes.where('meetingId').equals(meetingId).toArray(), [db, meetingId]);
}
