import { afterEach, describe, expect, it } from 'vitest';
import { REMEMBERED_COCKPIT_TABS } from '../../renderer/domain/projection';
import { testWorkspace, type TestWorkspace } from './fixtures';

let workspaces: TestWorkspace[] = [];
afterEach(async () => {
  await Promise.all(workspaces.map((each) => each.close()));
  workspaces = [];
});

function open(name?: string) {
  const workspace = testWorkspace(name);
  workspaces.push(workspace);
  return workspace;
}

async function mirrored(workspace: TestWorkspace): Promise<unknown> {
  return (await workspace.db.settings.get('mirroredScreen'))?.value;
}

async function meeting(workspace: TestWorkspace, title: string) {
  const created = await workspace.meetings.create({
    title,
    date: '2026-11-27',
    startTime: '09:00',
    language: 'en',
  });
  if (!created.ok) throw new Error('create failed');
  return created.value.id;
}

describe('the mirrored-screen setting', () => {
  it('is off for every meeting until turned on, and is stored per meeting', async () => {
    const workspace = open();
    expect(await mirrored(workspace)).toBeUndefined();
    await workspace.settings.setMirroredScreen('m-1', true);
    await workspace.settings.setMirroredScreen('m-2', true);
    await workspace.settings.setMirroredScreen('m-1', true);
    expect(await mirrored(workspace)).toEqual(['m-2', 'm-1']);
    await workspace.settings.setMirroredScreen('m-2', false);
    expect(await mirrored(workspace)).toEqual(['m-1']);
    await workspace.settings.setMirroredScreen('m-3', false);
    expect(await mirrored(workspace)).toEqual(['m-1']);
  });

  it('survives closing and opening the database again', async () => {
    const name = `mirrored-${Math.random().toString(36).slice(2)}`;
    const first = open(name);
    await first.settings.setMirroredScreen('m-1', true);
    await first.close();
    expect(await mirrored(open(name))).toEqual(['m-1']);
  });

  it('is a device preference: the meeting file does not carry it', async () => {
    const workspace = open();
    const id = await meeting(workspace, 'Q1');
    await workspace.settings.setMirroredScreen(id, true);
    const file = await workspace.exchange.exportMeeting(id);
    expect(file).not.toMatch(/mirroredScreen/);
  });
});

// The cockpit tab is the same kind of device preference, kept the same way.
async function cockpitTabs(workspace: TestWorkspace): Promise<unknown> {
  return (await workspace.db.settings.get('cockpitTab'))?.value;
}

describe('the cockpit tab setting', () => {
  it('keeps the latest tab per meeting, over closing and opening the database', async () => {
    const name = `cockpit-${Math.random().toString(36).slice(2)}`;
    const first = open(name);
    expect(await cockpitTabs(first)).toBeUndefined();
    await first.settings.setCockpitTab('m-1', 'knowledge');
    await first.settings.setCockpitTab('m-2', 'notes');
    await first.settings.setCockpitTab('m-1', 'speakers');
    await first.close();
    expect(await cockpitTabs(open(name))).toEqual([
      { meetingId: 'm-2', tab: 'notes' },
      { meetingId: 'm-1', tab: 'speakers' },
    ]);
  });

  it('remembers a bounded number of meetings, dropping the oldest choice', async () => {
    const workspace = open();
    for (let index = 0; index <= REMEMBERED_COCKPIT_TABS; index += 1)
      await workspace.settings.setCockpitTab(`m-${index}`, 'knowledge');
    const stored = (await cockpitTabs(workspace)) as { meetingId: string }[];
    expect(stored).toHaveLength(REMEMBERED_COCKPIT_TABS);
    expect(stored[0]?.meetingId).toBe('m-1');
  });

  it('is a device preference: the meeting file does not carry it', async () => {
    const workspace = open();
    const id = await meeting(workspace, 'Q1');
    await workspace.settings.setCockpitTab(id, 'knowledge');
    const file = await workspace.exchange.exportMeeting(id);
    expect(file).not.toMatch(/cockpitTab/);
  });
});
