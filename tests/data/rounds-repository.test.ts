// Real Dexie over an in-memory IndexedDB implementation (fake-indexeddb), fresh for every test.
import { afterEach, describe, expect, it } from 'vitest';
import { testWorkspace, type TestWorkspace } from './fixtures';

let workspace: TestWorkspace;

afterEach(async () => {
  await workspace.close();
});

async function setUp() {
  workspace = testWorkspace();
  const ana = await workspace.people.create({
    name: 'Ana Ruiz',
    departmentId: 'sales',
    orgUnit: '',
    email: '',
  });
  if (!ana.ok) throw new Error('person refused');
  return ana.value;
}

const entriesOf = () => workspace.db.roundEntries.where('meetingId').equals('m1').toArray();

describe('rounds repository', () => {
  it('keeps one answer per person and round, replaced as typed, with the department of the time', async () => {
    const ana = await setUp();
    await workspace.rounds.answer('m1', 'check-in', ana.id, { word: 'cur' });
    workspace.advance(1);
    await workspace.rounds.answer('m1', 'check-in', ana.id, { word: 'curious', mood: 4 });
    await workspace.rounds.answer('m1', 'check-out', ana.id, { worthTime: 5, heard: 4 });
    await workspace.db.people.update(ana.id, { departmentId: 'marketing' });
    workspace.advance(1);
    await workspace.rounds.answer('m1', 'check-out', ana.id, { worthTime: 3, heard: 4 });
    const entries = await entriesOf();
    expect(entries).toHaveLength(2);
    expect(entries.find((entry) => entry.kind === 'check-in')).toMatchObject({
      word: 'curious',
      mood: 4,
      departmentId: 'sales',
    });
    expect(entries.find((entry) => entry.kind === 'check-out')).toMatchObject({
      worthTime: 3,
      heard: 4,
      departmentId: 'sales',
    });
  });

  it('refuses a bad answer and changes nothing', async () => {
    const ana = await setUp();
    await workspace.rounds.answer('m1', 'check-in', ana.id, { word: 'calm', mood: 3 });
    const before = await entriesOf();
    expect(await workspace.rounds.answer('m1', 'check-in', ana.id, { mood: 7 })).toEqual({
      ok: false,
      errors: [{ field: 'mood', problem: 'out-of-range' }],
    });
    expect(await workspace.rounds.answer('m1', 'check-in', ana.id, { word: 'x'.repeat(61) })).toMatchObject({
      ok: false,
    });
    expect(await entriesOf()).toEqual(before);
  });

  it('holds the unique key [meetingId+kind+personId] in the table itself', async () => {
    const ana = await setUp();
    const stored = await workspace.rounds.answer('m1', 'check-in', ana.id, { mood: 2 });
    if (!stored.ok) throw new Error('refused');
    await expect(workspace.db.roundEntries.add({ ...stored.value, id: 'other' })).rejects.toThrow();
    expect(await entriesOf()).toHaveLength(1);
  });
});

describe('mirror rounds', () => {
  it('start, save restatements as typed, confirm, and end', async () => {
    workspace = testWorkspace();
    const round = await workspace.rounds.startMirror('m1', { conflictPointId: 'c1' });
    expect(await workspace.rounds.restate(round.id, 'marketingRestates', ' You need ', '')).toEqual({
      ok: true,
      stored: 'You need',
    });
    await workspace.rounds.confirm(round.id, 'salesConfirms', 'partly');
    await workspace.rounds.confirm(round.id, 'marketingConfirms', 'yes');
    await workspace.rounds.confirm(round.id, 'marketingConfirms', undefined);
    workspace.advance(5);
    await workspace.rounds.endMirror(round.id);
    const stored = await workspace.db.mirrorRounds.get(round.id);
    expect(stored).toMatchObject({
      conflictPointId: 'c1',
      marketingRestates: 'You need',
      salesConfirms: 'partly',
      endedAt: '2026-11-27T09:05:00.000Z',
    });
    expect(stored?.marketingConfirms).toBeUndefined();
  });

  it('refuses a save from outdated text and a restatement over the limit, changing nothing', async () => {
    workspace = testWorkspace();
    const round = await workspace.rounds.startMirror('m1', { decisionId: 'd1' });
    await workspace.rounds.restate(round.id, 'salesRestates', 'Reach first', '');
    const before = await workspace.db.mirrorRounds.get(round.id);
    expect(await workspace.rounds.restate(round.id, 'salesRestates', 'Other window', '')).toEqual({
      ok: false,
      reason: 'stale',
      current: 'Reach first',
    });
    expect(
      await workspace.rounds.restate(round.id, 'salesRestates', 'x'.repeat(1001), 'Reach first'),
    ).toMatchObject({ ok: false, errors: [{ field: 'salesRestates', problem: 'too-long' }] });
    await expect(
      workspace.rounds.confirm(round.id, 'salesConfirms', 'maybe' as 'yes'),
    ).resolves.toMatchObject({
      ok: false,
    });
    expect(await workspace.db.mirrorRounds.get(round.id)).toEqual(before);
  });
});
