/**
 * Live queries for what the run screen captures besides conflicts: action items, the meeting's
 * decisions (to link actions to), the parking lot and the speaker turns. Like `hooks.ts`, they
 * return stored rows, deleted ones included; the domain filters and sorts. `undefined` means loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ActionItem, Decision, Id, ParkingLotPoint, SpeakerTurn } from '../../domain/types';
import { useWorkspace } from '../provider';
import { actionItemsOf, decisionsOf, parkingLotOf, speakerTurnsOf } from './early-reads';

/** Every action item of one meeting. */
export function useActionItems(meetingId: Id): ActionItem[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => actionItemsOf(db, meetingId), [db, meetingId]);
}

/** The decisions recorded in one meeting, in register order. */
export function useMeetingDecisions(meetingId: Id): Decision[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(
    async () => (await decisionsOf(db, meetingId)).sort((a, b) => a.number - b.number),
    [db, meetingId],
  );
}

/** Every parking-lot point of one meeting. */
export function useParkingLot(meetingId: Id): ParkingLotPoint[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => parkingLotOf(db, meetingId), [db, meetingId]);
}

/** Every speaker turn of one meeting. */
export function useSpeakerTurns(meetingId: Id): SpeakerTurn[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => speakerTurnsOf(db, meetingId), [db, meetingId]);
}
