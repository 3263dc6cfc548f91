// Writes that fail in IndexedDB itself (a full disk, a refused request, a closed connection): the
// repositories reject, nothing partial is stored, and the write watch reports every failure and the
// next success, which is what the write-failure warning shows.
import { afterEach, describe, expect, it } from 'vitest';
import type { ConflictDraft } from '../../renderer/domain/conflicts';
import type { TandemDatabase } from '../../renderer/data/database';
import { onWriteOutcome, type WriteOutcome } from '../../renderer/data/middleware/write-watch';
import { failWrites, type FailingWrites } from './failing-writes';
import { testWorkspace, type TestWorkspace } from './fixtures';

const draft: ConflictDraft = {
  statement: 'The lead definitions differ',
  level: 'content',
  category: '',
  departmentId: 'sales',
  personId: '',
  positionMarketing: '',
  positionSales: '',
  agendaItemId: '',
  private: false,
};

let workspace: TestWorkspace;
let failing: FailingWrites | undefined;
afterEach(async () => {
  failing?.restore();
  failing = undefined;
  await workspace.close();
});

/** Every outcome the write watch reports from now on. */
function heard(db: TandemDatabase): WriteOutcome[] {
  const outcomes: WriteOutcome[] = [];
  onWriteOutcome(db, (outcome) => outcomes.push(outcome));
  return outcomes;
}

/** Every row of every table, to prove that a failed write changed nothing. */
async function dump(db: TandemDatabase): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = await table.toArray();
  return tables;
}

async function startedMeeting() {
  const created = await workspace.meetings.create({
    title: 'Q1',
    date: '2026-11-27',
    startTime: '09:00',
    language: 'en',
  });
  if (!created.ok) throw new Error('meeting refused');
  for (const title of ['Check-in', 'Pipeline review']) {
    await workspace.agenda.add(created.value.id, {
      title,
      description: '',
      kind: 'discussion',
      timeboxMinutes: 20,
      presenterIds: [],
    });
  }
  expect(await workspace.run.apply(created.value.id, 'start')).toEqual({ ok: true });
  return created.value.id;
}

describe('write failures', () => {
  it('a full disk refuses a conflict point: it rejects, stores nothing, and is reported until a write succeeds', async () => {
    workspace = testWorkspace();
    const meetingId = await startedMeeting();
    const outcomes = heard(workspace.db);
    const before = await dump(workspace.db);
    failing = failWrites(['conflictPoints']);
    await expect(workspace.conflicts.log(meetingId, draft)).rejects.toThrow();
    expect(await dump(workspace.db)).toEqual(before);
    expect(outcomes).toContainEqual({ ok: false, error: 'QuotaExceededError' });
    expect(outcomes).not.toContainEqual({ ok: true });

    failing.restore();
    const saved = await workspace.conflicts.log(meetingId, draft);
    expect(saved.ok).toBe(true);
    expect(await workspace.db.conflictPoints.count()).toBe(1);
    expect(outcomes.at(-1)).toEqual({ ok: true });
  });

  it('a run transition whose parking-lot point cannot be written leaves meeting, agenda and parking lot as they were', async () => {
    workspace = testWorkspace();
    const meetingId = await startedMeeting();
    const before = await dump(workspace.db);
    failing = failWrites(['parkingLot']);
    workspace.advance(5);
    await expect(workspace.run.apply(meetingId, 'defer')).rejects.toThrow();
    expect(await dump(workspace.db)).toEqual(before);
  });

  it('a reframe whose content question cannot be added keeps the relationship point open and alone', async () => {
    workspace = testWorkspace();
    const meetingId = await startedMeeting();
    const point = await workspace.conflicts.log(meetingId, { ...draft, level: 'relationship' });
    if (!point.ok) throw new Error('point refused');
    const before = await dump(workspace.db);
    // The relationship point's put goes through; the content question's add fails after it.
    failing = failWrites(['conflictPoints'], ['add']);
    await expect(
      workspace.conflicts.reframe(point.value.id, { ...draft, statement: 'Who decides the calendar?' }),
    ).rejects.toThrow();
    expect(await dump(workspace.db)).toEqual(before);
  });

  it('a request IndexedDB refuses (a key already taken) is reported as a failed write and stores nothing', async () => {
    workspace = testWorkspace();
    const meetingId = await startedMeeting();
    const point = await workspace.conflicts.log(meetingId, draft);
    if (!point.ok) throw new Error('point refused');
    const outcomes = heard(workspace.db);
    await expect(
      workspace.db.conflictPoints.add({ ...point.value, statement: 'A second point, same id' }),
    ).rejects.toThrow();
    expect(outcomes).toContainEqual({ ok: false, error: 'ConstraintError' });
    expect(await workspace.db.conflictPoints.toArray()).toEqual([point.value]);
  });

  it('a closed database refuses every write, and after reopening nothing half-written is there', async () => {
    const name = `closed-${Math.random().toString(36).slice(2)}`;
    workspace = testWorkspace(name);
    const meetingId = await startedMeeting();
    const before = await dump(workspace.db);
    workspace.db.close();
    await expect(workspace.conflicts.log(meetingId, draft)).rejects.toThrow();
    await expect(workspace.run.apply(meetingId, 'next')).rejects.toThrow();

    workspace = testWorkspace(name);
    expect(await dump(workspace.db)).toEqual(before);
  });

  it('a transaction the code gives up on by itself is not reported as a storage failure', async () => {
    workspace = testWorkspace();
    const outcomes = heard(workspace.db);
    await expect(workspace.conflicts.reframe('no-such-point', draft)).rejects.toThrow('No conflict point');
    expect(outcomes.filter((outcome) => !outcome.ok)).toEqual([]);
  });
});
