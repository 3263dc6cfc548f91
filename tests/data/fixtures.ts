/** A workspace on its own database, with a clock and ids a test controls. */
import { openDatabase } from '../../renderer/data/database';
import { createWorkspace, type Workspace } from '../../renderer/data/workspace';

export interface TestWorkspace extends Workspace {
  /** Moves the test clock forward by whole minutes. */
  advance(minutes: number): void;
  close(): Promise<void>;
}

let counter = 0;

/** Opens a workspace whose database no other test shares. */
export function testWorkspace(
  name = `test-${++counter}-${Math.random().toString(36).slice(2)}`,
): TestWorkspace {
  let clock = Date.parse('2026-11-27T09:00:00.000Z');
  let ids = 0;
  const db = openDatabase(name);
  const workspace = createWorkspace(db, {
    now: () => new Date(clock).toISOString(),
    newId: () => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`,
  });
  return {
    ...workspace,
    advance(minutes) {
      clock += minutes * 60_000;
    },
    async close() {
      db.close();
    },
  };
}
