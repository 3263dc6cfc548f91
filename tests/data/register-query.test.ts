// The register's read model on real Dexie over fake-indexeddb: what it reads across meetings,
// what it leaves out, and that a live query of it follows every change.
import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { readRegisterRecords } from '../../renderer/data/queries/register-records';
import type { RegisterRecords } from '../../renderer/domain/register';
import { action, decision } from '../unit/domain/register-fixture';
import { testWorkspace, type TestWorkspace } from './fixtures';

let workspace: TestWorkspace;

afterEach(async () => {
  await workspace.close();
});

async function meeting(title: string, date: string): Promise<string> {
  const outcome = await workspace.meetings.create({ title, date, startTime: '09:00', language: 'en' });
  if (!outcome.ok) throw new Error('meeting refused');
  return outcome.value.id;
}

async function twoMeetings() {
  workspace = testWorkspace();
  const spring = await meeting('Spring planning', '2026-03-02');
  const autumn = await meeting('Autumn review', '2026-09-14');
  await workspace.db.decisions.bulkPut([
    decision('d1', 1, { meetingId: spring, status: 'superseded' }),
    decision('d2', 2, { meetingId: autumn, supersedesId: 'd1' }),
  ]);
  await workspace.db.actionItems.bulkPut([
    action('a1', 'Send the table', { meetingId: spring }),
    action('a2', 'Check the sheet', { meetingId: autumn }),
  ]);
  return { spring, autumn };
}

const ids = (records: RegisterRecords) => ({
  meetings: records.meetings.map((row) => row.id).sort(),
  decisions: records.decisions.map((row) => row.id).sort(),
  actions: records.actions.map((row) => row.id).sort(),
});

describe('the register read model', () => {
  it('reads the decisions and action items of every meeting', async () => {
    const { spring, autumn } = await twoMeetings();
    expect(ids(await readRegisterRecords(workspace.db))).toEqual({
      meetings: [spring, autumn].sort(),
      decisions: ['d1', 'd2'],
      actions: ['a1', 'a2'],
    });
  });

  it('leaves out soft-deleted action items and everything of a deleted meeting', async () => {
    const { spring, autumn } = await twoMeetings();
    await workspace.actions.softDelete('a2');
    await workspace.meetings.softDelete(spring);
    expect(ids(await readRegisterRecords(workspace.db))).toEqual({
      meetings: [autumn],
      decisions: ['d2'],
      actions: [],
    });
    await workspace.meetings.restore(spring);
    expect(ids(await readRegisterRecords(workspace.db)).decisions).toEqual(['d1', 'd2']);
  });

  it('follows changes as a live query', async () => {
    const { autumn } = await twoMeetings();
    const seen: number[] = [];
    const subscription = liveQuery(() => readRegisterRecords(workspace.db)).subscribe((records) =>
      seen.push(records.actions.length),
    );
    try {
      await expect.poll(() => seen.at(-1)).toBe(2);
      await workspace.actions.create(autumn, {
        what: 'Book the stand',
        ownerPersonId: '',
        dueDate: '',
        channel: '',
        decisionId: '',
        agendaItemId: '',
      });
      await expect.poll(() => seen.at(-1)).toBe(3);
    } finally {
      subscription.unsubscribe();
    }
  });
});
