import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Meeting } from '../../renderer/domain/types';
import { testWorkspace, type TestWorkspace } from './fixtures';

let workspace: TestWorkspace;
afterEach(async () => {
  vi.restoreAllMocks();
  await workspace.close();
});

const meta = { createdAt: 't', updatedAt: 't' };

async function meetingWithOpenItems(): Promise<Meeting> {
  const created = await workspace.meetings.create({
    title: 'Monthly',
    date: '2026-12-01',
    startTime: '09:00',
    language: 'en',
  });
  if (!created.ok) throw new Error('create failed');
  const meetingId = created.value.id;
  await workspace.attendance.add(meetingId, 'person-anna', 'facilitator');
  await workspace.attendance.add(meetingId, 'person-ben');
  await workspace.db.actionItems.bulkAdd([
    { ...meta, id: 'a1', meetingId, what: 'Send price list', status: 'open' },
    { ...meta, id: 'a2', meetingId, what: 'Done already', status: 'done' },
  ]);
  await workspace.db.conflictPoints.add({
    ...meta,
    id: 'c1',
    meetingId,
    statement: 'Lead scoring threshold',
    level: 'content',
    positionMarketing: '',
    positionSales: '',
    status: 'parked',
    resolution: '',
    private: false,
  });
  await workspace.db.parkingLot.add({
    ...meta,
    id: 'p1',
    meetingId,
    text: 'Trade fair budget',
    status: 'open',
  });
  await workspace.db.knowledgeItems.add({
    ...meta,
    id: 'q1',
    meetingId,
    kind: 'question',
    text: 'Churn in Iberia?',
    topic: 'Iberia',
    answer: '',
    status: 'open',
  });
  return created.value;
}

async function dump() {
  const db = workspace.db;
  return Promise.all(
    [db.meetings, db.attendance, db.actionItems, db.conflictPoints, db.parkingLot, db.knowledgeItems].map(
      (table) => table.toArray(),
    ),
  );
}

describe('planning the next meeting', () => {
  it('creates the follow-up with the same participants and carries over exactly the open items', async () => {
    workspace = testWorkspace();
    const first = await meetingWithOpenItems();
    const nextId = await workspace.series.planNext(first.id);
    const next = await workspace.db.meetings.get(nextId);
    expect(next).toMatchObject({
      seriesId: first.id,
      previousMeetingId: first.id,
      date: '2026-12-08',
      title: 'Monthly',
    });
    expect((await workspace.db.meetings.get(first.id))?.seriesId).toBe(first.id);
    const people = await workspace.db.attendance.where('meetingId').equals(nextId).toArray();
    expect(people.map((a) => [a.personId, a.role]).sort()).toEqual([
      ['person-anna', 'facilitator'],
      ['person-ben', 'participant'],
    ]);
    const carried = async (table: 'actionItems' | 'conflictPoints' | 'parkingLot' | 'knowledgeItems') =>
      (await workspace.db[table].where('meetingId').equals(nextId).toArray()).map(
        (record) => record.carriedFromId,
      );
    expect(await carried('actionItems')).toEqual(['a1']);
    expect(await carried('conflictPoints')).toEqual(['c1']);
    expect(await carried('parkingLot')).toEqual(['p1']);
    expect(await carried('knowledgeItems')).toEqual(['q1']);
    expect((await workspace.db.parkingLot.get('p1'))?.status).toBe('carried');
  });

  it('repeats the agenda in the next meeting, every item pending and without times or notes', async () => {
    workspace = testWorkspace();
    const first = await meetingWithOpenItems();
    const item = { description: '', kind: 'discussion' as const, presenterIds: [] };
    await workspace.agenda.add(first.id, { ...item, title: 'Check-in', timeboxMinutes: 10 });
    await workspace.agenda.add(first.id, { ...item, title: 'Pipeline', timeboxMinutes: 40 });
    await workspace.run.apply(first.id, 'start');
    const nextId = await workspace.series.planNext(first.id);
    const agenda = await workspace.db.agendaItems.where('meetingId').equals(nextId).sortBy('position');
    expect(
      agenda.map((entry) => [entry.title, entry.timeboxMinutes, entry.status, entry.spans, entry.notes]),
    ).toEqual([
      ['Check-in', 10, 'pending', [], ''],
      ['Pipeline', 40, 'pending', [], ''],
    ]);
  });

  it('plans the follow-up on the date asked for, and a second request keeps that date', async () => {
    workspace = testWorkspace();
    const first = await meetingWithOpenItems();
    const nextId = await workspace.series.planNext(first.id, '2026-12-15');
    expect(await workspace.series.planNext(first.id, '2027-03-01')).toBe(nextId);
    expect((await workspace.db.meetings.get(nextId))?.date).toBe('2026-12-15');
  });

  it('is idempotent: asking twice finds the same next meeting and copies nothing twice', async () => {
    workspace = testWorkspace();
    const first = await meetingWithOpenItems();
    const nextId = await workspace.series.planNext(first.id);
    const before = await dump();
    expect(await workspace.series.planNext(first.id)).toBe(nextId);
    expect(await dump()).toEqual(before);
  });

  it('carries an item that was added after the first planning, and only that one', async () => {
    workspace = testWorkspace();
    const first = await meetingWithOpenItems();
    const nextId = await workspace.series.planNext(first.id);
    await workspace.db.actionItems.add({
      ...meta,
      id: 'a3',
      meetingId: first.id,
      what: 'Late action',
      status: 'open',
    });
    await workspace.series.planNext(first.id);
    const actions = await workspace.db.actionItems.where('meetingId').equals(nextId).toArray();
    expect(actions.map((a) => a.carriedFromId).sort()).toEqual(['a1', 'a3']);
  });

  it('leaves the database exactly as it was when any write of the carry-over fails', async () => {
    workspace = testWorkspace();
    const first = await meetingWithOpenItems();
    const before = await dump();
    vi.spyOn(workspace.db.knowledgeItems, 'bulkAdd').mockRejectedValue(new Error('disk full'));
    await expect(workspace.series.planNext(first.id)).rejects.toThrow('disk full');
    expect(await dump()).toEqual(before);
  });
});
