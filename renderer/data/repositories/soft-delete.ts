/**
 * Soft deletion, shared by the repositories: a deleted record keeps its row, marked with
 * `deletedAt`, so Undo can bring it back exactly and the minutes can still refer to it.
 */
import type { InsertType, Table } from 'dexie';
import type { Id, RecordMeta } from '../../domain/types';
import type { WriteContext } from '../context';
import type { TandemDatabase } from '../database';

export interface SoftDeletion {
  softDelete(id: Id): Promise<void>;
  /** Brings a soft-deleted record back as it was, without the deletion mark. */
  restore(id: Id): Promise<void>;
}

export function softDeletion<T extends RecordMeta>(
  db: TandemDatabase,
  table: Table<T, Id, InsertType<T, 'id'>>,
  context: WriteContext,
): SoftDeletion {
  return {
    async softDelete(id) {
      const now = context.now();
      await db.transaction('rw', table, async () => {
        const record = await table.get(id);
        if (record) await table.put({ ...record, deletedAt: now, updatedAt: now });
      });
    },
    async restore(id) {
      await db.transaction('rw', table, async () => {
        const record = await table.get(id);
        if (!record) return;
        const { deletedAt: _deletedAt, ...rest } = record;
        // The same record without its optional deletion mark, which T allows to be absent.
        await table.put({ ...rest, updatedAt: context.now() } as T);
      });
    },
  };
}
