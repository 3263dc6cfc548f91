import { afterEach, describe, expect, it } from 'vitest';
import { itemElapsedMs, meetingElapsedMs } from '../../renderer/domain/run-clock';
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

async function preparedMeeting(workspace: TestWorkspace) {
  const created = await workspace.meetings.create({
    title: 'Q1',
    date: '2026-11-27',
    startTime: '09:00',
    language: 'en',
  });
  if (!created.ok) throw new Error('create failed');
  for (const [title, minutes] of [
    ['Check-in', 10],
    ['Pipeline review', 30],
    ['Campaign calendar', 20],
  ] as const) {
    await workspace.agenda.add(created.value.id, {
      title,
      description: '',
      kind: 'discussion',
      timeboxMinutes: minutes,
      presenterIds: [],
    });
  }
  return created.value.id;
}

async function snapshot(workspace: TestWorkspace, meetingId: string) {
  const { db } = workspace;
  return {
    meeting: await db.meetings.get(meetingId),
    items: await db.agendaItems.where('meetingId').equals(meetingId).sortBy('position'),
    parkingLot: await db.parkingLot.where('meetingId').equals(meetingId).toArray(),
  };
}

describe('run repository', () => {
  it('starts, moves on and records actual times', async () => {
    const workspace = open();
    const id = await preparedMeeting(workspace);
    expect(await workspace.run.apply(id, 'start')).toEqual({ ok: true });
    workspace.advance(12);
    expect(await workspace.run.apply(id, 'next')).toEqual({ ok: true });
    const { meeting, items } = await snapshot(workspace, id);
    expect(meeting).toMatchObject({ status: 'running', startedAt: '2026-11-27T09:00:00.000Z' });
    expect(meeting?.activeAgendaItemId).toBe(items[1]?.id);
    expect(items.map((item) => item.status)).toEqual(['done', 'active', 'pending']);
    expect(items[0]).toMatchObject({
      actualStart: '2026-11-27T09:00:00.000Z',
      actualEnd: '2026-11-27T09:12:00.000Z',
    });
  });

  it('defers an item into the parking lot of the meeting', async () => {
    const workspace = open();
    const id = await preparedMeeting(workspace);
    await workspace.run.apply(id, 'start');
    await workspace.run.apply(id, 'defer');
    const { items, parkingLot } = await snapshot(workspace, id);
    expect(items[0]?.status).toBe('deferred');
    expect(parkingLot).toEqual([
      expect.objectContaining({
        text: 'Check-in',
        status: 'open',
        agendaItemId: items[0]?.id,
        meetingId: id,
      }),
    ]);
  });

  it('refuses a transition that does not apply and writes nothing', async () => {
    const workspace = open();
    const id = await preparedMeeting(workspace);
    const before = await snapshot(workspace, id);
    expect(await workspace.run.apply(id, 'next')).toEqual({ ok: false, refusal: 'not-running' });
    expect(await workspace.run.apply('nobody', 'start')).toEqual({ ok: false, refusal: 'no-meeting' });
    expect(await snapshot(workspace, id)).toEqual(before);
  });

  it('leaves meeting, agenda and parking lot unchanged when one write fails', async () => {
    const workspace = open();
    const id = await preparedMeeting(workspace);
    await workspace.run.apply(id, 'start');
    workspace.advance(5);
    const before = await snapshot(workspace, id);
    // The parking-lot write is the last of the three; make it fail.
    workspace.db.parkingLot.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(workspace.run.apply(id, 'defer')).rejects.toThrow('disk full');
    expect(await snapshot(workspace, id)).toEqual(before);
  });

  it('resumes the same timer after the database is closed and opened again', async () => {
    const name = `run-reopen-${Math.random().toString(36).slice(2)}`;
    const first = open(name);
    const id = await preparedMeeting(first);
    await first.run.apply(id, 'start');
    first.advance(4);
    await first.run.apply(id, 'pause');
    first.advance(3);
    await first.run.apply(id, 'resume');
    await first.close();

    const again = open(name);
    const { meeting, items } = await snapshot(again, id);
    const now = '2026-11-27T09:10:00.000Z';
    expect(meeting?.pausedAt).toBeUndefined();
    expect(itemElapsedMs(items[0] ?? { spans: [] }, now)).toBe(7 * 60_000);
    expect(meetingElapsedMs(items, now)).toBe(7 * 60_000);
  });

  it('ends the meeting, closing every span', async () => {
    const workspace = open();
    const id = await preparedMeeting(workspace);
    await workspace.run.apply(id, 'start');
    workspace.advance(8);
    await workspace.run.apply(id, 'end');
    const { meeting, items } = await snapshot(workspace, id);
    expect(meeting).toMatchObject({ status: 'ended', endedAt: '2026-11-27T09:08:00.000Z' });
    expect(items.flatMap((item) => item.spans).every((span) => span.end !== undefined)).toBe(true);
    expect(await workspace.run.apply(id, 'next')).toEqual({ ok: false, refusal: 'not-running' });
  });
});
