import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../renderer/data/workspace';
import { renderApp } from './render-app';

async function liveMeeting(workspace: Workspace) {
  const created = await workspace.meetings.create({
    title: 'Q1 joint strategy',
    date: '2026-12-01',
    startTime: '09:30',
    language: 'en',
  });
  if (!created.ok) throw new Error('meeting fixture must be valid');
  await workspace.agenda.add(created.value.id, {
    title: 'Check-in',
    description: '',
    kind: 'discussion',
    timeboxMinutes: 10,
    presenterIds: [],
  });
  await workspace.run.apply(created.value.id, 'start');
  return created.value.id;
}

async function onRunScreen() {
  const app = renderApp();
  const meetingId = await liveMeeting(app.workspace);
  window.location.hash = `#/meetings/${meetingId}/run`;
  await screen.findByRole('heading', { level: 2, name: 'Check-in' });
  return { ...app, meetingId };
}

const options = () =>
  within(screen.getByRole('listbox'))
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('the command palette', () => {
  it('opens on Ctrl+K, filters as one types, and runs the chosen action with Enter', async () => {
    const { user } = await onRunScreen();
    await user.keyboard('{Control>}k{/Control}');
    const palette = await screen.findByRole('dialog', { name: 'Commands' });
    const input = within(palette).getByRole('combobox', { name: 'Command or screen' });
    expect(document.activeElement).toBe(input);
    expect(options()).toContain('Log point in the conflict logAlt+L');
    expect(options()).toContain('People');

    await user.keyboard('LOG');
    expect(options()).toEqual(['Log point in the conflict logAlt+L']);
    await user.keyboard('{Enter}');
    await screen.findByRole('dialog', { name: 'Log point' });
    expect(screen.queryByRole('dialog', { name: 'Commands' })).toBeNull();
  });

  it('moves with the arrows, marks the active option, and closes on Escape', async () => {
    const { user } = await onRunScreen();
    await user.keyboard('{Control>}k{/Control}');
    const input = await screen.findByRole('combobox', { name: 'Command or screen' });
    const [first, second] = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(first?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowDown}');
    expect(second?.getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(second?.id);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Commands' })).toBeNull());
  });

  it('goes to a screen on a click', async () => {
    const { user } = await onRunScreen();
    await user.keyboard('{Control>}k{/Control}');
    await screen.findByRole('dialog', { name: 'Commands' });
    await user.click(within(screen.getByRole('listbox')).getByRole('option', { name: 'Agreed definitions' }));
    await waitFor(() => expect(window.location.hash).toBe('#/definitions'));
    expect(screen.queryByRole('dialog', { name: 'Commands' })).toBeNull();
  });

  it('lists what the "?" help lists, with the same keys', async () => {
    const { user } = await onRunScreen();
    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const rows = within(help)
      .getAllByRole('row')
      .slice(1)
      .map((row) => {
        const [keys, action] = within(row).getAllByRole('cell');
        return `${action?.textContent}${keys?.textContent}`;
      });
    await user.click(within(help).getByRole('button', { name: 'Close' }));
    await user.keyboard('{Control>}k{/Control}');
    await screen.findByRole('dialog', { name: 'Commands' });
    const listed = options();
    // The palette leaves out only its own key.
    expect(rows.filter((row) => !row.endsWith('Ctrl+K')).every((row) => listed.includes(row))).toBe(true);
    expect(rows.length).toBeGreaterThan(5);
    // And the screens, which have no keys.
    expect(listed).toContain('Meetings');
  });

  it('speaks German when the UI is German', async () => {
    const app = renderApp();
    await app.workspace.settings.setLanguage('de');
    const meetingId = await liveMeeting(app.workspace);
    window.location.hash = `#/meetings/${meetingId}/run`;
    await screen.findByRole('heading', { level: 2, name: 'Check-in' });
    await app.user.keyboard('{Control>}k{/Control}');
    await screen.findByRole('dialog', { name: 'Befehle' });
    expect(options()).toContain('Punkt im Konfliktprotokoll erfassenAlt+L');
    expect(options()).toContain('Personen');
    // Accents and case do not matter: "OFFNEN" finds "öffnen".
    await app.user.keyboard('OFFNEN');
    expect(options()).toContain('Publikumsansicht öffnen');
  });
});
