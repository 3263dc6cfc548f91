// Real Dexie over an in-memory IndexedDB implementation (fake-indexeddb), fresh for every test.
import { afterEach, describe, expect, it } from 'vitest';
import type { KnowledgeDraft } from '../../renderer/domain/knowledge';
import { testWorkspace, type TestWorkspace } from './fixtures';

const question: KnowledgeDraft = {
  kind: 'question',
  text: 'How many leads did the trade fair bring?',
  topic: 'Trade fair',
  departmentId: 'marketing',
  agendaItemId: '',
};
let workspace: TestWorkspace;

afterEach(async () => {
  await workspace.close();
});

async function created(draft: KnowledgeDraft = question, meetingId = 'm1') {
  const outcome = await workspace.knowledge.create(meetingId, draft);
  if (!outcome.ok) throw new Error('create failed');
  return outcome.value;
}

describe('knowledge repository', () => {
  it('stores a question of a meeting as open', async () => {
    workspace = testWorkspace();
    const item = await created();
    expect(await workspace.db.knowledgeItems.get(item.id)).toEqual({
      id: item.id,
      createdAt: '2026-11-27T09:00:00.000Z',
      updatedAt: '2026-11-27T09:00:00.000Z',
      meetingId: 'm1',
      kind: 'question',
      text: 'How many leads did the trade fair bring?',
      topic: 'Trade fair',
      broughtByDepartmentId: 'marketing',
      answer: '',
      status: 'open',
    });
  });

  it('writes nothing when the draft is refused', async () => {
    workspace = testWorkspace();
    const outcome = await workspace.knowledge.create('m1', { ...question, text: '  ' });
    expect(outcome).toEqual({ ok: false, errors: [{ field: 'text', code: 'text-empty' }] });
    expect(await workspace.db.knowledgeItems.count()).toBe(0);
  });

  it('answers a question, which marks it answered', async () => {
    workspace = testWorkspace();
    const item = await created();
    workspace.advance(3);
    await workspace.knowledge.answer(item.id, '412 leads');
    expect(await workspace.db.knowledgeItems.get(item.id)).toEqual({
      ...item,
      answer: '412 leads',
      status: 'answered',
      updatedAt: '2026-11-27T09:03:00.000Z',
    });
  });

  it('keeps the stored answer when a new one is refused', async () => {
    workspace = testWorkspace();
    const item = await created();
    await workspace.knowledge.answer(item.id, '412 leads');
    const outcome = await workspace.knowledge.answer(item.id, ' ');
    expect(outcome.ok).toBe(false);
    expect((await workspace.db.knowledgeItems.get(item.id))?.answer).toBe('412 leads');
  });

  it('edits an item and drops the links that were cleared', async () => {
    workspace = testWorkspace();
    const item = await created({ ...question, agendaItemId: 'a1' });
    await workspace.knowledge.update(item.id, {
      ...question,
      kind: 'fact',
      text: 'The fair brought 412 leads.',
      departmentId: '',
    });
    const stored = await workspace.db.knowledgeItems.get(item.id);
    expect(stored).toMatchObject({ kind: 'fact', text: 'The fair brought 412 leads.', status: 'answered' });
    expect(stored && ('agendaItemId' in stored || 'broughtByDepartmentId' in stored)).toBe(false);
  });

  it('deletes softly, so undo restores the item exactly, without the deletion mark', async () => {
    workspace = testWorkspace();
    const item = await created();
    await workspace.knowledge.softDelete(item.id);
    expect((await workspace.db.knowledgeItems.get(item.id))?.deletedAt).toBe('2026-11-27T09:00:00.000Z');
    workspace.advance(1);
    await workspace.knowledge.restore(item.id);
    const restored = await workspace.db.knowledgeItems.get(item.id);
    expect(restored).toEqual({ ...item, updatedAt: '2026-11-27T09:01:00.000Z' });
    expect(restored && 'deletedAt' in restored).toBe(false);
  });

  it('keeps the items of each meeting apart', async () => {
    workspace = testWorkspace();
    await created(question, 'm1');
    await created({ ...question, text: 'Other meeting' }, 'm2');
    const ofFirst = await workspace.db.knowledgeItems.where('meetingId').equals('m1').toArray();
    expect(ofFirst.map((item) => item.text)).toEqual([question.text]);
  });
});
