// Real Dexie over an in-memory IndexedDB implementation (fake-indexeddb), fresh for every test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VoteDraft } from '../../renderer/domain/votes';
import { testWorkspace, type TestWorkspace } from './fixtures';

const draft: VoteDraft = {
  question: 'Which segment first?',
  kind: 'options',
  options: ['Enterprise', 'Mid-market'],
  agendaItemId: '',
};
let workspace: TestWorkspace;

beforeEach(() => {
  workspace = testWorkspace();
});

afterEach(async () => {
  await workspace.close();
});

async function started(change: Partial<VoteDraft> = {}) {
  const outcome = await workspace.votes.create('m-1', { ...draft, ...change });
  if (!outcome.ok) throw new Error('vote refused');
  return outcome.value;
}

const stored = (id: string) => workspace.db.votes.get(id);

describe('the votes repository', () => {
  it('starts a running vote with no hands and counts per option and department', async () => {
    const vote = await started();
    expect(vote).toMatchObject({ meetingId: 'm-1', question: 'Which segment first?', counts: [] });
    expect(vote.closedAt).toBeUndefined();
    await workspace.votes.adjustCount(vote.id, 0, 'marketing', 1);
    await workspace.votes.adjustCount(vote.id, 0, 'marketing', 1);
    await workspace.votes.setCount(vote.id, 1, 'sales', 5);
    expect((await stored(vote.id))?.counts).toEqual([
      { option: 0, departmentId: 'marketing', count: 2 },
      { option: 1, departmentId: 'sales', count: 5 },
    ]);
  });

  it('refuses a bad draft and a second running vote, writing nothing', async () => {
    expect(await workspace.votes.create('m-1', { ...draft, options: ['Only'] })).toEqual({
      ok: false,
      errors: [{ field: 'options', code: 'options-too-few' }],
    });
    expect(await workspace.db.votes.count()).toBe(0);
    await started();
    expect(await workspace.votes.create('m-1', draft)).toEqual({ ok: false, refusal: 'another-running' });
    expect(await workspace.db.votes.count()).toBe(1);
    // Another meeting may run its own vote.
    expect((await workspace.votes.create('m-2', draft)).ok).toBe(true);
  });

  it('refuses bad counts with nothing changed', async () => {
    const vote = await started();
    await workspace.votes.setCount(vote.id, 0, 'sales', 3);
    const before = await stored(vote.id);
    workspace.advance(1);
    expect(await workspace.votes.setCount(vote.id, 0, 'sales', -1)).toEqual({
      ok: false,
      refusal: 'bad-count',
    });
    expect(await workspace.votes.setCount(vote.id, 0, 'sales', 10_001)).toEqual({
      ok: false,
      refusal: 'bad-count',
    });
    expect(await workspace.votes.setCount(vote.id, 0, 'sales', 2.5)).toEqual({
      ok: false,
      refusal: 'bad-count',
    });
    expect(await workspace.votes.adjustCount(vote.id, 0, 'marketing', -1)).toEqual({
      ok: false,
      refusal: 'bad-count',
    });
    expect(await workspace.votes.setCount(vote.id, 7, 'sales', 1)).toEqual({
      ok: false,
      refusal: 'unknown-option',
    });
    expect(await stored(vote.id)).toEqual(before);
  });

  it('closes a vote, then refuses counts and takes an attachment to a decision', async () => {
    const vote = await started();
    await workspace.votes.setCount(vote.id, 0, 'sales', 3);
    expect((await workspace.votes.attach(vote.id, 'd-1')).ok).toBe(false);
    workspace.advance(2);
    expect((await workspace.votes.close(vote.id)).ok).toBe(true);
    const closed = await stored(vote.id);
    expect(closed?.closedAt).toBe('2026-11-27T09:02:00.000Z');
    expect(await workspace.votes.setCount(vote.id, 0, 'sales', 4)).toEqual({ ok: false, refusal: 'closed' });
    expect(await stored(vote.id)).toEqual(closed);
    await workspace.votes.attach(vote.id, 'd-1');
    expect((await stored(vote.id))?.decisionId).toBe('d-1');
    await workspace.votes.attach(vote.id, undefined);
    expect((await stored(vote.id))?.decisionId).toBeUndefined();
    // With the first closed, the next vote may start.
    expect((await workspace.votes.create('m-1', draft)).ok).toBe(true);
  });

  it('deletes softly and the one undo brings the vote back as it was', async () => {
    const vote = await started({ kind: 'fist-of-five', options: [] });
    await workspace.votes.setCount(vote.id, 4, 'marketing', 2);
    const before = await stored(vote.id);
    await workspace.votes.softDelete(vote.id);
    expect((await stored(vote.id))?.deletedAt).toBeDefined();
    // A deleted running vote no longer blocks a new one.
    expect((await workspace.votes.create('m-1', draft)).ok).toBe(true);
    await workspace.votes.restore(vote.id);
    const { updatedAt: _a, ...restored } = (await stored(vote.id)) ?? {};
    const { updatedAt: _b, ...original } = before ?? {};
    expect(restored).toEqual(original);
  });
});
