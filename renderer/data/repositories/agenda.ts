/**
 * The only write path for agenda items. Items are checked before anything is written; deletion
 * is soft (undo restores the item in its place, only while the others still stand where the
 * deletion left them); reordering renumbers in one transaction. An edit names what it started
 * from, and a change made meanwhile in another window refuses it (stale.ts).
 */
import {
  agendaPositions,
  checkAgendaItem,
  checkNotes,
  moveAgendaItem,
  newAgendaItem,
  orderedAgenda,
  type AgendaFieldError,
  type AgendaItemDraft,
} from '../../domain/agenda';
import type { AgendaItem, Id, Timestamp } from '../../domain/types';
import type { WriteContext } from '../context';
import type { TandemDatabase } from '../database';
import { softDeletion } from './soft-delete';
import { changedSince, stale, type Stale } from './stale';

export type AgendaOutcome = { ok: true; value: AgendaItem } | { ok: false; errors: AgendaFieldError[] };
export type AgendaEditOutcome = AgendaOutcome | Stale<AgendaItem>;

/**
 * Notes are saved as typed; notes past the limit are refused and nothing changes; a stale save
 * carries the notes stored now.
 */
export type NotesOutcome =
  { ok: true } | Extract<ReturnType<typeof checkNotes>, { ok: false }> | Stale<string>;

/** An undone deletion: refused when the agenda was reordered since (`agendaPositions`). */
export type RestoreOutcome = { ok: true } | { ok: false; reason: 'moved' };

export interface AgendaRepository {
  add(meetingId: Id, draft: AgendaItemDraft): Promise<AgendaOutcome>;
  /** `base`: the `updatedAt` the edit started from; refused as stale when the item changed since. */
  update(id: Id, draft: AgendaItemDraft, base?: Timestamp): Promise<AgendaEditOutcome>;
  /**
   * Stores the notes as typed; notes past the limit are refused. `base`: the notes the field last
   * knew to be stored; refused as stale when they differ now.
   */
  saveNotes(id: Id, notes: string, base?: string): Promise<NotesOutcome>;
  softDelete(id: Id): Promise<void>;
  /**
   * Brings a deleted item back at its place. `positions`: the other items as the deletion left them
   * (`agendaPositions`); when they moved since, nothing is written, so no two items share a place.
   */
  restore(id: Id, positions?: readonly string[]): Promise<RestoreOutcome>;
  move(meetingId: Id, id: Id, toIndex: number): Promise<void>;
}

export function agendaRepository(db: TandemDatabase, context: WriteContext): AgendaRepository {
  const itemsOf = (meetingId: Id) => db.agendaItems.where('meetingId').equals(meetingId).toArray();

  const deletion = softDeletion(db, db.agendaItems, context);

  return {
    softDelete: deletion.softDelete,
    async add(meetingId, draft) {
      const checked = checkAgendaItem(draft);
      if (!checked.ok) return checked;
      return db.transaction('rw', db.agendaItems, async () => {
        const last = orderedAgenda(await itemsOf(meetingId)).at(-1);
        const item = newAgendaItem(meetingId, checked.value, (last?.position ?? 0) + 1, {
          now: context.now(),
          newId: context.newId,
        });
        await db.agendaItems.add(item);
        return { ok: true as const, value: item };
      });
    },

    async update(id, draft, base) {
      const checked = checkAgendaItem(draft);
      if (!checked.ok) return checked;
      return db.transaction('rw', db.agendaItems, async (): Promise<AgendaEditOutcome> => {
        const item = await db.agendaItems.get(id);
        if (!item) throw new Error(`No agenda item ${id}`);
        if (changedSince(item, base)) return stale(item);
        const updated = { ...item, ...checked.value, updatedAt: context.now() };
        await db.agendaItems.put(updated);
        return { ok: true as const, value: updated };
      });
    },

    saveNotes(id, notes, base) {
      const checked = checkNotes(notes);
      if (!checked.ok) return Promise.resolve(checked);
      return db.transaction('rw', db.agendaItems, async () => {
        const item = await db.agendaItems.get(id);
        if (!item) throw new Error(`No agenda item ${id}`);
        if (base !== undefined && item.notes !== base) return stale(item.notes);
        await db.agendaItems.put({ ...item, notes: checked.value, updatedAt: context.now() });
        return { ok: true } as const;
      });
    },

    restore(id, positions) {
      return db.transaction('rw', db.agendaItems, async () => {
        const item = await db.agendaItems.get(id);
        if (!item) return { ok: true } as const;
        const others = (await itemsOf(item.meetingId)).filter((other) => other.id !== id);
        if (positions && agendaPositions(others).join() !== positions.join())
          return { ok: false, reason: 'moved' } as const;
        await deletion.restore(id);
        return { ok: true } as const;
      });
    },

    async move(meetingId, id, toIndex) {
      await db.transaction('rw', db.agendaItems, async () => {
        const changed = moveAgendaItem(await itemsOf(meetingId), id, toIndex);
        const now = context.now();
        await db.agendaItems.bulkPut(changed.map((item) => ({ ...item, updatedAt: now })));
      });
    },
  };
}
