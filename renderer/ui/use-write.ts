/**
 * The one way a feature writes. `run(command, { done, refused, failed })` carries out one
 * repository call and sorts what came of it:
 *
 * - done: it applied (a refusal-free outcome, or nothing for a plain write such as a deletion);
 * - refused: the repository said no with data (`{ ok: false, … }`, e.g. a name already taken),
 *   which the form shows where it belongs, next to the field;
 * - failed: storage could not write. The global write-failure alert says so (the write watch of
 *   renderer/data/middleware hears every failed write; `run` reports it too, for a failure that
 *   never reached IndexedDB). Nothing is cleared, so what was typed stays on screen.
 *
 * `pending` is true while a write runs. A modal dialog needs no notice of its own: while one is open,
 * the global alert renders inside it (ui/dialog-stack.ts).
 */
import { useCallback, useRef, useState } from 'react';
import { errorName } from '../data/middleware/write-watch';
import { useWriteFailure } from '../state/write-failure';

/** A refusal, as repositories return one: `{ ok: false, … }`. */
type Refusal = { ok: false };
export type Refused<T> = Extract<T, Refusal>;
export type Done<T> = Exclude<T, Refusal>;

export interface WriteHandlers<T> {
  done?: (value: Done<T>) => void;
  refused?: (refusal: Refused<T>) => void;
  /** After the global alert has been told; for a flow that must give something back (a draft). */
  failed?: () => void;
}

function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && 'ok' in value && value.ok === false;
}

export function useWrite() {
  const [pending, setPending] = useState(false);
  // Writes that have not settled yet: `pending` ends with the last of them.
  const running = useRef(0);

  const run = useCallback(async <T>(command: () => Promise<T>, handlers: WriteHandlers<T> = {}) => {
    running.current += 1;
    setPending(true);
    let outcome: { ok: true; value: T } | { ok: false; error: unknown };
    try {
      outcome = { ok: true, value: await command() };
    } catch (error) {
      outcome = { ok: false, error };
    } finally {
      running.current -= 1;
      if (running.current === 0) setPending(false);
    }
    if (!outcome.ok) {
      useWriteFailure.getState().failed(errorName(outcome.error));
      handlers.failed?.();
      return false;
    }
    const value = outcome.value;
    if (isRefusal(value)) {
      // isRefusal narrowed it to `{ ok: false }`; TypeScript cannot carry that back to T.
      handlers.refused?.(value as Refused<T>);
      return false;
    }
    // Not a refusal, so the part of T that is done.
    handlers.done?.(value as Done<T>);
    return true;
  }, []);

  return { run, pending };
}
