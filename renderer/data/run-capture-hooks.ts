/**
 * Live queries for what the run screen captures besides conflicts: action items, the meeting's
 * decisions (to link actions to), the parking lot and the speaker turns. Like `hooks.ts`, they
 * return stored rows, deleted ones included; the domain filters and sorts. `undefined` means loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ActionItem, Decision, Id, ParkingLotPoint, SpeakerTurn } from '../domain/types';
import { useWorkspace } from './provider';

/** Every action item of one meeting. */
export function useActionItems(meetingId: Id): ActionItem[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => db.actionItems.where('meetingId').equals(meetingId).toArray(), [db, meetingId]);
}

/** The decisions recorded in one meeting, in register order. */
export function useMeetingDecisions(meetingId: Id): Decision[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(
    async () =>
      (await db.decisions.where('meetingId').equals(meetingId).toArray()).sort((a, b) => a.number - b.number),
    [db, meetingId],
  );
}

/** Every parking-lot point of one meeting. */
export function useParkingLot(meetingId: Id): ParkingLotPoint[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => db.parkingLot.where('meetingId').equals(meetingId).toArray(), [db, meetingId]);
}

/** Every speaker turn of one meeting. */
export function useSpeakerTurns(meetingId: Id): SpeakerTurn[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => db.speakerTurns.where('meetingId').equals(meetingId).toArray(), [db, meetingId]);
}
