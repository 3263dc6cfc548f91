/**
 * The only write path for action items. A draft is checked with the domain rules first and
 * nothing is written when it is refused. Deletion is soft, so it can be undone and so that the
 * minutes and a carried-over copy keep their source.
 */
import {
  checkActionDraft,
  newActionItem,
  withActionStatus,
  type ActionDraft,
  type ActionFieldError,
} from '../../domain/actions';
import { isCalendarDate } from '../../domain/calendar';
import type { ActionItem, ActionStatus, CalendarDate, Id } from '../../domain/types';
import type { WriteContext } from '../context';
import type { TandemDatabase } from '../database';
import { softDeletion } from './soft-delete';

export type ActionOutcome = { ok: true; value: ActionItem } | { ok: false; errors: ActionFieldError[] };

export type DueDateOutcome =
  { ok: true; previous: CalendarDate | undefined } | { ok: false; errors: ActionFieldError[] };

export interface ActionsRepository {
  create(meetingId: Id, draft: ActionDraft): Promise<ActionOutcome>;
  setStatus(id: Id, status: ActionStatus): Promise<void>;
  /** Sets or (with '') clears the due date; refuses what is not a date. */
  setDueDate(id: Id, dueDate: string): Promise<DueDateOutcome>;
  softDelete(id: Id): Promise<void>;
  restore(id: Id): Promise<void>;
}

export function actionsRepository(db: TandemDatabase, context: WriteContext): ActionsRepository {
  return {
    ...softDeletion(db, db.actionItems, context),
    async create(meetingId, draft) {
      const checked = checkActionDraft(draft);
      if (!checked.ok) return checked;
      const item = newActionItem(meetingId, checked.value, { now: context.now(), newId: context.newId });
      // Explicit, like a captured conflict point: the list shows the item only once it is stored.
      await db.transaction('rw', db.actionItems, () => db.actionItems.add(item));
      return { ok: true, value: item };
    },

    async setStatus(id, status) {
      await db.transaction('rw', db.actionItems, async () => {
        const item = await db.actionItems.get(id);
        if (!item) throw new Error(`No action item ${id}`);
        const changed = withActionStatus(item, status, context.now());
        if (changed !== item) await db.actionItems.put(changed);
      });
    },

    async setDueDate(id, dueDate) {
      const date = dueDate.trim();
      if (date !== '' && !isCalendarDate(date))
        return { ok: false, errors: [{ field: 'dueDate', code: 'due-date-invalid' }] };
      return db.transaction('rw', db.actionItems, async () => {
        const item = await db.actionItems.get(id);
        if (!item) throw new Error(`No action item ${id}`);
        const previous = item.dueDate;
        if ((previous ?? '') === date) return { ok: true, previous };
        const { dueDate: _old, ...rest } = item;
        await db.actionItems.put({ ...rest, ...(date ? { dueDate: date } : {}), updatedAt: context.now() });
        return { ok: true, previous };
      });
    },
  };
}
