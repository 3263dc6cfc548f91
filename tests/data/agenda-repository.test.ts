import { afterEach, describe, expect, it } from 'vitest';
import type { AgendaItemDraft } from '../../renderer/domain/agenda';
import { testWorkspace, type TestWorkspace } from './fixtures';

let workspace: TestWorkspace;
afterEach(async () => workspace.close());

const item = (title: string, timeboxMinutes: string | number = 15): AgendaItemDraft => ({
  title,
  description: '',
  kind: 'discussion',
  timeboxMinutes,
  presenterIds: [],
});

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
const titles = async (meetingId: string) =>
  (await workspace.db.agendaItems.where('meetingId').equals(meetingId).sortBy('position'))
    .filter((entry) => entry.deletedAt === undefined)
    .map((entry) => entry.title);

describe('agenda repository', () => {
  it('appends items in order and refuses a bad timebox without writing', async () => {
    workspace = testWorkspace();
    const id = await meeting();
    await workspace.agenda.add(id, item('Check-in', 10));
    await workspace.agenda.add(id, item('Pipeline review', 45));
    expect(await workspace.agenda.add(id, item('Too long', 601))).toMatchObject({ ok: false });
    expect(await workspace.agenda.add(id, item('Zero', 0))).toMatchObject({ ok: false });
    expect(await titles(id)).toEqual(['Check-in', 'Pipeline review']);
  });

  it('moves an item and keeps the order after a reopen', async () => {
    workspace = testWorkspace();
    const id = await meeting();
    for (const title of ['A', 'B', 'C']) await workspace.agenda.add(id, item(title));
    const c = (await workspace.db.agendaItems.toArray()).find((entry) => entry.title === 'C');
    await workspace.agenda.move(id, c?.id ?? '', 0);
    expect(await titles(id)).toEqual(['C', 'A', 'B']);
  });

  it('deletes softly and restores the item in its place', async () => {
    workspace = testWorkspace();
    const id = await meeting();
    for (const title of ['A', 'B', 'C']) await workspace.agenda.add(id, item(title));
    const b = (await workspace.db.agendaItems.toArray()).find((entry) => entry.title === 'B');
    await workspace.agenda.softDelete(b?.id ?? '');
    expect(await titles(id)).toEqual(['A', 'C']);
    await workspace.agenda.restore(b?.id ?? '');
    expect(await titles(id)).toEqual(['A', 'B', 'C']);
  });

  it('refuses a meeting duration shorter than its agenda and keeps the old one', async () => {
    workspace = testWorkspace();
    const id = await meeting();
    await workspace.agenda.add(id, item('Long debate', 100));
    expect(await workspace.meetings.updateDetail(id, { field: 'durationMinutes', value: '90' })).toEqual({
      ok: false,
      error: 'duration-shorter-than-agenda',
    });
    expect((await workspace.db.meetings.get(id))?.durationMinutes).toBe(120);
  });
});

describe('attendance repository', () => {
  it('adds a person once, and keeps a single facilitator', async () => {
    workspace = testWorkspace();
    const id = await meeting();
    await workspace.attendance.add(id, 'anna', 'facilitator');
    await workspace.attendance.add(id, 'anna');
    await workspace.attendance.add(id, 'ben', 'facilitator');
    const roles = (await workspace.db.attendance.toArray()).map((a) => [a.personId, a.role]).sort();
    expect(roles).toEqual([
      ['anna', 'participant'],
      ['ben', 'facilitator'],
    ]);
  });
});
