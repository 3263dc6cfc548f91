/** The clock and id source the repositories use; tests replace both to be exact. */
import type { Id, Timestamp } from '../domain/types';

export interface WriteContext {
  now: () => Timestamp;
  newId: () => Id;
}

/** Real time and random UUIDs, as the app uses them. */
export const systemContext: WriteContext = {
  now: () => new Date().toISOString(),
  newId: () => crypto.randomUUID(),
};
