/**
 * The first screen's reads, started as early as possible. The app first reads the stored language;
 * only then does the screen mount, and a live query starts reading once its component has been
 * painted, so a screen's reads would queue behind the frame's first renders (the run screen's
 * panels behind two renders of a large screen). `useEarlyReads` starts the same queries together
 * with the language read: Dexie's live-query cache keeps a result for a few seconds and answers an
 * identical query from it, so the screen finds its data read. It subscribes only until the first
 * result; the screen's own live queries keep the data current. The queries live here, and the
 * hooks use them, so the two can never differ.
 */
import { liveQuery } from 'dexie';
import { useEffect } from 'react';
import type { Id } from '../domain/types';
import type { TandemDatabase } from './database';
import { useWorkspace } from './provider';

export const everyMeeting = (db: TandemDatabase) => db.meetings.toArray();
export const everyPerson = (db: TandemDatabase) => db.people.toArray();
export const actionItemsOf = (db: TandemDatabase, meetingId: Id) =>
  db.actionItems.where('meetingId').equals(meetingId).toArray();
export const decisionsOf = (db: TandemDatabase, meetingId: Id) =>
  db.decisions.where('meetingId').equals(meetingId).toArray();
export const parkingLotOf = (db: TandemDatabase, meetingId: Id) =>
  db.parkingLot.where('meetingId').equals(meetingId).toArray();
export const speakerTurnsOf = (db: TandemDatabase, meetingId: Id) =>
  db.speakerTurns.where('meetingId').equals(meetingId).toArray();

/** The screens whose reads start early; any other starts none. */
export type EarlyScreen = 'meetings' | 'run' | 'other';

function readsOf(db: TandemDatabase, screen: EarlyScreen, meetingId: Id): (() => Promise<unknown>)[] {
  switch (screen) {
    case 'meetings':
      return [() => everyMeeting(db)];
    case 'run':
      return [
        () => actionItemsOf(db, meetingId),
        () => decisionsOf(db, meetingId),
        () => parkingLotOf(db, meetingId),
        () => speakerTurnsOf(db, meetingId),
        () => everyPerson(db),
      ];
    case 'other':
      return [];
  }
}

/** Starts the reads of the screen being opened (see above); `meetingId` is the run screen's. */
export function useEarlyReads(screen: EarlyScreen, meetingId: Id = ''): void {
  const { db } = useWorkspace();
  useEffect(() => {
    const subscriptions = readsOf(db, screen, meetingId).map((read) => {
      const subscription = liveQuery(read).subscribe({
        next: () => subscription.unsubscribe(),
        error: () => subscription.unsubscribe(),
      });
      return subscription;
    });
    return () => subscriptions.forEach((subscription) => subscription.unsubscribe());
  }, [db, screen, meetingId]);
}
