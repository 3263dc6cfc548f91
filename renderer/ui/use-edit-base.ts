/**
 * The base of a whole-record edit in a dialog: the `updatedAt` of the record as the dialog opened
 * it. Every save names it; when another window saved the record meanwhile, the repository refuses
 * the save as stale (renderer/data/repositories/stale.ts) and `theirs` holds what is stored now,
 * for `ChangedElsewhere` to show next to the draft. Either choice makes what is stored now the new
 * base: `takeTheirs` loads it into the form, `keepMine` saves the draft over it.
 */
import { useCallback, useState } from 'react';
import type { Timestamp } from '../domain/types';

export function useEditBase<T extends { updatedAt: Timestamp }>(record: T | undefined) {
  const [base, setBase] = useState(record?.updatedAt);
  const [theirs, setTheirs] = useState<T | undefined>();

  const settle = useCallback((): T | undefined => {
    if (theirs === undefined) return undefined;
    setBase(theirs.updatedAt);
    setTheirs(undefined);
    return theirs;
  }, [theirs]);

  const takeTheirs = useCallback(
    (load: (current: T) => void) => {
      const current = settle();
      if (current) load(current);
    },
    [settle],
  );

  const keepMine = useCallback(
    (save: (base: Timestamp) => void) => {
      const current = settle();
      if (current) save(current.updatedAt);
    },
    [settle],
  );

  return { base, theirs, stale: setTheirs, takeTheirs, keepMine };
}
