// Real Dexie over an in-memory IndexedDB implementation (fake-indexeddb), fresh for every test.
import { afterEach, describe, expect, it } from 'vitest';
import type { ConflictDraft } from '../../renderer/domain/conflicts';
import { testWorkspace, type TestWorkspace } from './fixtures';

const relationship: ConflictDraft = {
  statement: 'Marketing decides over our heads',
  level: 'relationship',
  category: 'power-status',
  departmentId: 'sales',
  personId: '',
  positionMarketing: '',
  positionSales: '',
  agendaItemId: 'a1',
  private: true,
};
const question = {
  ...relationship,
  statement: 'Who decides the campaign calendar, and when is Sales consulted?',
  category: 'process-responsibilities' as const,
};
let workspace: TestWorkspace;

afterEach(async () => {
  await workspace.close();
});

async function logged(draft: ConflictDraft = relationship) {
  const outcome = await workspace.conflicts.log('m1', draft);
  if (!outcome.ok) throw new Error('log failed');
  return outcome.value;
}

describe('conflicts repository', () => {
  it('logs an open point and writes nothing for a refused draft', async () => {
    workspace = testWorkspace();
    const refused = await workspace.conflicts.log('m1', { ...relationship, level: '' });
    expect(refused).toEqual({ ok: false, errors: [{ field: 'level', code: 'level-missing' }] });
    expect(await workspace.db.conflictPoints.count()).toBe(0);
    const point = await logged();
    expect(await workspace.db.conflictPoints.get(point.id)).toMatchObject({
      meetingId: 'm1',
      level: 'relationship',
      status: 'open',
      private: true,
      raisedByDepartmentId: 'sales',
    });
  });

  it('resolves with a resolution and refuses to resolve without one', async () => {
    workspace = testWorkspace();
    const point = await logged();
    expect((await workspace.conflicts.changeStatus(point.id, { to: 'resolved', resolution: '' })).ok).toBe(
      false,
    );
    expect(await workspace.db.conflictPoints.get(point.id)).toEqual(point);
    workspace.advance(2);
    await workspace.conflicts.changeStatus(point.id, { to: 'resolved', resolution: 'Shared calendar' });
    expect(await workspace.db.conflictPoints.get(point.id)).toMatchObject({
      status: 'resolved',
      resolution: 'Shared calendar',
      updatedAt: '2026-11-27T09:02:00.000Z',
    });
  });

  it('reframes: stores the content question and links both points', async () => {
    workspace = testWorkspace();
    const point = await logged();
    const outcome = await workspace.conflicts.reframe(point.id, question);
    if (!outcome.ok) throw new Error('reframe refused');
    const content = outcome.value.content;
    expect(await workspace.db.conflictPoints.get(point.id)).toMatchObject({
      status: 'reframed',
      reframedAsId: content.id,
    });
    expect(await workspace.db.conflictPoints.get(content.id)).toMatchObject({
      level: 'content',
      status: 'open',
      reframedFromId: point.id,
      agendaItemId: 'a1',
    });
  });

  it('reframes in one transaction: when writing the content question fails, neither point changes', async () => {
    workspace = testWorkspace();
    const point = await logged();
    const failing = () => {
      throw new Error('disk full');
    };
    workspace.db.conflictPoints.hook('creating', failing);
    await expect(workspace.conflicts.reframe(point.id, question)).rejects.toThrow();
    workspace.db.conflictPoints.hook('creating').unsubscribe(failing);
    expect(await workspace.db.conflictPoints.toArray()).toEqual([point]);
  });

  it('deletes softly and restores on undo', async () => {
    workspace = testWorkspace();
    const point = await logged();
    workspace.advance(1);
    await workspace.conflicts.softDelete(point.id);
    expect(await workspace.db.conflictPoints.get(point.id)).toMatchObject({
      deletedAt: '2026-11-27T09:01:00.000Z',
    });
    await workspace.conflicts.restore(point.id);
    const restored = await workspace.db.conflictPoints.get(point.id);
    expect(restored?.deletedAt).toBeUndefined();
    expect(restored).toMatchObject({ statement: point.statement, status: 'open' });
  });
});
