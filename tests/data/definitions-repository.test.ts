// Real Dexie over an in-memory IndexedDB implementation (fake-indexeddb), fresh for every test.
import { afterEach, describe, expect, it } from 'vitest';
import type { DefinitionDraft } from '../../renderer/domain/definitions';
import { testWorkspace, type TestWorkspace } from './fixtures';

const lead: DefinitionDraft = {
  term: 'Qualified lead',
  meaning: 'A contact with budget, need and a buying date within six months.',
  agreedInMeetingId: '',
};
const meetingDraft = {
  title: 'Q1 joint strategy',
  date: '2026-12-01',
  startTime: '09:00',
  language: 'en' as const,
};
let workspace: TestWorkspace;

afterEach(async () => {
  await workspace.close();
});

async function createdDefinition(draft: DefinitionDraft = lead) {
  const outcome = await workspace.definitions.create(draft);
  if (!outcome.ok) throw new Error('create failed');
  return outcome.value;
}

async function createdMeeting() {
  const outcome = await workspace.meetings.create(meetingDraft);
  if (!outcome.ok) throw new Error('create failed');
  return outcome.value;
}

const idsOf = async (meetingId: string) => (await workspace.db.meetings.get(meetingId))?.definitionIds;

describe('definitions repository', () => {
  it('stores a definition and refuses a second one with the same term in another case', async () => {
    workspace = testWorkspace();
    await createdDefinition();
    const outcome = await workspace.definitions.create({ ...lead, term: 'QUALIFIED lead', meaning: 'other' });
    expect(outcome).toEqual({ ok: false, errors: [{ field: 'term', code: 'term-taken' }] });
    expect((await workspace.db.definitions.toArray()).map((d) => d.meaning)).toEqual([lead.meaning]);
  });

  it('edits a definition, keeping its own term, but not onto another existing term', async () => {
    workspace = testWorkspace();
    const first = await createdDefinition();
    await createdDefinition({ ...lead, term: 'Marketing qualified lead' });
    const kept = await workspace.definitions.update(first.id, { ...lead, meaning: 'Budget, need, date.' });
    expect(kept.ok).toBe(true);
    const clash = await workspace.definitions.update(first.id, { ...lead, term: 'marketing qualified lead' });
    expect(clash.ok).toBe(false);
    expect(await workspace.db.definitions.get(first.id)).toMatchObject({
      term: 'Qualified lead',
      meaning: 'Budget, need, date.',
    });
  });

  it('attaches a definition to a meeting once, however often it is attached', async () => {
    workspace = testWorkspace();
    const meeting = await createdMeeting();
    const definition = await createdDefinition();
    await workspace.definitions.attach(meeting.id, definition.id);
    await workspace.definitions.attach(meeting.id, definition.id);
    expect(await idsOf(meeting.id)).toEqual([definition.id]);
  });

  it('detaches a definition from the meeting and leaves the glossary as it was', async () => {
    workspace = testWorkspace();
    const meeting = await createdMeeting();
    const first = await createdDefinition();
    const second = await createdDefinition({ ...lead, term: 'Churn' });
    await workspace.definitions.attach(meeting.id, first.id);
    await workspace.definitions.attach(meeting.id, second.id);
    await workspace.definitions.detach(meeting.id, first.id);
    expect(await idsOf(meeting.id)).toEqual([second.id]);
    expect(await workspace.db.definitions.count()).toBe(2);
  });

  it('refuses to attach to a meeting that does not exist, changing nothing', async () => {
    workspace = testWorkspace();
    const definition = await createdDefinition();
    await expect(workspace.definitions.attach('no-such-meeting', definition.id)).rejects.toThrow(
      /No meeting/,
    );
    expect(await workspace.db.meetings.count()).toBe(0);
  });

  it('creates a definition agreed in a meeting and attaches it in one step', async () => {
    workspace = testWorkspace();
    const meeting = await createdMeeting();
    const outcome = await workspace.definitions.createAndAttach(meeting.id, {
      term: 'Churn',
      meaning: 'Lost customers',
    });
    if (!outcome.ok) throw new Error('create failed');
    expect(outcome.value.agreedInMeetingId).toBe(meeting.id);
    expect(await idsOf(meeting.id)).toEqual([outcome.value.id]);
  });

  it('attaches nothing when the new definition is refused', async () => {
    workspace = testWorkspace();
    const meeting = await createdMeeting();
    await createdDefinition();
    const outcome = await workspace.definitions.createAndAttach(meeting.id, {
      term: 'qualified lead',
      meaning: 'x',
    });
    expect(outcome.ok).toBe(false);
    expect(await idsOf(meeting.id)).toEqual([]);
  });

  it('deletes softly, so undo restores the definition exactly, still attached', async () => {
    workspace = testWorkspace();
    const meeting = await createdMeeting();
    const definition = await createdDefinition();
    await workspace.definitions.attach(meeting.id, definition.id);
    await workspace.definitions.softDelete(definition.id);
    expect((await workspace.db.definitions.get(definition.id))?.deletedAt).toBe('2026-11-27T09:00:00.000Z');
    workspace.advance(1);
    const outcome = await workspace.definitions.restore(definition.id);
    expect(outcome).toEqual({ ok: true, value: { ...definition, updatedAt: '2026-11-27T09:01:00.000Z' } });
    expect(await workspace.db.definitions.get(definition.id)).toEqual(outcome.ok ? outcome.value : undefined);
    expect(await idsOf(meeting.id)).toEqual([definition.id]);
  });

  it('frees the term of a deleted definition, and then refuses to bring the old one back', async () => {
    workspace = testWorkspace();
    const old = await createdDefinition();
    await workspace.definitions.softDelete(old.id);
    await createdDefinition({ ...lead, meaning: 'The new meaning' });
    const outcome = await workspace.definitions.restore(old.id);
    expect(outcome).toEqual({ ok: false, errors: [{ field: 'term', code: 'term-taken' }] });
    expect((await workspace.db.definitions.get(old.id))?.deletedAt).toBeDefined();
  });
});
