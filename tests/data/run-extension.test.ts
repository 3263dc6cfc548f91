import { afterEach, describe, expect, it } from 'vitest';
import { itemRemainingMs } from '../../renderer/domain/run-clock';
import { testWorkspace, type TestWorkspace } from './fixtures';

let workspaces: TestWorkspace[] = [];
afterEach(async () => {
  await Promise.all(workspaces.map((each) => each.close()));
  workspaces = [];
});

async function runningMeeting() {
  const workspace = testWorkspace();
  workspaces.push(workspace);
  const created = await workspace.meetings.create({
    title: 'Q1',
    date: '2026-11-27',
    startTime: '09:00',
    language: 'en',
  });
  if (!created.ok) throw new Error('create failed');
  const id = created.value.id;
  await workspace.agenda.add(id, {
    title: 'Pipeline review',
    description: '',
    kind: 'discussion',
    timeboxMinutes: 10,
    presenterIds: [],
  });
  await workspace.run.apply(id, 'start');
  return { workspace, id };
}

const items = (workspace: TestWorkspace, id: string) =>
  workspace.db.agendaItems.where('meetingId').equals(id).toArray();

describe('timer extensions in the run repository', () => {
  it('stores +1 and +5 on the running item, and the timer counts against them', async () => {
    const { workspace, id } = await runningMeeting();
    workspace.advance(9);
    const first = await workspace.run.extend(id, 1);
    workspace.advance(1);
    const second = await workspace.run.extend(id, 5);
    expect(first).toEqual({ ok: true, itemId: expect.any(String), at: '2026-11-27T09:09:00.000Z' });
    expect(second).toMatchObject({ ok: true, at: '2026-11-27T09:10:00.000Z' });
    const [item] = await items(workspace, id);
    expect(item?.timeboxMinutes).toBe(10);
    expect(item?.extensions).toEqual([
      { at: '2026-11-27T09:09:00.000Z', minutes: 1 },
      { at: '2026-11-27T09:10:00.000Z', minutes: 5 },
    ]);
    expect(item && itemRemainingMs(item, '2026-11-27T09:10:00.000Z')).toBe(6 * 60_000);
  });

  it('refuses while paused or after the end, and writes nothing', async () => {
    const { workspace, id } = await runningMeeting();
    await workspace.run.apply(id, 'pause');
    expect(await workspace.run.extend(id, 5)).toEqual({ ok: false, refusal: 'paused' });
    await workspace.run.apply(id, 'end');
    expect(await workspace.run.extend(id, 5)).toEqual({ ok: false, refusal: 'not-running' });
    expect(await workspace.run.extend('nope', 5)).toEqual({ ok: false, refusal: 'no-meeting' });
    expect((await items(workspace, id))[0]?.extensions).toEqual([]);
  });

  it('takes an extension back (undo) and records who asked', async () => {
    const { workspace, id } = await runningMeeting();
    const one = await workspace.run.extend(id, 1);
    workspace.advance(1);
    const five = await workspace.run.extend(id, 5);
    if (!one.ok || !five.ok) throw new Error('refused');
    expect(await workspace.run.setExtensionAsker(five.itemId, five.at, 'person-1')).toMatchObject({
      ok: true,
    });
    expect((await items(workspace, id))[0]?.extensions[1]).toEqual({
      at: five.at,
      minutes: 5,
      askedByPersonId: 'person-1',
    });
    expect(await workspace.run.withdrawExtension(five.itemId, five.at)).toMatchObject({ ok: true });
    expect((await items(workspace, id))[0]?.extensions).toEqual([{ at: one.at, minutes: 1 }]);
    expect(await workspace.run.withdrawExtension(five.itemId, five.at)).toEqual({
      ok: false,
      refusal: 'no-extension',
    });
  });
});
