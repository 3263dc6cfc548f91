// Real Dexie over an in-memory IndexedDB implementation (fake-indexeddb), fresh for every test.
// The log and the projector read the newest points in bulk and leave some out (deleted, private,
// reframed, of another meeting); these tests crowd the newest rows with such points.
import { afterEach, describe, expect, it } from 'vitest';
import { readConflictLog, readProjectableConflicts } from '../../renderer/data/queries/conflicts';
import { visibleConflicts } from '../../renderer/domain/conflicts';
import { projectedConflicts } from '../../renderer/domain/projection';
import type { ConflictPoint } from '../../renderer/domain/types';
import { testWorkspace, type TestWorkspace } from './fixtures';

const BASE = Date.parse('2026-11-27T09:00:00.000Z');
let workspace: TestWorkspace;

afterEach(async () => {
  await workspace.close();
});

/** A point of item a1 in meeting m1, `index` seconds after the start. */
function point(index: number, extra: Partial<ConflictPoint> = {}): ConflictPoint {
  const at = new Date(BASE + index * 1000).toISOString();
  return {
    id: `c${String(index).padStart(4, '0')}`,
    createdAt: at,
    updatedAt: at,
    meetingId: 'm1',
    agendaItemId: 'a1',
    statement: `Point ${index}`,
    level: index % 3 === 0 ? 'relationship' : 'content',
    positionMarketing: '',
    positionSales: '',
    status: 'open',
    resolution: '',
    private: false,
    ...extra,
  };
}

async function stored(points: ConflictPoint[]): Promise<ConflictPoint[]> {
  workspace = testWorkspace();
  await workspace.db.conflictPoints.bulkAdd(points);
  return points;
}

describe('reading the newest points of the conflict log', () => {
  it('fills the page with live points when the newest hundred are deleted', async () => {
    const points = await stored(
      Array.from({ length: 300 }, (_, index) =>
        point(index, index >= 200 ? { deletedAt: new Date(BASE).toISOString() } : {}),
      ),
    );
    const page = await readConflictLog(workspace.db, 'm1', 'a1', 50);
    expect(page).toEqual(visibleConflicts(points, 'a1').slice(0, 50));
    expect(page[0]?.statement).toBe('Point 199');
    expect(await readConflictLog(workspace.db, 'm1', undefined, 500)).toHaveLength(200);
  });

  it('never shows a point of another meeting, even under the same agenda item id', async () => {
    await stored(
      Array.from({ length: 80 }, (_, index) => point(index, index % 2 ? { meetingId: 'm2' } : {})),
    );
    const page = await readConflictLog(workspace.db, 'm1', 'a1', 30);
    expect(page).toHaveLength(30);
    expect(page.every((each) => each.meetingId === 'm1')).toBe(true);
    expect(page.map((each) => each.statement).slice(0, 2)).toEqual(['Point 78', 'Point 76']);
  });

  it('projects the newest four points the room may see past many private and reframed ones', async () => {
    const points = await stored(
      Array.from({ length: 120 }, (_, index) => {
        if (index >= 110) return point(index);
        if (index >= 40) return point(index, index % 2 ? { private: true } : { status: 'reframed' });
        return point(index);
      }),
    );
    const projected = await readProjectableConflicts(workspace.db, 'm1', 'a1');
    expect(projected.map((each) => each.id)).toEqual(projectedConflicts(points, 'a1').map((each) => each.id));
    // Ten public points at the top, then 70 the room may not see: only the newest four show.
    expect(projected.map((each) => each.statement)).toEqual([
      'Point 119',
      'Point 118',
      'Point 117',
      'Point 116',
    ]);
    await workspace.db.conflictPoints.bulkDelete(points.slice(110).map((each) => each.id));
    const past = await readProjectableConflicts(workspace.db, 'm1', 'a1');
    expect(past.map((each) => each.statement)).toEqual(['Point 39', 'Point 38', 'Point 37', 'Point 36']);
    expect(await readProjectableConflicts(workspace.db, 'm1', undefined)).toEqual([]);
  });
});
