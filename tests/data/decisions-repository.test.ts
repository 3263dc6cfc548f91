// Real Dexie over an in-memory IndexedDB implementation (fake-indexeddb), fresh for every test.
import { afterEach, describe, expect, it } from 'vitest';
import type { DecisionDraft } from '../../renderer/domain/decisions';
import { testWorkspace, type TestWorkspace } from './fixtures';

const draft: DecisionDraft = {
  statement: 'Central Marketing delivers the campaign assets by March.',
  rationale: 'Sales Iberia needs them for the spring fairs.',
  alternatives: 'Local agencies',
  method: 'consent',
  accountablePersonId: '',
  responsible: [{ kind: 'department', departmentId: 'marketing' }],
  consulted: [{ kind: 'org-unit', name: 'Sales Iberia' }],
  informed: [],
  scope: 'Iberia',
  dueDate: '2027-03-01',
  reviewDate: '2027-06-01',
  settlesConflictIds: [],
  supersedesId: '',
  agendaItemId: '',
  stanceMarketing: 'agree',
  stanceSales: 'agree',
};
let workspace: TestWorkspace;

afterEach(async () => {
  await workspace.close();
});

async function owner(): Promise<string> {
  const outcome = await workspace.people.create({
    name: 'Ana Ruiz',
    departmentId: 'sales',
    orgUnit: 'Sales Iberia',
    email: '',
  });
  if (!outcome.ok) throw new Error('person refused');
  return outcome.value.id;
}

async function recorded(meetingId: string, patch: Partial<DecisionDraft> = {}) {
  const outcome = await workspace.decisions.record(meetingId, { ...draft, ...patch });
  if (!outcome.ok) throw new Error('record refused');
  return outcome.value;
}

describe('decisions repository', () => {
  it('records a decision with an owner as decided, and one without as proposed', async () => {
    workspace = testWorkspace();
    const ownerId = await owner();
    const decided = await recorded('m1', { accountablePersonId: ownerId });
    const proposed = await recorded('m1');
    expect(await workspace.db.decisions.get(decided.id)).toMatchObject({
      number: 1,
      status: 'decided',
      accountablePersonId: ownerId,
      scope: ['Iberia'],
      createdAt: '2026-11-27T09:00:00.000Z',
    });
    expect(await workspace.db.decisions.get(proposed.id)).toMatchObject({ number: 2, status: 'proposed' });
  });

  it('writes nothing when the draft is refused', async () => {
    workspace = testWorkspace();
    const outcome = await workspace.decisions.record('m1', {
      ...draft,
      statement: '',
      accountablePersonId: 'ghost',
    });
    expect(outcome).toEqual({
      ok: false,
      errors: [
        { field: 'statement', code: 'statement-empty' },
        { field: 'accountable', code: 'owner-unknown' },
      ],
    });
    expect(await workspace.db.decisions.count()).toBe(0);
  });

  it('numbers decisions uniquely and increasingly across meetings, even when recorded at once', async () => {
    workspace = testWorkspace();
    await recorded('m1');
    const outcomes = await Promise.all(
      ['m2', 'm3', 'm2', 'm4', 'm3', 'm2'].map((meetingId, index) =>
        workspace.decisions.record(meetingId, { ...draft, statement: `Decision ${index}` }),
      ),
    );
    const numbers = outcomes.map((outcome) => (outcome.ok ? outcome.value.number : 0));
    expect([...numbers].sort((x, y) => x - y)).toEqual([2, 3, 4, 5, 6, 7]);
    expect((await workspace.db.decisions.orderBy('number').keys()).map(Number)).toEqual([
      1, 2, 3, 4, 5, 6, 7,
    ]);
  });

  it('never reuses the number of a revoked decision', async () => {
    workspace = testWorkspace();
    const first = await recorded('m1');
    await workspace.decisions.revoke(first.id);
    const next = await recorded('m2');
    expect(next.number).toBe(2);
    expect(await workspace.db.decisions.get(first.id)).toMatchObject({ number: 1, status: 'revoked' });
  });

  it('revokes without deleting: the decision stays in the register with its history', async () => {
    workspace = testWorkspace();
    const ownerId = await owner();
    const decided = await recorded('m1', { accountablePersonId: ownerId });
    workspace.advance(5);
    const reopen = { draft: { fact: 'The fairs were cancelled.' }, meetingId: 'm2' };
    const outcome = await workspace.decisions.revoke(decided.id, reopen);
    expect(outcome.ok).toBe(true);
    expect(await workspace.db.decisions.get(decided.id)).toEqual({
      ...decided,
      status: 'revoked',
      reopenedBecause: { text: 'The fairs were cancelled.', meetingId: 'm2', at: '2026-11-27T09:05:00.000Z' },
      updatedAt: '2026-11-27T09:05:00.000Z',
    });
    expect(await workspace.decisions.revoke(decided.id)).toEqual({
      ok: false,
      refusal: { code: 'not-allowed', from: 'revoked', to: 'revoked' },
    });
  });

  it('supersedes a decision of an earlier meeting in the same transaction as the record', async () => {
    workspace = testWorkspace();
    const ownerId = await owner();
    const old = await recorded('m1', { accountablePersonId: ownerId });
    workspace.advance(60);
    const replacement = await recorded('m2', {
      accountablePersonId: ownerId,
      supersedesId: old.id,
      reopen: { fact: 'New fair dates' },
    });
    expect(replacement).toMatchObject({ number: 2, supersedesId: old.id, status: 'decided' });
    expect(await workspace.db.decisions.get(old.id)).toEqual({
      ...old,
      status: 'superseded',
      reopenedBecause: { text: 'New fair dates', meetingId: 'm2', at: '2026-11-27T10:00:00.000Z' },
      updatedAt: '2026-11-27T10:00:00.000Z',
    });
  });

  it('leaves both decisions unchanged when the write of the new one fails', async () => {
    workspace = testWorkspace();
    const ownerId = await owner();
    const old = await recorded('m1', { accountablePersonId: ownerId });
    const failing = () => {
      throw new Error('disk full');
    };
    workspace.db.decisions.hook('creating', failing);
    await expect(
      recorded('m2', { accountablePersonId: ownerId, supersedesId: old.id, reopen: { fact: 'New' } }),
    ).rejects.toThrow();
    workspace.db.decisions.hook('creating').unsubscribe(failing);
    expect(await workspace.db.decisions.toArray()).toEqual([old]);
  });

  it('refuses to supersede a decision of the same meeting or one that is not decided', async () => {
    workspace = testWorkspace();
    const ownerId = await owner();
    const sameMeeting = await recorded('m1', { accountablePersonId: ownerId });
    const proposed = await recorded('m0');
    for (const supersedesId of [sameMeeting.id, proposed.id]) {
      const outcome = await workspace.decisions.record('m1', { ...draft, supersedesId });
      expect(outcome).toEqual({ ok: false, refusal: { code: 'supersede-invalid' } });
    }
    expect(await workspace.db.decisions.count()).toBe(2);
    expect((await workspace.db.decisions.get(sameMeeting.id))?.status).toBe('decided');
  });

  it('marks a decision decided despite an objection only with a confirmation and a note', async () => {
    workspace = testWorkspace();
    const ownerId = await owner();
    const objected = await recorded('m1', { accountablePersonId: ownerId, stanceSales: 'object' });
    expect(objected.status).toBe('proposed');
    expect(await workspace.decisions.decide(objected.id)).toEqual({
      ok: false,
      refusal: { code: 'objection-unconfirmed', sides: ['sales'] },
    });
    expect((await workspace.db.decisions.get(objected.id))?.status).toBe('proposed');
    const outcome = await workspace.decisions.decide(objected.id, {
      confirmedSides: ['sales'],
      note: 'The fair date is fixed.',
    });
    expect(outcome.ok).toBe(true);
    expect(await workspace.db.decisions.get(objected.id)).toMatchObject({
      status: 'decided',
      rationale: 'Sales Iberia needs them for the spring fairs.\n\nThe fair date is fixed.',
    });
  });

  it('supersedes on the first edit that names the old decision, and keeps that link afterwards', async () => {
    workspace = testWorkspace();
    const ownerId = await owner();
    const old = await recorded('m1', { accountablePersonId: ownerId });
    const other = await recorded('m1', { accountablePersonId: ownerId });
    const later = await recorded('m2');
    await workspace.decisions.update(later.id, { ...draft, supersedesId: old.id, reopen: { fact: 'New' } });
    await workspace.decisions.update(later.id, { ...draft, supersedesId: other.id, reopen: { fact: 'New' } });
    expect(await workspace.db.decisions.get(later.id)).toMatchObject({ supersedesId: old.id });
    expect((await workspace.db.decisions.get(old.id))?.status).toBe('superseded');
    expect((await workspace.db.decisions.get(other.id))?.status).toBe('decided');
  });

  it('refuses to edit away the owner of a decided decision', async () => {
    workspace = testWorkspace();
    const ownerId = await owner();
    const decided = await recorded('m1', { accountablePersonId: ownerId });
    const outcome = await workspace.decisions.update(decided.id, { ...draft, accountablePersonId: '' });
    expect(outcome).toEqual({ ok: false, errors: [{ field: 'accountable', code: 'owner-required' }] });
    expect(await workspace.db.decisions.get(decided.id)).toEqual(decided);
  });
});
