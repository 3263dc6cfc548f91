/**
 * A decision with an objection offers the mirror round before the objection is confirmed: on the
 * run screen, "Mark decided" opens the objection dialog with "Start a mirror round first", which
 * starts a mirror round on that decision and leaves the decision proposed.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../renderer/features/decisions/labels';
import { renderApp } from './render-app';
import { seedRunningMeeting } from './run-panel-fixture';

const STATEMENT = 'Lead hand-over moves to the new scoring model.';

async function withObjection() {
  const app = renderApp();
  await seedRunningMeeting(app.workspace);
  const recorded = await app.workspace.decisions.record('m1', {
    ...emptyDraft('a2'),
    statement: STATEMENT,
    accountablePersonId: 'ana',
    stanceMarketing: 'agree',
    stanceSales: 'object',
  });
  if (!recorded.ok || recorded.value.status !== 'proposed') throw new Error('decision not proposed');
  window.location.hash = '#/meetings/m1/run';
  await screen.findByRole('list', { name: 'Decision register' });
  return { ...app, decision: recorded.value };
}

type App = Awaited<ReturnType<typeof withObjection>>;

async function openObjection(app: App) {
  await app.user.click(await screen.findByRole('button', { name: 'Mark D-1 decided' }));
  return screen.findByRole('alertdialog', { name: 'Sales objects to D-1' });
}

/** The mirror round was started on the decision, and the decision is still proposed, unconfirmed. */
async function mirroredNotDecided(app: App) {
  await waitFor(async () =>
    expect(await app.db.mirrorRounds.toArray()).toEqual([
      expect.objectContaining({ meetingId: 'm1', decisionId: app.decision.id }),
    ]),
  );
  expect((await app.db.mirrorRounds.toArray())[0]?.endedAt).toBeUndefined();
  expect(await app.db.decisions.get(app.decision.id)).toEqual(app.decision);
}

describe('the objection dialog offers the mirror round', () => {
  it('by mouse: the offer starts a mirror round on the decision, and nothing is decided', async () => {
    const app = await withObjection();
    const objection = await openObjection(app);
    expect(
      within(objection).getByText(
        'Before deciding over an objection, let each side restate the other side’s position.',
      ),
    ).toBeTruthy();
    expect(await app.db.mirrorRounds.count()).toBe(0);
    await app.user.click(within(objection).getByRole('button', { name: 'Start a mirror round first' }));

    const mirror = await screen.findByRole('dialog', { name: 'Mirror round' });
    expect(within(mirror).getByText(`On: ${STATEMENT}`)).toBeTruthy();
    await mirroredNotDecided(app);
    await app.user.type(
      within(mirror).getByRole('textbox', { name: 'Sales restates Marketing’s position' }),
      'You need the pilot data first',
    );
    await app.user.click(within(mirror).getByRole('button', { name: 'End mirror round' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Mirror round' })).toBeNull());
    await waitFor(async () => expect((await app.db.mirrorRounds.toArray())[0]?.endedAt).toBeDefined());

    // Back in the objection dialog: the confirmation is still open, and the decision still proposed.
    const checkbox = within(objection).getByRole('checkbox', {
      name: 'Decide despite the objection of Sales',
    });
    expect((checkbox as HTMLInputElement).checked).toBe(false);
    expect((await app.db.decisions.get(app.decision.id))?.status).toBe('proposed');
    await app.user.click(within(objection).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    const entry = within(screen.getByRole('list', { name: 'Decision register' })).getByRole('listitem');
    expect(entry.textContent).toContain('Proposed');
  });

  it('by keyboard: Shift+Tab from the confirmation reaches the offer, Enter starts the round', async () => {
    const app = await withObjection();
    const objection = await openObjection(app);
    const checkbox = within(objection).getByRole('checkbox', {
      name: 'Decide despite the objection of Sales',
    });
    await waitFor(() => expect(document.activeElement).toBe(checkbox));
    await app.user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement).toBe(
      within(objection).getByRole('button', { name: 'Start a mirror round first' }),
    );
    await app.user.keyboard('{Enter}');
    const mirror = await screen.findByRole('dialog', { name: 'Mirror round' });
    await mirroredNotDecided(app);
    // Close leaves the round running and returns to the unconfirmed objection.
    await app.user.click(within(mirror).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Mirror round' })).toBeNull());
    expect((checkbox as HTMLInputElement).checked).toBe(false);
    await mirroredNotDecided(app);
  });
});
