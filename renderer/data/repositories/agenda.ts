/**
 * The only write path for agenda items. Items are checked before anything is written; deletion
 * is soft (undo restores the item in its place); reordering renumbers in one transaction.
 */
import {
  checkAgendaItem,
  checkNotes,
  moveAgendaItem,
  newAgendaItem,
  orderedAgenda,
  type AgendaFieldError,
  type AgendaItemDraft,
} from '../../domain/agenda';
import type { AgendaItem, Id } from '../../domain/types';
import type { WriteContext } from '../context';
import type { TandemDatabase } from '../database';
import { softDeletion } from './soft-delete';

export type NotesOutcome = ReturnType<typeof checkNotes>;
export type AgendaOutcome = { ok: true; value: AgendaItem } | { ok: false; errors: AgendaFieldError[] };

export interface AgendaRepository {
  add(meetingId: Id, draft: AgendaItemDraft): Promise<AgendaOutcome>;
  update(id: Id, draft: AgendaItemDraft): Promise<AgendaOutcome>;
  /** Stores the notes as typed; notes past the limit are refused and nothing changes. */
  saveNotes(id: Id, notes: string): Promise<NotesOutcome>;
  softDelete(id: Id): Promise<void>;
  restore(id: Id): Promise<void>;
  move(meetingId: Id, id: Id, toIndex: number): Promise<void>;
}

export function agendaRepository(db: TandemDatabase, context: WriteContext): AgendaRepository {
  const itemsOf = (meetingId: Id) => db.agendaItems.where('meetingId').equals(meetingId).toArray();

  return {
    ...softDeletion(db, db.agendaItems, context),
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

    async update(id, draft) {
      const checked = checkAgendaItem(draft);
      if (!checked.ok) return checked;
      return db.transaction('rw', db.agendaItems, async () => {
        const item = await db.agendaItems.get(id);
        if (!item) throw new Error(`No agenda item ${id}`);
        const updated = { ...item, ...checked.value, updatedAt: context.now() };
        await db.agendaItems.put(updated);
        return { ok: true as const, value: updated };
      });
    },

    async saveNotes(id, notes) {
      const checked = checkNotes(notes);
      if (checked.ok) await db.agendaItems.update(id, { notes: checked.value, updatedAt: context.now() });
      return checked;
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
