/**
 * The modal dialogs open right now, innermost last. A modal dialog makes the rest of the page inert,
 * so whatever must stay reachable while one is open (the write-failure warning) renders into the
 * notice slot of the innermost one.
 */
import { useSyncExternalStore } from 'react';

interface OpenDialog {
  dialog: HTMLDialogElement;
  /** An element at the top of the dialog that page-wide notices may render into. */
  slot: HTMLElement;
}

let stack: readonly OpenDialog[] = [];
const listeners = new Set<() => void>();

function changed() {
  listeners.forEach((listener) => listener());
}

/** Records an opened dialog; returns what forgets it again. */
export function pushDialog(entry: OpenDialog): () => void {
  stack = [...stack, entry];
  changed();
  return () => {
    stack = stack.filter((open) => open !== entry);
    changed();
  };
}

/** Whether a dialog is open now, e.g. one that a new dialog would open over. */
export function hasOpenDialog(): boolean {
  return stack.length > 0;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The notice slot of the innermost open dialog, or null while none is open. */
export function useTopDialogSlot(): HTMLElement | null {
  return useSyncExternalStore(subscribe, () => stack[stack.length - 1]?.slot ?? null);
}
