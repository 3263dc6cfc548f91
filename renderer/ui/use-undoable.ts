/**
 * A soft deletion or an archiving, written through `useWrite` and, once stored, offered for undo
 * in the app's one undo notice (and to Ctrl+Z): `undoable(() => repo.softDelete(id), { label,
 * undo: () => repo.restore(id) })`, which resolves to whether it was stored. `pending` is true while
 * it writes.
 */
import { useCallback } from 'react';
import { usePushUndo, type UndoEntry } from '../state/undo';
import { useWrite } from './use-write';

export function useUndoable() {
  const { run, pending } = useWrite();
  const pushUndo = usePushUndo();
  const undoable = useCallback(
    (write: () => Promise<unknown>, entry: UndoEntry) => run(write, { done: () => pushUndo(entry) }),
    [run, pushUndo],
  );
  return { undoable, pending };
}
