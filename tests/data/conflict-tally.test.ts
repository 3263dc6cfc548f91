// Real Dexie over an in-memory IndexedDB implementation (fake-indexeddb), fresh for every run.
// The balance is a tally kept with every write (renderer/data/middleware/conflict-tally.ts); whatever the
// writes, it must equal the balance counted over every stored point, and a failed write must leave
// both as they were.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { readConflictBalances } from '../../renderer/data/queries/conflicts';
import { balance } from '../../renderer/domain/conflicts';
import type { ConflictLevel, ConflictPoint, ConflictStatus } from '../../renderer/domain/types';
import { testWorkspace, type TestWorkspace } from './fixtures';

const MEETINGS = ['m1', 'm2'] as const;
const ITEMS = ['a1', 'a2', 'b1', undefined] as const;
const LEVELS: ConflictLevel[] = ['content', 'relationship'];
const STATUSES: ConflictStatus[] = ['open', 'reframed', 'resolved', 'parked', 'escalated'];
const AT = '2026-11-27T09:00:00.000Z';

let workspace: TestWorkspace;

afterEach(async () => {
  await workspace.close();
});

const pointArb = fc
  .record({
    id: fc.integer({ min: 0, max: 11 }),
    meetingId: fc.constantFrom(...MEETINGS),
    agendaItemId: fc.constantFrom(...ITEMS),
    level: fc.constantFrom(...LEVELS),
    status: fc.constantFrom(...STATUSES),
    deleted: fc.boolean(),
  })
  .map(({ id, agendaItemId, deleted, ...rest }): ConflictPoint => {
    const point: ConflictPoint = {
      ...rest,
      id: `c${id}`,
      createdAt: AT,
      updatedAt: AT,
      statement: `Point ${id}`,
      positionMarketing: '',
      positionSales: '',
      resolution: '',
      private: false,
    };
    if (agendaItemId !== undefined) point.agendaItemId = agendaItemId;
    if (deleted) point.deletedAt = AT;
    return point;
  });

const idArb = fc.integer({ min: 0, max: 11 }).map((id) => `c${id}`);

/** Every way the app (or Dexie under it) writes conflict points. */
const writeArb = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), point: pointArb }),
  fc.record({ kind: fc.constant('put' as const), point: pointArb }),
  fc.record({ kind: fc.constant('bulkPut' as const), points: fc.array(pointArb, { maxLength: 6 }) }),
  fc.record({ kind: fc.constant('bulkAdd' as const), points: fc.array(pointArb, { maxLength: 6 }) }),
  fc.record({ kind: fc.constant('update' as const), id: idArb, status: fc.constantFrom(...STATUSES) }),
  fc.record({ kind: fc.constant('softDelete' as const), id: idArb }),
  fc.record({ kind: fc.constant('restore' as const), id: idArb }),
  fc.record({ kind: fc.constant('delete' as const), id: idArb }),
  fc.record({ kind: fc.constant('bulkDelete' as const), ids: fc.array(idArb, { maxLength: 4 }) }),
  fc.record({ kind: fc.constant('deleteRange' as const), from: idArb, to: idArb }),
  fc.record({ kind: fc.constant('clear' as const) }),
  fc.record({ kind: fc.constant('aborted' as const), point: pointArb }),
);
type Write = typeof writeArb extends fc.Arbitrary<infer T> ? T : never;

/** Applies one write; refusals (an add of an existing id) are part of what is tested. */
async function apply(write: Write): Promise<void> {
  const { db, conflicts } = workspace;
  const table = db.conflictPoints;
  const refused = () => undefined;
  switch (write.kind) {
    case 'add':
      return table.add(write.point).then(() => undefined, refused);
    case 'put':
      return table.put(write.point).then(() => undefined);
    case 'bulkPut':
      return table.bulkPut(write.points).then(() => undefined);
    case 'bulkAdd':
      // Dexie writes the new ones and reports the existing ids as failures.
      return table.bulkAdd(write.points).then(() => undefined, refused);
    case 'update':
      return table.update(write.id, { status: write.status }).then(() => undefined);
    case 'softDelete':
      return conflicts.softDelete(write.id).catch(refused);
    case 'restore':
      return conflicts.restore(write.id).catch(refused);
    case 'delete':
      return table.delete(write.id);
    case 'bulkDelete':
      return table.bulkDelete(write.ids);
    case 'deleteRange':
      return table
        .where('id')
        .between(write.from, write.to, true, true)
        .delete()
        .then(() => undefined);
    case 'clear':
      return table.clear();
    case 'aborted':
      return db
        .transaction('rw', table, async () => {
          await table.put(write.point);
          throw new Error('changed my mind');
        })
        .catch(refused);
  }
}

async function expectTalliesMatchThePoints(): Promise<void> {
  const points = await workspace.db.conflictPoints.toArray();
  for (const meetingId of MEETINGS) {
    const ofMeeting = points.filter((point) => point.meetingId === meetingId);
    for (const item of ITEMS) {
      const read = await readConflictBalances(workspace.db, meetingId, item);
      expect(read.meeting, meetingId).toEqual(balance(ofMeeting));
      // An item's tally counts its points of every meeting; item ids are unique to a meeting.
      if (item !== undefined) expect(read.item, item).toEqual(balance(points, item));
    }
  }
}

describe('the conflict tally', () => {
  it('equals the balance counted over every point after any sequence of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(writeArb, { minLength: 1, maxLength: 25 }), async (writes) => {
        workspace = testWorkspace();
        for (const write of writes) await apply(write);
        await expectTalliesMatchThePoints();
        await workspace.close();
      }),
      { numRuns: 150 },
    );
    workspace = testWorkspace();
  });

  it('follows capture, status changes, reframing, deletion and restore through the repository', async () => {
    workspace = testWorkspace();
    const { conflicts } = workspace;
    const common = {
      statement: 'Marketing decides over our heads',
      category: 'power-status' as const,
      departmentId: 'sales' as const,
      personId: '',
      positionMarketing: '',
      positionSales: '',
      agendaItemId: 'a1',
      private: false,
    };
    const draft = { ...common, level: 'relationship' as const };
    const logged = await conflicts.log('m1', draft);
    await conflicts.log('m1', { ...draft, level: 'content', category: 'goals' });
    if (!logged.ok) throw new Error('log failed');
    expect((await readConflictBalances(workspace.db, 'm1', 'a1')).item).toEqual({
      content: 1,
      relationship: 1,
      total: 2,
      openRelationship: 1,
    });
    await conflicts.reframe(logged.value.id, {
      ...common,
      statement: 'Who decides the campaign calendar?',
      category: 'process-responsibilities',
    });
    expect((await readConflictBalances(workspace.db, 'm1', 'a1')).meeting).toEqual({
      content: 2,
      relationship: 1,
      total: 3,
      openRelationship: 0,
    });
    await conflicts.softDelete(logged.value.id);
    expect((await readConflictBalances(workspace.db, 'm1', undefined)).meeting.relationship).toBe(0);
    await conflicts.restore(logged.value.id);
    await expectTalliesMatchThePoints();
  });
});
