// Real Dexie over an in-memory IndexedDB implementation (fake-indexeddb), fresh for every test.
import { afterEach, describe, expect, it } from 'vitest';
import type { ActionDraft } from '../../renderer/domain/actions';
import { testWorkspace, type TestWorkspace } from './fixtures';

const draft: ActionDraft = {
  what: 'Draft the lead score',
  ownerPersonId: 'p1',
  dueDate: '2026-12-15',
  channel: 'call',
  decisionId: 'd1',
  agendaItemId: '',
};
let workspace: TestWorkspace;

afterEach(async () => {
  await workspace.close();
});

async function created(meetingId = 'm1') {
  const outcome = await workspace.actions.create(meetingId, draft);
  if (!outcome.ok) throw new Error('create failed');
  return outcome.value;
}

describe('actions repository', () => {
  it('stores an open action item of a meeting', async () => {
    workspace = testWorkspace();
    const item = await created();
    expect(await workspace.db.actionItems.get(item.id)).toEqual({
      id: item.id,
      createdAt: '2026-11-27T09:00:00.000Z',
      updatedAt: '2026-11-27T09:00:00.000Z',
      meetingId: 'm1',
      what: 'Draft the lead score',
      ownerPersonId: 'p1',
      dueDate: '2026-12-15',
      channel: 'call',
      decisionId: 'd1',
      status: 'open',
    });
  });

  it('writes nothing when the draft is refused', async () => {
    workspace = testWorkspace();
    const outcome = await workspace.actions.create('m1', { ...draft, what: '', dueDate: 'soon' });
    expect(outcome).toEqual({
      ok: false,
      errors: [
        { field: 'what', code: 'what-empty' },
        { field: 'dueDate', code: 'due-date-invalid' },
      ],
    });
    expect(await workspace.db.actionItems.count()).toBe(0);
  });

  it('marks an item done and dropped', async () => {
    workspace = testWorkspace();
    const item = await created();
    workspace.advance(2);
    await workspace.actions.setStatus(item.id, 'done');
    expect(await workspace.db.actionItems.get(item.id)).toMatchObject({
      status: 'done',
      updatedAt: '2026-11-27T09:02:00.000Z',
    });
    await workspace.actions.setStatus(item.id, 'dropped');
    expect((await workspace.db.actionItems.get(item.id))?.status).toBe('dropped');
  });

  it('deletes softly and restores the item as it was', async () => {
    workspace = testWorkspace();
    const item = await created();
    workspace.advance(1);
    await workspace.actions.softDelete(item.id);
    expect((await workspace.db.actionItems.get(item.id))?.deletedAt).toBe('2026-11-27T09:01:00.000Z');
    workspace.advance(1);
    await workspace.actions.restore(item.id);
    expect(await workspace.db.actionItems.get(item.id)).toEqual({
      ...item,
      updatedAt: '2026-11-27T09:02:00.000Z',
    });
  });
});

describe('parking lot repository', () => {
  it('parks, closes and reopens a point, refusing an empty one', async () => {
    workspace = testWorkspace();
    expect(await workspace.parkingLot.create('m1', { text: ' ', agendaItemId: '' })).toEqual({
      ok: false,
      errors: [{ field: 'text', code: 'text-empty' }],
    });
    const outcome = await workspace.parkingLot.create('m1', { text: 'Pricing Portugal', agendaItemId: 'a1' });
    if (!outcome.ok) throw new Error('create failed');
    const id = outcome.value.id;
    expect(await workspace.db.parkingLot.get(id)).toMatchObject({ status: 'open', agendaItemId: 'a1' });
    await workspace.parkingLot.close(id);
    expect((await workspace.db.parkingLot.get(id))?.status).toBe('closed');
    await workspace.parkingLot.reopen(id);
    expect((await workspace.db.parkingLot.get(id))?.status).toBe('open');
    expect(await workspace.db.parkingLot.count()).toBe(1);
  });
});
