/**
 * The undo stack of deletions, shared by every screen: a feature that deletes something pushes
 * `{ label, undo }`, and Ctrl+Z (outside text fields) pops the latest and runs it. Only the last
 * few deletions are kept; the stack lives for the session, not in the database.
 */
import { create } from 'zustand';

export interface UndoEntry {
  /** What was deleted, as the user reads it, e.g. "Deleted: Budget split" (already translated). */
  label: string;
  /** Brings the record back. */
  undo: () => Promise<void>;
}

const LIMIT = 20;

interface UndoState {
  entries: readonly UndoEntry[];
  push(entry: UndoEntry): void;
  pop(): UndoEntry | undefined;
}

export const useUndoStack = create<UndoState>()((set, get) => ({
  entries: [],
  push: (entry) => set({ entries: [...get().entries, entry].slice(-LIMIT) }),
  pop: () => {
    const entries = get().entries;
    const last = entries.at(-1);
    if (last) set({ entries: entries.slice(0, -1) });
    return last;
  },
}));

/**
 * For features: `const pushUndo = usePushUndo();` then, after a soft deletion,
 * `pushUndo({ label: t('…deleted', { text }), undo: () => repo.restore(id) })`.
 */
export function usePushUndo(): (entry: UndoEntry) => void {
  return useUndoStack((state) => state.push);
}

/** Pops the latest deletion, for the Ctrl+Z shortcut. */
export function usePopUndo(): () => UndoEntry | undefined {
  return useUndoStack((state) => state.pop);
}
