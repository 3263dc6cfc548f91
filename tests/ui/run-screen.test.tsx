import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../renderer/data/workspace';
import { useUndoStack } from '../../renderer/state/undo';
import { renderApp } from './render-app';

const T = '2026-11-27T09:00:00.000Z';

async function prepare(workspace: Workspace) {
  const created = await workspace.meetings.create({
    title: 'Q1 joint strategy',
    date: '2026-12-01',
    startTime: '09:30',
    language: 'en',
  });
  if (!created.ok) throw new Error('meeting fixture must be valid');
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

/** The app on the Prepare screen of a prepared meeting. */
async function onPrepare() {
  const app = renderApp();
  const meetingId = await prepare(app.workspace);
  window.location.hash = `#/meetings/${meetingId}`;
  await screen.findByRole('heading', { level: 1, name: 'Q1 joint strategy' });
  return { ...app, meetingId };
}

/** The app on the run screen of a meeting already started. */
async function running() {
  const app = renderApp();
  const meetingId = await prepare(app.workspace);
  await app.workspace.run.apply(meetingId, 'start');
  window.location.hash = `#/meetings/${meetingId}/run`;
  await screen.findByRole('heading', { level: 2, name: 'Check-in' });
  return { ...app, meetingId };
}

const statuses = async (app: { db: Workspace['db'] }, meetingId: string) =>
  (await app.db.agendaItems.where('meetingId').equals(meetingId).sortBy('position')).map(
    (item) => item.status,
  );

describe('the run screen', () => {
  it('starts from the Prepare screen and opens the live meeting', async () => {
    const { user, db, meetingId } = await onPrepare();
    await user.click(screen.getByRole('button', { name: 'Start meeting' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Check-in' })).toBeTruthy();
    expect(window.location.hash).toBe(`#/meetings/${meetingId}/run`);
    expect((await db.meetings.get(meetingId))?.status).toBe('running');
    const agenda = screen.getByRole('navigation', { name: 'Agenda' });
    expect(within(agenda).getByRole('listitem', { current: 'step' }).textContent).toContain('Check-in');
    expect(screen.getByRole('button', { name: 'Next item' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'End meeting' })).toBeTruthy();
  });

  it('offers "Open live meeting" on the Prepare screen of a running meeting', async () => {
    const { workspace, meetingId } = await onPrepare();
    await workspace.run.apply(meetingId, 'start');
    const link = await screen.findByRole('link', { name: 'Open live meeting' });
    expect(link.getAttribute('href')).toBe(`#/meetings/${meetingId}/run`);
  });

  it('moves through the agenda by keyboard: next, skip, defer, pause and resume', async () => {
    const app = await running();
    const { user, db, meetingId } = app;
    await user.keyboard('{Alt>}n{/Alt}');
    await screen.findByRole('heading', { level: 2, name: 'Pipeline review' });
    await user.keyboard('{Alt>}p{/Alt}');
    await screen.findByRole('button', { name: 'Resume' });
    expect((await db.meetings.get(meetingId))?.pausedAt).toBeDefined();
    await user.keyboard('{Alt>}p{/Alt}');
    await screen.findByRole('button', { name: 'Pause' });
    await user.keyboard('{Alt>}s{/Alt}');
    await screen.findByRole('heading', { level: 2, name: 'Campaign calendar' });
    await user.keyboard('{Alt>}d{/Alt}');
    await screen.findByText('No item is running. Go to the next item or end the meeting.');
    expect(await statuses(app, meetingId)).toEqual(['done', 'skipped', 'deferred']);
    const parked = await db.parkingLot.where('meetingId').equals(meetingId).toArray();
    expect(parked.map((point) => [point.text, point.status])).toEqual([['Campaign calendar', 'open']]);
    await user.keyboard('{Alt>}n{/Alt}');
    await screen.findByText('There is no next item.');
  });

  it('goes back with Alt+B, keeping the time already spent', async () => {
    const app = await running();
    await app.user.keyboard('{Alt>}n{/Alt}');
    await screen.findByRole('heading', { level: 2, name: 'Pipeline review' });
    await app.user.keyboard('{Alt>}b{/Alt}');
    await screen.findByRole('heading', { level: 2, name: 'Check-in' });
    expect(await statuses(app, app.meetingId)).toEqual(['active', 'pending', 'pending']);
  });

  it('saves notes as they are typed and focuses them with Alt+O', async () => {
    const { user, db, meetingId } = await running();
    await user.keyboard('{Alt>}o{/Alt}');
    const notes = screen.getByRole('textbox', { name: 'Notes on Check-in' });
    expect(document.activeElement).toBe(notes);
    await user.keyboard('Both sides agree on the lead definition');
    await waitFor(async () => {
      const [first] = await db.agendaItems.where('meetingId').equals(meetingId).sortBy('position');
      expect(first?.notes).toBe('Both sides agree on the lead definition');
    });
    // Alt shortcuts still work while typing in the notes.
    await user.keyboard('{Alt>}n{/Alt}');
    await screen.findByRole('heading', { level: 2, name: 'Pipeline review' });
  });

  it('lists the active shortcuts on "?" and closes the list on Escape', async () => {
    const { user } = await running();
    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const rows = within(help)
      .getAllByRole('row')
      .map((row) => row.textContent);
    for (const expected of [
      'Alt+NNext item',
      'Alt+BPrevious item',
      'Alt+SSkip',
      'Alt+DDefer',
      'Alt+PPause or resume',
      'Alt+XEnd meeting',
      'Alt+OGo to the notes',
      '?Show keyboard shortcuts',
      'Ctrl+ZUndo the last deletion',
    ]) {
      expect(rows).toContain(expected);
    }
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('ends the meeting after confirming and shows the summary', async () => {
    const { user, db, meetingId } = await running();
    const meta = { createdAt: T, updatedAt: T, meetingId };
    await db.decisions.add({
      ...meta,
      id: 'd1',
      number: 7,
      statement: 'Leads are qualified by Sales',
      rationale: '',
      alternatives: '',
      method: 'consensus',
      responsible: [],
      consulted: [],
      informed: [],
      scope: [],
      status: 'decided',
      settlesConflictIds: [],
      revisitIf: [],
    });
    const point = {
      ...meta,
      level: 'content' as const,
      positionMarketing: '',
      positionSales: '',
      resolution: '',
    };
    await db.conflictPoints.bulkAdd([
      { ...point, id: 'c1', statement: 'Budget split unclear', status: 'open', private: false },
      { ...point, id: 'c2', statement: 'Who said what', status: 'open', private: true },
      { ...point, id: 'c3', statement: 'Settled', status: 'resolved', private: false },
    ]);
    await db.actionItems.bulkAdd([
      { ...meta, id: 'a1', what: 'Send the price list', status: 'open' },
      {
        ...meta,
        id: 'a2',
        what: 'Book the venue',
        status: 'open',
        ownerPersonId: 'p',
        dueDate: '2026-12-05',
      },
    ]);

    await user.keyboard('{Alt>}x{/Alt}');
    const confirm = await screen.findByRole('alertdialog', { name: 'End meeting?' });
    await user.click(within(confirm).getByRole('button', { name: 'End meeting' }));
    await screen.findByText('This meeting has ended.');
    expect((await db.meetings.get(meetingId))?.status).toBe('ended');

    const summary = await screen.findByRole('region', { name: 'Summary' });
    expect(within(summary).getByText('1 decision recorded')).toBeTruthy();
    expect(within(summary).getByText('D-7 Leads are qualified by Sales')).toBeTruthy();
    expect(within(summary).getByText('2 open conflict points')).toBeTruthy();
    expect(within(summary).getByText('Private point')).toBeTruthy();
    expect(within(summary).queryByText('Who said what')).toBeNull();
    const fix = within(summary).getByRole('list', { name: 'Fix before the minutes go out' });
    expect(fix.textContent).toContain('Send the price list — no owner, no due date');
    expect(fix.textContent).not.toContain('Book the venue');
    expect(screen.queryByRole('button', { name: 'Next item' })).toBeNull();
  });

  it('undoes the last deletion with Ctrl+Z and says so', async () => {
    const { user } = await running();
    let undone = 0;
    useUndoStack.getState().push({
      label: 'Deleted: Budget split',
      undo: async () => {
        undone += 1;
      },
    });
    await user.keyboard('{Control>}z{/Control}');
    await screen.findByText('Undone: Deleted: Budget split');
    expect(undone).toBe(1);
  });
});
