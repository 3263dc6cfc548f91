// Two windows on one meeting (issue 14, part 4): every edit names what it started from, and a write
// whose base is no longer stored is refused with what is stored now, writing nothing. Real Dexie
// over fake-indexeddb; the test clock moves a minute between writes, as two people typing would.
import { afterEach, describe, expect, it } from 'vitest';
import { agendaPositions, type AgendaItemDraft } from '../../renderer/domain/agenda';
import type { DecisionDraft } from '../../renderer/domain/decisions';
import { emptyDraft } from '../../renderer/features/decisions/labels';
import { testWorkspace, type TestWorkspace } from './fixtures';

let workspace: TestWorkspace;
afterEach(async () => workspace.close());

const item = (title: string): AgendaItemDraft => ({
  title,
  description: '',
  kind: 'discussion',
  timeboxMinutes: 15,
  presenterIds: [],
});

const decisionDraft: DecisionDraft = {
  ...emptyDraft(undefined),
  statement: 'Central Marketing delivers the campaign assets by March.',
  method: 'consent',
};

const fact = { kind: 'fact' as const, topic: 'Iberia', departmentId: 'sales', agendaItemId: '' };

async function meeting() {
  const created = await workspace.meetings.create({
    title: 'Q1',
    date: '2026-12-01',
    startTime: '09:00',
    language: 'en',
  });
  if (!created.ok) throw new Error('create failed');
  return created.value.id;
}

async function agendaItem(meetingId: string, title = 'Pipeline review') {
  const added = await workspace.agenda.add(meetingId, item(title));
  if (!added.ok) throw new Error('add failed');
  return added.value;
}

describe('a write that did not see the other window’s change', () => {
  it('keeps notes saved in one window when the other saves from the old text', async () => {
    workspace = testWorkspace();
    const { id } = await agendaItem(await meeting());
    // Window A types on the empty notes it opened; window B still shows them empty.
    expect(await workspace.agenda.saveNotes(id, 'A: budget split agreed', '')).toEqual({ ok: true });
    workspace.advance(1);
    expect(await workspace.agenda.saveNotes(id, 'B: pricing first', '')).toEqual({
      ok: false,
      reason: 'stale',
      current: 'A: budget split agreed',
    });
    expect((await workspace.db.agendaItems.get(id))?.notes).toBe('A: budget split agreed');
    // "Keep mine" writes against what is stored now, knowingly.
    expect(await workspace.agenda.saveNotes(id, 'B: pricing first', 'A: budget split agreed')).toEqual({
      ok: true,
    });
    expect((await workspace.db.agendaItems.get(id))?.notes).toBe('B: pricing first');
  });

  it('keeps a rationale saved in one window when the other saves an older draft', async () => {
    workspace = testWorkspace();
    const meetingId = await meeting();
    const recorded = await workspace.decisions.record(meetingId, decisionDraft);
    if (!recorded.ok) throw new Error('record failed');
    const opened = recorded.value;
    workspace.advance(1);
    const a = await workspace.decisions.update(
      opened.id,
      { ...decisionDraft, rationale: 'Sales Iberia needs them for the spring fairs.' },
      opened.updatedAt,
    );
    expect(a.ok).toBe(true);
    workspace.advance(1);
    const b = await workspace.decisions.update(
      opened.id,
      { ...decisionDraft, statement: 'Assets by March, with Sales Iberia.' },
      opened.updatedAt,
    );
    expect(b).toMatchObject({
      ok: false,
      reason: 'stale',
      current: { rationale: 'Sales Iberia needs them for the spring fairs.' },
    });
    const stored = await workspace.db.decisions.get(opened.id);
    expect(stored?.rationale).toBe('Sales Iberia needs them for the spring fairs.');
    expect(stored?.statement).toBe(decisionDraft.statement);
  });

  it('refuses a stale meeting detail and returns the stored text of a saved one', async () => {
    workspace = testWorkspace();
    const id = await meeting();
    expect(
      await workspace.meetings.updateDetail(id, { field: 'goal', value: 'Agree the budget' }, ''),
    ).toEqual({ ok: true, stored: 'Agree the budget' });
    workspace.advance(1);
    expect(await workspace.meetings.updateDetail(id, { field: 'goal', value: 'Pricing' }, '')).toEqual({
      ok: false,
      reason: 'stale',
      current: 'Agree the budget',
    });
    expect(
      await workspace.meetings.updateDetail(id, { field: 'title', value: '  Q1 joint  ' }, 'Q1'),
    ).toEqual({ ok: true, stored: 'Q1 joint' });
    expect(
      await workspace.meetings.updateDetail(id, { field: 'durationMinutes', value: '90' }, '120'),
    ).toEqual({ ok: true, stored: '90' });
    expect(
      await workspace.meetings.updateDetail(id, { field: 'durationMinutes', value: '60' }, '120'),
    ).toMatchObject({ ok: false, reason: 'stale', current: '90' });
    const stored = await workspace.db.meetings.get(id);
    expect(stored).toMatchObject({ goal: 'Agree the budget', title: 'Q1 joint', durationMinutes: 90 });
  });

  it('refuses a stale agenda item, definition and person edit', async () => {
    workspace = testWorkspace();
    const opened = await agendaItem(await meeting());
    workspace.advance(1);
    expect((await workspace.agenda.update(opened.id, item('Pipeline'), opened.updatedAt)).ok).toBe(true);
    workspace.advance(1);
    expect(await workspace.agenda.update(opened.id, item('Forecast'), opened.updatedAt)).toMatchObject({
      reason: 'stale',
      current: { title: 'Pipeline' },
    });

    const definition = await workspace.definitions.create({
      term: 'Qualified lead',
      meaning: 'Budget and need confirmed',
      agreedInMeetingId: '',
    });
    if (!definition.ok) throw new Error('definition refused');
    const base = definition.value.updatedAt;
    workspace.advance(1);
    const first = {
      term: 'Qualified lead',
      meaning: 'Budget, need and timing confirmed',
      agreedInMeetingId: '',
    };
    expect((await workspace.definitions.update(definition.value.id, first, base)).ok).toBe(true);
    workspace.advance(1);
    const second = { ...first, meaning: 'Need confirmed' };
    expect(await workspace.definitions.update(definition.value.id, second, base)).toMatchObject({
      reason: 'stale',
      current: { meaning: first.meaning },
    });

    const person = await workspace.people.create({
      name: 'Ana Ruiz',
      departmentId: 'sales',
      orgUnit: 'Sales Iberia',
      email: '',
    });
    if (!person.ok) throw new Error('person refused');
    const draft = { name: 'Ana Ruiz', departmentId: 'sales', orgUnit: 'Sales Spain', email: '' };
    workspace.advance(1);
    expect((await workspace.people.update(person.value.id, draft, person.value.updatedAt)).ok).toBe(true);
    workspace.advance(1);
    expect(
      await workspace.people.update(person.value.id, { ...draft, orgUnit: 'Iberia' }, person.value.updatedAt),
    ).toMatchObject({ reason: 'stale', current: { orgUnit: 'Sales Spain' } });
    expect((await workspace.db.people.get(person.value.id))?.orgUnit).toBe('Sales Spain');
  });

  it('refuses a stale knowledge edit and applies a fresh one', async () => {
    workspace = testWorkspace();
    const meetingId = await meeting();
    const created = await workspace.knowledge.create(meetingId, { ...fact, text: 'Churn is 4 %.' });
    if (!created.ok) throw new Error('knowledge refused');
    const opened = created.value;
    workspace.advance(1);
    const a = await workspace.knowledge.update(
      opened.id,
      { ...fact, text: 'Churn is 5 %.' },
      opened.updatedAt,
    );
    expect(a).toMatchObject({ ok: true, value: { text: 'Churn is 5 %.' } });
    workspace.advance(1);
    expect(
      await workspace.knowledge.update(opened.id, { ...fact, text: 'Churn is 6 %.' }, opened.updatedAt),
    ).toMatchObject({ ok: false, reason: 'stale', current: { text: 'Churn is 5 %.' } });
    expect((await workspace.db.knowledgeItems.get(opened.id))?.text).toBe('Churn is 5 %.');
  });

  it('refuses a stale answer to a question and applies a fresh one', async () => {
    workspace = testWorkspace();
    const meetingId = await meeting();
    const asked = await workspace.knowledge.create(meetingId, {
      ...fact,
      kind: 'question',
      text: 'How many leads came from the fair?',
    });
    if (!asked.ok) throw new Error('question refused');
    const question = asked.value;
    workspace.advance(1);
    const first = await workspace.knowledge.answer(question.id, '412', question.updatedAt);
    expect(first).toMatchObject({ ok: true, value: { answer: '412', status: 'answered' } });
    workspace.advance(1);
    expect(await workspace.knowledge.answer(question.id, '80', question.updatedAt)).toMatchObject({
      ok: false,
      reason: 'stale',
      current: { answer: '412' },
    });
    const stored = await workspace.db.knowledgeItems.get(question.id);
    expect(stored).toMatchObject({ answer: '412', updatedAt: first.ok ? first.value.updatedAt : '' });
    // "Keep mine" answers against what is stored now, knowingly.
    expect(await workspace.knowledge.answer(question.id, '80', stored?.updatedAt)).toMatchObject({
      ok: true,
      value: { answer: '80' },
    });
  });

  it('keeps ground rules added in one window when the other saves its list from before', async () => {
    workspace = testWorkspace();
    const id = await meeting();
    const start = ['Facts first'];
    expect(await workspace.meetings.setGroundRules(id, start)).toEqual({ ok: true, stored: start });
    // Window A adds a rule; window B, still showing the first list, adds its own.
    const fromA = ['Facts first', 'One voice at a time'];
    expect(await workspace.meetings.setGroundRules(id, fromA, start)).toEqual({ ok: true, stored: fromA });
    workspace.advance(1);
    const before = await workspace.db.meetings.get(id);
    expect(await workspace.meetings.setGroundRules(id, ['Facts first', 'Phones away'], start)).toEqual({
      ok: false,
      reason: 'stale',
      current: fromA,
    });
    expect(await workspace.db.meetings.get(id)).toEqual(before);
    // Keep mine, knowingly, against what is stored now; rules are stored cleaned to one line.
    const mine = ['Facts first', 'One voice at a time', 'Phones\naway '];
    expect(await workspace.meetings.setGroundRules(id, mine, fromA)).toEqual({
      ok: true,
      stored: ['Facts first', 'One voice at a time', 'Phones away'],
    });
  });

  it('refuses to undo an agenda deletion after the agenda was reordered, so no two items share a place', async () => {
    workspace = testWorkspace();
    const meetingId = await meeting();
    const [a, b, c] = [
      await agendaItem(meetingId, 'A'),
      await agendaItem(meetingId, 'B'),
      await agendaItem(meetingId, 'C'),
    ];
    const items = () => workspace.db.agendaItems.where('meetingId').equals(meetingId).toArray();
    await workspace.agenda.softDelete(b.id);
    const left = agendaPositions(await items());
    // The other window moves C to the top: A and C are renumbered 1 and 2, B's old place.
    await workspace.agenda.move(meetingId, c.id, 0);
    expect(await workspace.agenda.restore(b.id, left)).toEqual({ ok: false, reason: 'moved' });
    const live = (await items()).filter((entry) => entry.deletedAt === undefined);
    expect(live.map((entry) => entry.id).sort()).toEqual([a.id, c.id].sort());
    expect(new Set(live.map((entry) => entry.position)).size).toBe(live.length);

    // Unmoved, the undo brings the item back in its place.
    await workspace.agenda.softDelete(a.id);
    const unmoved = agendaPositions(await items());
    expect(await workspace.agenda.restore(a.id, unmoved)).toEqual({ ok: true });
    expect((await workspace.db.agendaItems.get(a.id))?.deletedAt).toBeUndefined();
  });
});
