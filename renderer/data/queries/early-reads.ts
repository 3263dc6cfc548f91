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
import { useEffect, useState } from 'react';
import type { Id, Meeting } from '../../domain/types';
import type { TandemDatabase } from '../database';
import { useWorkspace } from '../provider';
import { CONFLICT_PAGE_SIZE, readConflictLog } from './conflicts';

export const everyMeeting = (db: TandemDatabase) => db.meetings.toArray();

/** How long an early read's result may stand in for the live query's first result. */
const EARLY_RESULT_MS = 2000;
let earlyMeetings: { db: TandemDatabase; meetings: Meeting[]; at: number } | null = null;

/**
 * The meetings the early read found, if it read them from `db` a moment ago and no live query has
 * answered since: the Meetings list's first render shows them at once, and its live query follows
 * with the same rows (and then `forgetEarlyMeetings`, so a later visit never shows an old list).
 */
export function recentEarlyMeetings(db: TandemDatabase): Meeting[] | undefined {
  if (earlyMeetings?.db !== db || performance.now() - earlyMeetings.at > EARLY_RESULT_MS) return undefined;
  return earlyMeetings.meetings;
}

export function forgetEarlyMeetings(): void {
  earlyMeetings = null;
}
export const everyPerson = (db: TandemDatabase) => db.people.toArray();
export const actionItemsOf = (db: TandemDatabase, meetingId: Id) =>
  db.actionItems.where('meetingId').equals(meetingId).toArray();
export const decisionsOf = (db: TandemDatabase, meetingId: Id) =>
  db.decisions.where('meetingId').equals(meetingId).toArray();
export const parkingLotOf = (db: TandemDatabase, meetingId: Id) =>
  db.parkingLot.where('meetingId').equals(meetingId).toArray();
export const speakerTurnsOf = (db: TandemDatabase, meetingId: Id) =>
  db.speakerTurns.where('meetingId').equals(meetingId).toArray();
export const agendaItemsOf = (db: TandemDatabase, meetingId: Id) =>
  db.agendaItems.where('meetingId').equals(meetingId).toArray();
export const attendanceOf = (db: TandemDatabase, meetingId: Id) =>
  db.attendance.where('meetingId').equals(meetingId).toArray();
export const mirrorRoundsOf = (db: TandemDatabase, meetingId: Id) =>
  db.mirrorRounds.where('meetingId').equals(meetingId).toArray();
export const votesOf = (db: TandemDatabase, meetingId: Id) =>
  db.votes.where('meetingId').equals(meetingId).toArray();

/** The first page of the conflict log the run screen opens with: the running item's, else the meeting's. */
async function firstConflictPage(db: TandemDatabase, meetingId: Id): Promise<unknown> {
  const meeting = await db.meetings.get(meetingId);
  return readConflictLog(db, meetingId, meeting?.activeAgendaItemId, CONFLICT_PAGE_SIZE);
}

/** The screens whose reads start early; any other starts none. */
export type EarlyScreen = 'meetings' | 'run' | 'other';

function readsOf(db: TandemDatabase, screen: EarlyScreen, meetingId: Id): (() => Promise<unknown>)[] {
  switch (screen) {
    case 'meetings':
      return [
        async () => {
          const meetings = await everyMeeting(db);
          earlyMeetings = { db, meetings, at: performance.now() };
          return meetings;
        },
      ];
    case 'run':
      return [
        () => actionItemsOf(db, meetingId),
        () => decisionsOf(db, meetingId),
        () => parkingLotOf(db, meetingId),
        () => speakerTurnsOf(db, meetingId),
        () => everyPerson(db),
        () => agendaItemsOf(db, meetingId),
        () => attendanceOf(db, meetingId),
        () => mirrorRoundsOf(db, meetingId),
        () => votesOf(db, meetingId),
        () => firstConflictPage(db, meetingId),
      ];
    case 'other':
      return [];
  }
}

/** The longest the first render waits for the early reads: a slow disk must not keep the window blank. */
export const EARLY_READS_WAIT_MS = 300;

/**
 * Starts the reads of the screen being opened (see above); `meetingId` is the run screen's.
 * Returns whether the first screen's reads are in (or EARLY_READS_WAIT_MS have passed), so the first render can wait
 * for them: the screen then renders once with its data from the cache, instead of once empty and
 * again, with a second layout, when the data comes in.
 */
export function useEarlyReads(screen: EarlyScreen, meetingId: Id = ''): boolean {
  const { db } = useWorkspace();
  // Once in, it stays in: a later screen's reads start early too, but never blank the window.
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    const reads = readsOf(db, screen, meetingId);
    let pending = reads.length;
    const settle = () => setSettled(true);
    if (pending === 0) settle();
    const timer = setTimeout(settle, EARLY_READS_WAIT_MS);
    const subscriptions = reads.map((read) => {
      const done = () => {
        subscription.unsubscribe();
        pending -= 1;
        if (pending === 0) settle();
      };
      const subscription = liveQuery(read).subscribe({ next: done, error: done });
      return subscription;
    });
    return () => {
      clearTimeout(timer);
      subscriptions.forEach((subscription) => subscription.unsubscribe());
    };
  }, [db, screen, meetingId]);
  return settled;
}
