/** Live reads of quick votes: every vote of one meeting, deleted ones included (the domain filters). */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Id, Vote } from '../../domain/types';
import { useWorkspace } from '../provider';
import { votesOf } from './early-reads';

export function useMeetingVotes(meetingId: Id): Vote[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => votesOf(db, meetingId), [db, meetingId]);
}
