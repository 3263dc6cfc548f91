/**
 * The only write path for running a meeting. Each transition reads the meeting and its agenda,
 * asks the domain (`domain/run.ts`) what changes, and writes the meeting, the changed items and
 * any new parking-lot point in ONE transaction: a failed write leaves all three as they were.
 * A refused transition writes nothing and comes back as data.
 */
import { applyRun, type RunCommand, type RunRefusal } from '../../domain/run';
import type { Id } from '../../domain/types';
import type { WriteContext } from '../context';
import type { TandemDatabase } from '../database';

export type RunResult = { ok: true } | { ok: false; refusal: RunRefusal | 'no-meeting' };

export interface RunRepository {
  /** Applies one command (start, pause, resume, next, previous, skip, defer, end). */
  apply(meetingId: Id, command: RunCommand): Promise<RunResult>;
}

export function runRepository(db: TandemDatabase, context: WriteContext): RunRepository {
  return {
    apply(meetingId, command) {
      return db.transaction('rw', db.meetings, db.agendaItems, db.parkingLot, async () => {
        const meeting = await db.meetings.get(meetingId);
        if (!meeting || meeting.deletedAt !== undefined) return { ok: false, refusal: 'no-meeting' } as const;
        const items = await db.agendaItems.where('meetingId').equals(meetingId).toArray();
        const outcome = applyRun(command, meeting, items, { now: context.now(), newId: context.newId });
        if (!outcome.ok) return outcome;
        const { change } = outcome;
        await db.meetings.put(change.meeting);
        await db.agendaItems.bulkPut(change.items);
        if (change.parkingLot.length > 0) await db.parkingLot.bulkAdd(change.parkingLot);
        return { ok: true } as const;
      });
    },
  };
}
