// Real Dexie over an in-memory IndexedDB implementation (fake-indexeddb), fresh for every test.
// The reopen gate (issue 17): revisit-if conditions stored, reopening refused without a reason and
// changing nothing, the reason stored with the reopened decision, conflict points linked to decisions.
import { afterEach, describe, expect, it } from 'vitest';
import type { ConflictDraft } from '../../renderer/domain/conflicts';
import type { DecisionDraft } from '../../renderer/domain/decisions';
import { testWorkspace, type TestWorkspace } from './fixtures';

const draft: DecisionDraft = {
  statement: 'Leads with a score of 60 or more go to Sales within a day.',
  rationale: 'Sales follows up only on ready leads.',
  alternatives: '',
  method: 'consensus',
  accountablePersonId: '',
  responsible: [],
  consulted: [],
  informed: [],
  scope: '',
  dueDate: '',
  reviewDate: '',
  settlesConflictIds: [],
  supersedesId: '',
  agendaItemId: '',
  stanceMarketing: '',
  stanceSales: '',
  revisitIf: ['Conversion drops below 5 %', 'The CRM changes'],
};
let workspace: TestWorkspace;

afterEach(async () => {
  await workspace.close();
});

async function decidedIn(meetingId: string) {
  const person = await workspace.people.create({
    name: 'Ana Ruiz',
    departmentId: 'sales',
    orgUnit: '',
    email: '',
  });
  if (!person.ok) throw new Error('person refused');
  const outcome = await workspace.decisions.record(meetingId, {
    ...draft,
    accountablePersonId: person.value.id,
  });
  if (!outcome.ok) throw new Error('record refused');
  return outcome.value;
}

describe('the reopen gate on real Dexie', () => {
  it('stores the revisit-if conditions, and replaces them on an edit', async () => {
    workspace = testWorkspace();
    const decision = await decidedIn('m1');
    expect((await workspace.db.decisions.get(decision.id))?.revisitIf).toEqual([
      'Conversion drops below 5 %',
      'The CRM changes',
    ]);
    const edited = await workspace.decisions.update(decision.id, {
      ...draft,
      accountablePersonId: decision.accountablePersonId ?? '',
      revisitIf: ['The CRM changes', '  '],
    });
    expect(edited.ok).toBe(true);
    expect((await workspace.db.decisions.get(decision.id))?.revisitIf).toEqual(['The CRM changes']);
  });

  it('refuses to supersede a decided decision without a reason, writing neither decision', async () => {
    workspace = testWorkspace();
    const old = await decidedIn('m1');
    const outcome = await workspace.decisions.record('m2', { ...draft, supersedesId: old.id });
    expect(outcome).toEqual({ ok: false, refusal: { code: 'reopen-reason-missing' } });
    expect(await workspace.db.decisions.count()).toBe(1);
    expect(await workspace.db.decisions.get(old.id)).toEqual(old);
  });

  it('supersedes with the condition that was met and stores it on the old decision', async () => {
    workspace = testWorkspace();
    const old = await decidedIn('m1');
    workspace.advance(60);
    const outcome = await workspace.decisions.record('m2', {
      ...draft,
      supersedesId: old.id,
      reopen: { conditionIndex: 1, fact: 'We moved to a new CRM in November.' },
    });
    expect(outcome.ok).toBe(true);
    expect(await workspace.db.decisions.get(old.id)).toMatchObject({
      status: 'superseded',
      reopenedBecause: {
        conditionIndex: 1,
        text: 'The CRM changes — We moved to a new CRM in November.',
        meetingId: 'm2',
      },
    });
  });

  it('refuses to revoke a decided decision without a reason, and revokes with the new fact', async () => {
    workspace = testWorkspace();
    const decision = await decidedIn('m1');
    expect(await workspace.decisions.revoke(decision.id)).toEqual({
      ok: false,
      refusal: { code: 'reopen-reason-missing' },
    });
    expect(await workspace.db.decisions.get(decision.id)).toEqual(decision);
    const outcome = await workspace.decisions.revoke(decision.id, {
      draft: { fact: 'Sales Iberia was merged into Sales South.' },
      meetingId: 'm2',
    });
    expect(outcome.ok).toBe(true);
    expect(await workspace.db.decisions.get(decision.id)).toMatchObject({
      status: 'revoked',
      reopenedBecause: { text: 'Sales Iberia was merged into Sales South.', meetingId: 'm2' },
    });
  });

  it('links a conflict point to decided decisions of other meetings only', async () => {
    workspace = testWorkspace();
    const decision = await decidedIn('m1');
    const conflict: ConflictDraft = {
      statement: 'Sales wants leads sooner',
      level: 'content',
      category: 'priorities',
      departmentId: 'sales',
      personId: '',
      positionMarketing: '',
      positionSales: '',
      agendaItemId: '',
      private: false,
    };
    const point = await workspace.conflicts.log('m2', conflict);
    if (!point.ok) throw new Error('log refused');
    const sameMeeting = await workspace.conflicts.log('m1', conflict);
    if (!sameMeeting.ok) throw new Error('log refused');
    expect(await workspace.conflicts.linkDecisions(sameMeeting.value.id, [decision.id])).toEqual({
      ok: false,
      refusal: { code: 'touches-not-decided' },
    });
    expect(await workspace.conflicts.linkDecisions(point.value.id, ['missing'])).toEqual({
      ok: false,
      refusal: { code: 'touches-not-decided' },
    });
    const linked = await workspace.conflicts.linkDecisions(point.value.id, [decision.id, decision.id]);
    expect(linked.ok).toBe(true);
    expect((await workspace.db.conflictPoints.get(point.value.id))?.touchesDecisionIds).toEqual([
      decision.id,
    ]);
    await workspace.conflicts.linkDecisions(point.value.id, []);
    expect((await workspace.db.conflictPoints.get(point.value.id))?.touchesDecisionIds).toBeUndefined();
  });
});
