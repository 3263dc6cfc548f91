/**
 * Check-in/check-out and the mirror round on the run screen, by mouse and by keyboard: answers are
 * saved per person as typed, Alt+J opens the round that fits, Alt+Y mirrors the latest open point.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';
import { seedRunningMeeting } from './run-panel-fixture';

async function onRun() {
  const app = renderApp();
  await seedRunningMeeting(app.workspace);
  window.location.hash = '#/meetings/m1/run';
  await screen.findByRole('button', { name: 'Check-in' });
  return app;
}

const entries = (app: Awaited<ReturnType<typeof onRun>>) => app.db.roundEntries.toArray();

describe('rounds on the run screen', () => {
  it('takes a check-in by mouse: one row per present participant with their department', async () => {
    const app = await onRun();
    await app.user.click(screen.getByRole('button', { name: 'Check-in' }));
    const dialog = await screen.findByRole('dialog', { name: 'Check-in: one word and a mood' });
    expect(await within(dialog).findAllByRole('row')).toHaveLength(4);
    expect(within(dialog).getByRole('row', { name: /Ana Ruiz/ }).textContent).toContain('Sales');
    await app.user.click(within(dialog).getByRole('textbox', { name: 'Word of Ana Ruiz' }));
    await app.user.keyboard('curious');
    await app.user.click(within(dialog).getByRole('textbox', { name: 'Mood of Ana Ruiz' }));
    await app.user.keyboard('4');
    await waitFor(async () =>
      expect(await entries(app)).toEqual([
        expect.objectContaining({
          kind: 'check-in',
          personId: 'ana',
          departmentId: 'sales',
          word: 'curious',
          mood: 4,
        }),
      ]),
    );
    await within(dialog).findByText('1 of 3 answered');
    await app.user.click(within(dialog).getByRole('textbox', { name: 'Mood of Ben Okafor' }));
    await app.user.keyboard('9');
    expect((await within(dialog).findByRole('alert')).textContent).toContain('Enter a number from 1 to 5.');
    await app.user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('takes a check-out by keys: Alt+J past half the agenda, digits and Tab', async () => {
    const app = await onRun();
    await app.user.keyboard('{Alt>}j{/Alt}');
    const dialog = await screen.findByRole('dialog', { name: 'Check-out: how was the meeting?' });
    const first = await within(dialog).findByRole('textbox', { name: '“Worth the time” of Ana Ruiz' });
    expect(document.activeElement).toBe(first);
    await app.user.keyboard('5{Tab}4{Tab}3{Tab}2');
    await waitFor(async () => {
      const stored = await entries(app);
      expect(stored.find((entry) => entry.personId === 'ana')).toMatchObject({ worthTime: 5, heard: 4 });
      expect(stored.find((entry) => entry.personId === 'ben')).toMatchObject({ worthTime: 3, heard: 2 });
    });
    await app.user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

describe('the mirror round', () => {
  async function withPoint() {
    const app = await onRun();
    const logged = await app.workspace.conflicts.log('m1', {
      statement: 'Who owns lead scoring',
      level: 'content',
      category: 'priorities',
      departmentId: 'sales',
      personId: '',
      agendaItemId: 'a2',
      positionMarketing: 'Marketing scores',
      positionSales: 'Sales scores',
      private: false,
    });
    if (!logged.ok) throw new Error('point refused');
    return app;
  }

  it('runs by mouse from the point’s row: restatements, confirmations, end', async () => {
    const app = await withPoint();
    await app.user.click(
      await screen.findByRole('button', { name: 'Mirror round on “Who owns lead scoring”' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Mirror round' });
    await app.user.type(
      within(dialog).getByRole('textbox', { name: 'Marketing restates Sales’s position' }),
      'You carry the quota',
    );
    const sales = within(dialog).getByRole('group', { name: 'Sales: is that right?' });
    await app.user.click(within(sales).getByRole('radio', { name: 'Partly' }));
    await waitFor(async () =>
      expect(await app.db.mirrorRounds.toArray()).toEqual([
        expect.objectContaining({ marketingRestates: 'You carry the quota', salesConfirms: 'partly' }),
      ]),
    );
    await app.user.click(within(dialog).getByRole('button', { name: 'End mirror round' }));
    await waitFor(async () => expect((await app.db.mirrorRounds.toArray())[0]?.endedAt).toBeDefined());
    expect(await screen.findByText('Mirror round: Sales Partly, Marketing not asked')).toBeTruthy();
  });

  it('opens by Alt+Y on the latest open point and stays running when closed', async () => {
    const app = await withPoint();
    await app.user.keyboard('{Alt>}y{/Alt}');
    const dialog = await screen.findByRole('dialog', { name: 'Mirror round' });
    expect(within(dialog).getByText('On: Who owns lead scoring')).toBeTruthy();
    await app.user.keyboard('Reach matters');
    await app.user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(async () =>
      expect(await app.db.mirrorRounds.toArray()).toEqual([
        expect.objectContaining({ marketingRestates: 'Reach matters' }),
      ]),
    );
    expect((await app.db.mirrorRounds.toArray())[0]?.endedAt).toBeUndefined();
  });
});
