/**
 * Focus mode while a meeting runs: the app's header gives way to the run screen's own (meeting
 * title, time, audience controls); Alt+Z or the "Show navigation" button brings the full header
 * back. The choice is remembered for the session (sessionStorage), the running state is set by the
 * run screen while it shows a running meeting.
 */
import { useSyncExternalStore } from 'react';

const KEY = 'tandem.fullHeader';
interface FocusMode {
  /** A running meeting's run screen is shown. */
  running: boolean;
  /** The facilitator asked for the full header (navigation) while running. */
  fullHeader: boolean;
}

let state: FocusMode = { running: false, fullHeader: readStored() };
const listeners = new Set<() => void>();

function readStored(): boolean {
  try {
    return sessionStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

function set(next: Partial<FocusMode>) {
  state = { ...state, ...next };
  listeners.forEach((listener) => listener());
}

export function setRunning(running: boolean): void {
  if (state.running !== running) set({ running });
}

export function toggleFullHeader(): void {
  const fullHeader = !state.fullHeader;
  try {
    sessionStorage.setItem(KEY, fullHeader ? '1' : '0');
  } catch {
    // Private windows may refuse storage; the toggle still works for this page.
  }
  set({ fullHeader });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useFocusMode(): FocusMode {
  return useSyncExternalStore(subscribe, () => state);
}
