// The conflict log lists a point this window stored from its commit on, until a page read that
// began after the commit has seen it; no timer is involved.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../renderer/data/database';
import { forgetSeen, readMark, withStoredPoints } from '../../renderer/data/queries/just-stored';
import { readConflictLog } from '../../renderer/data/queries/conflicts';
import { createWorkspace } from '../../renderer/data/workspace';

const draft = {
  level: 'content',
  category: 'goals',
  statement: 'Discount bands differ',
  positionMarketing: '',
  positionSales: '',
  agendaItemId: '',
  departmentId: '',
  personId: '',
  private: false,
} as const;

describe('points this window just stored', () => {
  it('are listed in front of a page read before their commit, and forgotten by a read after it', async () => {
    const workspace = createWorkspace(openDatabase(`just-stored-${Math.random()}`));
    const { db } = workspace;
    const inView = () => true;
    const before = readMark(db);
    const stalePage = await readConflictLog(db, 'm1', undefined, 10);
    const logged = await workspace.conflicts.log('m1', draft);
    if (!logged.ok) throw new Error(JSON.stringify(logged.errors));

    // The page read before the commit does not hold the point; the note puts it in front.
    expect(stalePage).toEqual([]);
    const list = [{ point: logged.value, seq: readMark(db) }];
    expect(withStoredPoints(stalePage, before, list, inView, 10).map((p) => p.id)).toEqual([logged.value.id]);

    // A read that began after the commit holds it, so nothing is added twice.
    const mark = readMark(db);
    const page = await readConflictLog(db, 'm1', undefined, 10);
    forgetSeen(db, mark, inView);
    expect(withStoredPoints(page, mark, list, inView, 10).map((p) => p.id)).toEqual([logged.value.id]);
  });
});
