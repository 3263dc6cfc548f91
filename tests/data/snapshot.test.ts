// Real Dexie over an in-memory IndexedDB implementation (fake-indexeddb), fresh for every test.
import { afterEach, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../../renderer/data/queries/snapshot';
import { buildMinutes } from '../../renderer/domain/minutes/build';
import type { MeetingSnapshot } from '../../renderer/domain/minutes/snapshot';
import { minutesSnapshot, NOW } from '../unit/domain/minutes-fixture';
import { testWorkspace, type TestWorkspace } from './fixtures';

let workspace: TestWorkspace;
afterEach(async () => {
  await workspace.close();
});

/** Writes every record of a snapshot into the workspace, as the app would have stored them. */
async function store(snapshot: MeetingSnapshot) {
  const { db } = workspace;
  await db.meetings.bulkAdd([snapshot.meeting, ...(snapshot.nextMeeting ? [snapshot.nextMeeting] : [])]);
  await db.people.bulkAdd(snapshot.people);
  await db.attendance.bulkAdd(snapshot.participants.map((p) => p.attendance));
  await db.agendaItems.bulkAdd(snapshot.agendaItems);
  await db.conflictPoints.bulkAdd(snapshot.conflictPoints);
  await db.decisions.bulkAdd([...snapshot.decisions, ...snapshot.supersededDecisions]);
  await db.actionItems.bulkAdd(snapshot.actionItems);
  await db.knowledgeItems.bulkAdd(snapshot.knowledgeItems);
  await db.parkingLot.bulkAdd(snapshot.parkingLot);
  await db.definitions.bulkAdd(snapshot.definitions);
  await db.speakerTurns.bulkAdd(snapshot.speakerTurns);
}

const byId = (rows: readonly { id: string }[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe('loadSnapshot', () => {
  it('reads everything the minutes of a meeting need from a real workspace', async () => {
    workspace = testWorkspace();
    const expected = minutesSnapshot();
    await store(expected);
    const snapshot = await loadSnapshot(workspace.db, 'm-q1');
    expect(snapshot.meeting).toEqual(expected.meeting);
    expect(snapshot.nextMeeting?.id).toBe('m-q2');
    expect(byId(snapshot.participants.map((p) => p.attendance))).toEqual(
      byId(expected.participants.map((p) => p.attendance)),
    );
    expect(snapshot.participants.every((p) => p.person?.id === p.attendance.personId)).toBe(true);
    expect(byId(snapshot.people)).toEqual(byId(expected.people));
    expect(snapshot.departments.map((d) => d.id)).toEqual([
      'marketing',
      'sales',
      'product',
      'management',
      'other',
    ]);
    for (const key of [
      'agendaItems',
      'conflictPoints',
      'decisions',
      'supersededDecisions',
      'actionItems',
      'knowledgeItems',
      'parkingLot',
      'definitions',
      'speakerTurns',
    ] as const)
      expect(byId(snapshot[key]), key).toEqual(byId(expected[key]));
  });

  it('leaves out soft-deleted rows and the records of other meetings', async () => {
    workspace = testWorkspace();
    const expected = minutesSnapshot();
    await store(expected);
    await workspace.db.decisions.update('d-18', { deletedAt: NOW });
    await workspace.db.actionItems.add({
      id: 'act-other',
      createdAt: NOW,
      updatedAt: NOW,
      meetingId: 'm-q2',
      what: 'Belongs to the next meeting',
      status: 'open',
    });
    const snapshot = await loadSnapshot(workspace.db, 'm-q1');
    expect(snapshot.decisions.map((d) => d.id)).toEqual(['d-19']);
    expect(snapshot.actionItems.map((a) => a.id)).not.toContain('act-other');
  });

  it('finds the next meeting planned through the series, and the minutes name it', async () => {
    workspace = testWorkspace();
    const created = await workspace.meetings.create({
      title: 'Monthly sync',
      date: '2026-12-01',
      startTime: '09:00',
      language: 'de',
    });
    if (!created.ok) throw new Error('create failed');
    const nextId = await workspace.series.planNext(created.value.id);
    const snapshot = await loadSnapshot(workspace.db, created.value.id);
    expect(snapshot.nextMeeting?.id).toBe(nextId);
    const minutes = buildMinutes(snapshot, { now: NOW, timeZone: 'Europe/Berlin' });
    expect(minutes.language).toBe('de');
    expect(JSON.stringify(minutes.sections.find((s) => s.id === 'next-meeting'))).toContain('08.12.2026');
  });

  it('rejects a meeting that does not exist', async () => {
    workspace = testWorkspace();
    await expect(loadSnapshot(workspace.db, 'missing')).rejects.toThrow('No meeting missing');
  });
});
