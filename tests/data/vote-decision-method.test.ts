// Attaching a closed vote to a decision gives the decision the vote's method in the same transaction:
// an options vote makes it "vote", a fist-of-five "consent". Real Dexie over fake-indexeddb.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DecisionDraft } from '../../renderer/domain/decisions';
import { emptyDraft } from '../../renderer/features/decisions/labels';
import type { VoteDraft } from '../../renderer/domain/votes';
import { failWrites, type FailingWrites } from './failing-writes';
import { testWorkspace, type TestWorkspace } from './fixtures';

const decisionDraft: DecisionDraft = {
  ...emptyDraft(undefined),
  statement: 'Enterprise accounts go first.',
  alternatives: 'Enterprise; Mid-market',
  method: 'consensus',
};
const voteDraft: VoteDraft = {
  question: 'Which segment first?',
  kind: 'options',
  options: ['Enterprise', 'Mid-market'],
  agendaItemId: '',
};

let workspace: TestWorkspace;
let failing: FailingWrites | undefined;

beforeEach(() => {
  workspace = testWorkspace();
});

afterEach(async () => {
  failing?.restore();
  failing = undefined;
  await workspace.close();
});

async function recorded(meetingId: string, patch: Partial<DecisionDraft> = {}) {
  const outcome = await workspace.decisions.record(meetingId, { ...decisionDraft, ...patch });
  if (!outcome.ok) throw new Error('decision refused');
  return outcome.value;
}

async function closedVote(patch: Partial<VoteDraft> = {}) {
  const outcome = await workspace.votes.create('m-1', { ...voteDraft, ...patch });
  if (!outcome.ok) throw new Error('vote refused');
  await workspace.votes.setCount(outcome.value.id, 0, 'sales', 3);
  if (!(await workspace.votes.close(outcome.value.id)).ok) throw new Error('close refused');
  return outcome.value;
}

async function owner(): Promise<string> {
  const outcome = await workspace.people.create({
    name: 'Ana Ruiz',
    departmentId: 'sales',
    orgUnit: '',
    email: '',
  });
  if (!outcome.ok) throw new Error('person refused');
  return outcome.value.id;
}

const decision = (id: string) => workspace.db.decisions.get(id);

describe('attaching a vote sets the decision method', () => {
  it('an options vote makes a proposed decision a vote; detaching leaves the method', async () => {
    const proposed = await recorded('m-1');
    const vote = await closedVote();
    workspace.advance(1);
    expect((await workspace.votes.attach(vote.id, proposed.id)).ok).toBe(true);
    expect(await decision(proposed.id)).toMatchObject({
      method: 'vote',
      status: 'proposed',
      updatedAt: '2026-11-27T09:01:00.000Z',
    });
    workspace.advance(1);
    await workspace.votes.attach(vote.id, undefined);
    expect((await workspace.db.votes.get(vote.id))?.decisionId).toBeUndefined();
    expect(await decision(proposed.id)).toMatchObject({
      method: 'vote',
      updatedAt: '2026-11-27T09:01:00.000Z',
    });
  });

  it('a fist-of-five makes a decided decision consent, and changes nothing else', async () => {
    const decided = await recorded('m-1', { accountablePersonId: await owner(), method: 'majority' });
    expect(decided.status).toBe('decided');
    const vote = await closedVote({ kind: 'fist-of-five', options: [] });
    workspace.advance(1);
    await workspace.votes.attach(vote.id, decided.id);
    expect(await decision(decided.id)).toEqual({
      ...decided,
      method: 'consent',
      updatedAt: '2026-11-27T09:01:00.000Z',
    });
  });

  it('leaves a decision that already has the method as it was', async () => {
    const proposed = await recorded('m-1', { method: 'vote' });
    const vote = await closedVote();
    workspace.advance(1);
    await workspace.votes.attach(vote.id, proposed.id);
    expect(await decision(proposed.id)).toEqual(proposed);
  });

  it('attaches to a revoked or superseded decision without changing its method', async () => {
    const ownerId = await owner();
    const revoked = await recorded('m-1', { method: 'majority' });
    expect((await workspace.decisions.revoke(revoked.id)).ok).toBe(true);
    const old = await recorded('m-0', { accountablePersonId: ownerId, method: 'delegated' });
    await recorded('m-1', { accountablePersonId: ownerId, supersedesId: old.id, reopen: { fact: 'New' } });
    const revokedBefore = await decision(revoked.id);
    const oldBefore = await decision(old.id);
    expect(oldBefore?.status).toBe('superseded');
    const vote = await closedVote();
    workspace.advance(1);
    expect((await workspace.votes.attach(vote.id, revoked.id)).ok).toBe(true);
    expect((await workspace.db.votes.get(vote.id))?.decisionId).toBe(revoked.id);
    expect(await decision(revoked.id)).toEqual(revokedBefore);
    expect((await workspace.votes.attach(vote.id, old.id)).ok).toBe(true);
    expect(await decision(old.id)).toEqual(oldBefore);
  });

  it('a running vote is refused and the decision keeps its method', async () => {
    const proposed = await recorded('m-1');
    const outcome = await workspace.votes.create('m-1', voteDraft);
    if (!outcome.ok) throw new Error('vote refused');
    expect(await workspace.votes.attach(outcome.value.id, proposed.id)).toEqual({
      ok: false,
      refusal: 'running',
    });
    expect(await decision(proposed.id)).toEqual(proposed);
  });

  it('writes both or neither: a failed decision write leaves the vote unattached', async () => {
    const proposed = await recorded('m-1');
    const vote = await closedVote();
    const before = await workspace.db.votes.get(vote.id);
    failing = failWrites(['decisions']);
    await expect(workspace.votes.attach(vote.id, proposed.id)).rejects.toThrow();
    failing.restore();
    failing = undefined;
    expect(await workspace.db.votes.get(vote.id)).toEqual(before);
    expect(await decision(proposed.id)).toEqual(proposed);
  });
});
