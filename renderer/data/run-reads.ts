/**
 * The run screen's reads that need nothing but the meeting id, in one place, and a way to start
 * them early. The screen first reads the meeting and its agenda; its panels mount only then, and a
 * live query starts reading when its component has been painted, so their reads would queue behind
 * two renders of a large screen. `useEarlyRunReads` starts the same queries together with the
 * screen's own: Dexie's live-query cache keeps a result for a few seconds and answers an identical
 * query from it, so the panels find their data read. It only subscribes until the first result; the
 * panels' own live queries keep the data current.
 */
import { liveQuery } from 'dexie';
import { useEffect } from 'react';
import type { Id } from '../domain/types';
import type { TandemDatabase } from './database';
import { useWorkspace } from './provider';

export const actionItemsOf = (db: TandemDatabase, meetingId: Id) =>
  db.actionItems.where('meetingId').equals(meetingId).toArray();
export const decisionsOf = (db: TandemDatabase, meetingId: Id) =>
  db.decisions.where('meetingId').equals(meetingId).toArray();
export const parkingLotOf = (db: TandemDatabase, meetingId: Id) =>
  db.parkingLot.where('meetingId').equals(meetingId).toArray();
export const speakerTurnsOf = (db: TandemDatabase, meetingId: Id) =>
  db.speakerTurns.where('meetingId').equals(meetingId).toArray();
export const everyPerson = (db: TandemDatabase) => db.people.toArray();

/** Starts the run screen's meeting-wide reads with the screen's first ones (see above). */
export function useEarlyRunReads(meetingId: Id): void {
  const { db } = useWorkspace();
  useEffect(() => {
    const reads: (() => Promise<unknown>)[] = [
      () => actionItemsOf(db, meetingId),
      () => decisionsOf(db, meetingId),
      () => parkingLotOf(db, meetingId),
      () => speakerTurnsOf(db, meetingId),
      () => everyPerson(db),
    ];
    const subscriptions = reads.map((read) => {
      const subscription = liveQuery(read).subscribe({
        next: () => subscription.unsubscribe(),
        error: () => subscription.unsubscribe(),
      });
      return subscription;
    });
    return () => subscriptions.forEach((subscription) => subscription.unsubscribe());
  }, [db, meetingId]);
}
