/**
 * The only write path for running a meeting. Each transition reads the meeting and its agenda,
 * asks the domain (`domain/run.ts`) what changes, and writes the meeting, the changed items and
 * any new parking-lot point in ONE transaction: a failed write leaves all three as they were.
 * A refused transition writes nothing and comes back as data.
 */
import { applyRun, type RunCommand, type RunRefusal } from '../../domain/run';
import {
  extendActiveItem,
  setExtensionAsker,
  withdrawExtension,
  type ExtensionOutcome,
  type ExtensionRefusal,
} from '../../domain/run-extension';
import type { AgendaItem, Id, Timestamp } from '../../domain/types';
import type { WriteContext } from '../context';
import type { TandemDatabase } from '../database';

export type RunResult = { ok: true } | { ok: false; refusal: RunRefusal | 'no-meeting' };

/** An extension that was stored: which item and its stamp, to undo it or to say who asked. */
export type ExtensionResult =
  | { ok: true; itemId: Id; at: Timestamp }
  | { ok: false; refusal: ExtensionRefusal | 'no-meeting' | 'no-item' };

export interface RunRepository {
  /** Applies one command (start, pause, resume, next, previous, skip, defer, end). */
  apply(meetingId: Id, command: RunCommand): Promise<RunResult>;
  /** Adds `minutes` to the running item's timer (+1, +5). */
  extend(meetingId: Id, minutes: number): Promise<ExtensionResult>;
  /** Takes back the extension stamped `at` (undo). */
  withdrawExtension(itemId: Id, at: Timestamp): Promise<ExtensionResult>;
  /** Records who asked for the extension stamped `at`; `undefined` clears it. */
  setExtensionAsker(itemId: Id, at: Timestamp, personId: Id | undefined): Promise<ExtensionResult>;
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
    extend(meetingId, minutes) {
      return db.transaction('rw', db.meetings, db.agendaItems, async (): Promise<ExtensionResult> => {
        const meeting = await db.meetings.get(meetingId);
        if (!meeting || meeting.deletedAt !== undefined) return { ok: false, refusal: 'no-meeting' };
        const items = await db.agendaItems.where('meetingId').equals(meetingId).toArray();
        const now = context.now();
        const outcome = extendActiveItem(meeting, items, minutes, now);
        if (!outcome.ok) return outcome;
        await db.agendaItems.put(outcome.item);
        return { ok: true, itemId: outcome.item.id, at: now };
      });
    },
    withdrawExtension(itemId, at) {
      return changeItem(itemId, at, (item, now) => withdrawExtension(item, at, now));
    },
    setExtensionAsker(itemId, at, personId) {
      return changeItem(itemId, at, (item, now) => setExtensionAsker(item, at, personId, now));
    },
  };

  /** Reads one live item, asks the domain what changes and writes it, in one transaction. */
  function changeItem(
    itemId: Id,
    at: Timestamp,
    change: (item: AgendaItem, now: Timestamp) => ExtensionOutcome,
  ): Promise<ExtensionResult> {
    return db.transaction('rw', db.agendaItems, async (): Promise<ExtensionResult> => {
      const item = await db.agendaItems.get(itemId);
      if (!item || item.deletedAt !== undefined) return { ok: false, refusal: 'no-item' };
      const outcome = change(item, context.now());
      if (!outcome.ok) return outcome;
      await db.agendaItems.put(outcome.item);
      return { ok: true, itemId, at };
    });
  }
}
