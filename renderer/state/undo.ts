/**
 * The one undo of the app. A feature that soft-deletes or archives something pushes
 * `{ label, undo }`; the app shell's undo notice (renderer/app/UndoHost.tsx) offers the latest
 * entry with an Undo button, and Ctrl+Z (Cmd+Z on macOS, outside text fields) undoes it from any
 * screen. Only the last few entries are kept; the stack lives for the session, not in the database.
 */
import { create } from 'zustand';

export interface UndoEntry {
  /** What was deleted or archived, as the user reads it, e.g. "Deleted: Budget split" (translated). */
  label: string;
  /** Brings the record back. A repository refusal (`{ ok: false, … }`) means it could not. */
  undo: () => Promise<unknown>;
  /** What the notice says when the undo was refused (e.g. the term was taken meanwhile). */
  refused?: string;
}

/** What the undo notice says right now. */
export type UndoNoticeState =
  | { kind: 'offer'; entry: UndoEntry }
  | { kind: 'undone'; label: string }
  | { kind: 'refused'; message: string }
  | { kind: 'nothing' };

const LIMIT = 20;

interface UndoState {
  entries: readonly UndoEntry[];
  /** null while the notice is hidden. */
  notice: UndoNoticeState | null;
  push(entry: UndoEntry): void;
  /** Takes the latest entry off the stack, to undo it. */
  pop(): UndoEntry | undefined;
  say(notice: UndoNoticeState | null): void;
}

export const useUndoStack = create<UndoState>()((set, get) => ({
  entries: [],
  notice: null,
  push: (entry) =>
    set({ entries: [...get().entries, entry].slice(-LIMIT), notice: { kind: 'offer', entry } }),
  pop: () => {
    const entries = get().entries;
    const last = entries.at(-1);
    if (last) set({ entries: entries.slice(0, -1) });
    return last;
  },
  say: (notice) => set({ notice }),
}));

/**
 * For features: `const pushUndo = usePushUndo();` then, after a soft deletion,
 * `pushUndo({ label: t('…deleted', { text }), undo: () => repo.restore(id) })`.
 */
export function usePushUndo(): (entry: UndoEntry) => void {
  return useUndoStack((state) => state.push);
}
