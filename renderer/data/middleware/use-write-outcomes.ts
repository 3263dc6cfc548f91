/** Lets a component hear the outcome of every write to the open workspace (see `write-watch.ts`). */
import { useEffect } from 'react';
import { useWorkspace } from '../provider';
import { onWriteOutcome, type WriteListener } from './write-watch';

/** Calls `listener` after each write succeeds or fails, for as long as the component is mounted. */
export function useWriteOutcomes(listener: WriteListener): void {
  const { db } = useWorkspace();
  useEffect(() => onWriteOutcome(db, listener), [db, listener]);
}
