/**
 * One text that saves as it is typed, safely when two windows show it. The field remembers the
 * stored text it last knew (its base) and every save names it; the repository refuses a save whose
 * base is no longer stored (renderer/data/repositories/stale.ts), so a window showing old text never
 * replaces what another window saved. Saves run one at a time: keys typed during a save are sent
 * together when it ends, each against the base the last save left.
 *
 * The stored value, read live, reaches the field only when that loses nothing: a text this field
 * wrote or already saw changes nothing; another window's text replaces the field's while it is not
 * being edited (not focused, nothing unsaved); otherwise both versions are offered (`theirs`) and
 * nothing is saved until the user takes theirs or keeps theirs out with "keep mine".
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Stale } from '../data/repositories/stale';
import { useWrite } from './use-write';

/** What one save gave back: stored (as the repository cleaned it), stale, or refused with a message. */
export type AutosaveResult = { ok: true; stored?: string } | Stale<string> | { ok: false; message: string };

/** How many stored texts the field remembers as its own or already seen. */
const SEEN_LIMIT = 100;

export function useAutosavedText(
  stored: string,
  save: (text: string, base: string) => Promise<AutosaveResult>,
) {
  const { run } = useWrite();
  const [value, setValue] = useState(stored);
  const [theirs, setTheirs] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  const state = useRef({
    /** The stored text as last read live. */
    stored,
    /** The stored text this field last knew; every save names it. */
    base: stored,
    /** What is in the field. */
    typed: stored,
    seen: new Set([stored]),
    theirs: undefined as string | undefined,
    saving: false,
    queued: undefined as string | undefined,
    focused: false,
  });

  const remember = useCallback((text: string) => {
    const { seen } = state.current;
    seen.delete(text);
    seen.add(text);
    if (seen.size > SEEN_LIMIT) seen.delete(seen.values().next().value ?? '');
  }, []);

  const offer = useCallback(
    (text: string) => {
      remember(text);
      state.current.theirs = text;
      setTheirs(text);
    },
    [remember],
  );

  /** Brings the stored text, as last read, into the field when that loses nothing; else offers it. */
  const reconcile = useCallback(() => {
    const field = state.current;
    const { stored: text } = field;
    if (field.seen.has(text) || field.saving) return;
    if (!field.focused && field.theirs === undefined && field.typed === field.base) {
      remember(text);
      field.base = text;
      field.typed = text;
      setValue(text);
    } else offer(text);
  }, [remember, offer]);

  const send = useCallback(
    async (first: string): Promise<void> => {
      const field = state.current;
      let next: string | undefined = first;
      while (next !== undefined) {
        const text: string = next;
        field.saving = true;
        await run(() => saveRef.current(text, field.base), {
          done: (result) => {
            field.base = result.stored ?? text;
            remember(field.base);
            setError(undefined);
          },
          refused: (refusal) => {
            if ('reason' in refusal) offer(refusal.current);
            else setError(refusal.message);
          },
        });
        field.saving = false;
        next = field.theirs === undefined ? field.queued : undefined;
        field.queued = undefined;
      }
      reconcile();
    },
    [run, remember, offer, reconcile],
  );

  const edit = useCallback(
    (text: string) => {
      const field = state.current;
      setValue(text);
      field.typed = text;
      if (field.theirs !== undefined) return;
      if (field.saving) field.queued = text;
      else void send(text);
    },
    [send],
  );

  useEffect(() => {
    state.current.stored = stored;
    reconcile();
  }, [stored, reconcile]);

  const takeTheirs = useCallback(() => {
    const field = state.current;
    if (field.theirs === undefined) return;
    field.base = field.theirs;
    field.typed = field.theirs;
    field.theirs = undefined;
    setValue(field.base);
    setTheirs(undefined);
    setError(undefined);
  }, []);

  const keepMine = useCallback(() => {
    const field = state.current;
    if (field.theirs === undefined) return;
    field.base = field.theirs;
    field.theirs = undefined;
    setTheirs(undefined);
    if (field.saving) field.queued = field.typed;
    else void send(field.typed);
  }, [send]);

  /** Takes a text this window stored by other means (an undo), as if the field had saved it. */
  const adopt = useCallback(
    (text: string) => {
      const field = state.current;
      remember(text);
      field.base = text;
      field.typed = text;
      field.theirs = undefined;
      setValue(text);
      setTheirs(undefined);
      setError(undefined);
    },
    [remember],
  );

  const focus = {
    onFocus: () => {
      state.current.focused = true;
    },
    onBlur: () => {
      state.current.focused = false;
    },
  };

  return { value, edit, theirs, error, takeTheirs, keepMine, adopt, focus };
}
