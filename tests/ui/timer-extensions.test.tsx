/**
 * The run screen's timer extensions (+1 min by mouse, +5 min by Alt+Shift+I, undone with Ctrl+Z)
 * and the chime, heard through a fake Web Audio context: it sounds when switched on and the item
 * reaches 2 minutes left and zero, and stays silent when off.
 */
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../renderer/data/workspace';
import { resetChimeContext } from '../../renderer/features/run/chime-sound';
import { renderApp } from './render-app';

async function running() {
  const app = renderApp();
  const created = await app.workspace.meetings.create({
    title: 'Q1 joint strategy',
    date: '2026-12-01',
    startTime: '09:30',
    language: 'en',
  });
  if (!created.ok) throw new Error('meeting fixture must be valid');
  const meetingId = created.value.id;
  for (const [title, minutes] of [
    ['Check-in', 10],
    ['Pipeline review', 30],
  ] as const)
    await app.workspace.agenda.add(meetingId, {
      title,
      description: '',
      kind: 'discussion',
      timeboxMinutes: minutes,
      presenterIds: [],
    });
  await app.workspace.run.apply(meetingId, 'start');
  window.location.hash = `#/meetings/${meetingId}/run`;
  await screen.findByRole('heading', { level: 2, name: 'Check-in' });
  return { ...app, meetingId };
}

const activeItem = async (db: Workspace['db'], meetingId: string) =>
  (await db.agendaItems.where('meetingId').equals(meetingId).sortBy('position'))[0];

describe('timer extensions', () => {
  it('adds a minute by mouse and five by Alt+Shift+I, stores them and undoes with Ctrl+Z', async () => {
    const { user, db, meetingId } = await running();
    await user.click(screen.getByRole('button', { name: 'Add 1 minute' }));
    expect((await screen.findByTestId('item-extended')).textContent).toBe('Extended by 1 min');
    await user.keyboard('{Alt>}{Shift>}i{/Shift}{/Alt}');
    await waitFor(() => expect(screen.getByTestId('item-extended').textContent).toBe('Extended by 6 min'));
    expect((await activeItem(db, meetingId))?.extensions.map((each) => each.minutes)).toEqual([1, 5]);
    expect(screen.getByRole('button', { name: 'Add 5 minutes' }).getAttribute('aria-keyshortcuts')).toBe(
      'Alt+Shift+I',
    );
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(screen.getByTestId('item-extended').textContent).toBe('Extended by 1 min'));
    expect((await activeItem(db, meetingId))?.extensions.map((each) => each.minutes)).toEqual([1]);
  });

  it('is refused while paused: the buttons are disabled and the key says why', async () => {
    const { user, db, meetingId, workspace } = await running();
    await workspace.run.apply(meetingId, 'pause');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Add 1 minute' }).hasAttribute('disabled')).toBe(true),
    );
    await user.keyboard('{Alt>}i{/Alt}');
    expect(await screen.findByText('The meeting is paused. Resume it to extend the timer.')).toBeTruthy();
    expect((await activeItem(db, meetingId))?.extensions).toEqual([]);
  });
});

describe('the end summary', () => {
  it('says plainly when nothing was recorded', async () => {
    const { meetingId, workspace } = await running();
    await workspace.run.apply(meetingId, 'end');
    expect(await screen.findByText('No action items were recorded.')).toBeTruthy();
    expect(screen.getByText('No decisions were recorded.')).toBeTruthy();
    expect(screen.getByText('No conflict points are open.')).toBeTruthy();
    expect(screen.queryByText('Every action item has an owner and a due date.')).toBeNull();
  });
});

/** A Web Audio context that records the tones started on it. */
class FakeAudioContext {
  static tones: number[] = [];
  state = 'running';
  currentTime = 0;
  destination = {};
  resume() {
    return Promise.resolve();
  }
  createOscillator() {
    let frequency = 0;
    return {
      type: 'sine',
      frequency: { setValueAtTime: (value: number) => (frequency = value) },
      connect: () => undefined,
      start: () => FakeAudioContext.tones.push(frequency),
      stop: () => undefined,
    };
  }
  createGain() {
    const param = { setValueAtTime: () => undefined, exponentialRampToValueAtTime: () => undefined };
    return { gain: param, connect: () => undefined };
  }
}

describe('the chime', () => {
  const original = window.AudioContext;
  beforeEach(() => {
    FakeAudioContext.tones = [];
    resetChimeContext();
    // The fake stands in for the browser's AudioContext, which jsdom lacks.
    window.AudioContext = FakeAudioContext as unknown as typeof AudioContext;
  });
  afterEach(() => {
    window.AudioContext = original;
    resetChimeContext();
  });

  /** Moves the running item's start back so that `remainingMs` of its 10 minutes are left. */
  async function leave(db: Workspace['db'], meetingId: string, remainingMs: number) {
    const item = await activeItem(db, meetingId);
    if (!item) throw new Error('no item');
    const start = new Date(Date.now() - (10 * 60_000 - remainingMs)).toISOString();
    await db.agendaItems.put({ ...item, spans: [{ start }] });
  }

  it('sounds at 2 minutes left and at zero when switched on', async () => {
    const { user, db, meetingId } = await running();
    const toggle = screen.getByRole('checkbox', { name: 'Chime' });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    await waitFor(() => expect(toggle.hasAttribute('disabled')).toBe(false));
    await user.click(toggle);
    await waitFor(() => expect((toggle as HTMLInputElement).checked).toBe(true));
    expect(screen.getByRole('slider', { name: 'Chime volume' }).hasAttribute('disabled')).toBe(false);
    await leave(db, meetingId, 90_000);
    await waitFor(() => expect(FakeAudioContext.tones).toEqual([880]));
    await leave(db, meetingId, -1000);
    await waitFor(() => expect(FakeAudioContext.tones).toHaveLength(2));
    expect((await db.settings.get('chime'))?.value).toEqual({ enabled: true, volume: 50 });
  });

  it('stays silent when off', async () => {
    const { db, meetingId } = await running();
    await leave(db, meetingId, 90_000);
    await waitFor(() => expect(screen.getByTestId('item-remaining').textContent).toMatch(/^1:/));
    await leave(db, meetingId, -1000);
    await waitFor(() => expect(screen.getByTestId('item-remaining').textContent).toMatch(/^\+/));
    expect(FakeAudioContext.tones).toEqual([]);
  });
});
