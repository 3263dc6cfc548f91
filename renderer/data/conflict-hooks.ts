/**
 * Live query of the conflict log. It reads through the `[meetingId+createdAt]` index, newest first,
 * so a log of thousands of points comes back already in the order the list shows; deleted points
 * are included and the domain filters them. `undefined` means loading.
 */
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ConflictPoint, Id } from '../domain/types';
import { useWorkspace } from './provider';

/** Every conflict point of one meeting, newest first. */
export function useConflictPoints(meetingId: Id): ConflictPoint[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(
    () =>
      db.conflictPoints
        .where('[meetingId+createdAt]')
        .between([meetingId, Dexie.minKey], [meetingId, Dexie.maxKey])
        .reverse()
        .toArray(),
    [db, meetingId],
  );
}

/**
 * The conflict points of one agenda item of a meeting, read through the `agendaItemId` index, so
 * the projector reads the running item's points rather than the whole log; none without an item.
 */
export function useItemConflictPoints(
  meetingId: Id,
  agendaItemId: Id | undefined,
): ConflictPoint[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(
    async () =>
      agendaItemId === undefined
        ? []
        : db.conflictPoints
            .where('agendaItemId')
            .equals(agendaItemId)
            .filter((point) => point.meetingId === meetingId)
            .toArray(),
    [db, meetingId, agendaItemId],
  );
}
