import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../renderer/data/database';
import { createWorkspace } from '../../renderer/data/workspace';
import { renderApp } from './render-app';
import { statusWith } from './status';

async function createMeeting(user: ReturnType<typeof renderApp>['user'], title: string, date = '2026-12-01') {
  await user.click(await screen.findByRole('button', { name: 'New meeting' }));
  const dialog = screen.getByRole('dialog', { name: 'New meeting' });
  await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), title);
  const dateField = within(dialog).getByLabelText('Date');
  await user.clear(dateField);
  await user.type(dateField, date);
  await user.click(within(dialog).getByRole('button', { name: 'Create' }));
  // A created meeting opens in Prepare; come back to the list.
  await screen.findByRole('heading', { level: 1, name: title });
  await user.click(screen.getByRole('link', { name: 'Meetings' }));
  await screen.findByRole('heading', { level: 1, name: 'Meetings' });
}

describe('the Meetings screen', () => {
  it('opens on the stored meetings at once, never on a loading list', async () => {
    const workspace = createWorkspace(openDatabase(`ui-${Math.random().toString(36).slice(2)}`));
    for (const title of ['Campaign planning', 'Q1 joint strategy'])
      await workspace.meetings.create({ title, date: '2026-12-01', startTime: '09:00', language: 'en' });
    let sawLoading = false;
    const observer = new MutationObserver(() => {
      if (document.body.textContent?.includes('Loading…')) sawLoading = true;
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    try {
      renderApp({ workspace });
      const list = await screen.findByRole('region', { name: 'Meetings' });
      expect(await within(list).findAllByRole('listitem')).toHaveLength(2);
      expect(sawLoading).toBe(false);
    } finally {
      observer.disconnect();
    }
  });

  it('invites the user to create the first meeting when there is none', async () => {
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Meetings' })).toBeTruthy();
    expect(await screen.findByText('No meetings yet')).toBeTruthy();
  });

  it('coming back to the list shows it as stored now, not as it was read at start', async () => {
    const workspace = createWorkspace(openDatabase(`ui-${Math.random().toString(36).slice(2)}`));
    const created = await workspace.meetings.create({
      title: 'Gone soon',
      date: '2026-12-01',
      startTime: '09:00',
      language: 'en',
    });
    if (!created.ok) throw new Error('not created');
    const { user } = renderApp({ workspace });
    expect(await screen.findByRole('link', { name: 'Gone soon' })).toBeTruthy();
    await workspace.meetings.softDelete(created.value.id);
    expect(await screen.findByText('No meetings yet')).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'People' }));
    await screen.findByRole('heading', { level: 1, name: 'People' });
    await user.click(screen.getByRole('link', { name: 'Meetings' }));
    await screen.findByRole('heading', { level: 1, name: 'Meetings' });
    expect(screen.queryByRole('link', { name: 'Gone soon' })).toBeNull();
  });

  it('puts the cursor in the title, and refuses an empty title with a message, keeping the dialog open', async () => {
    const { user, db } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'New meeting' }));
    const dialog = screen.getByRole('dialog', { name: 'New meeting' });
    expect(document.activeElement).toBe(within(dialog).getByRole('textbox', { name: 'Title' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), '   {Enter}');
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Enter a title.');
    expect(await db.meetings.count()).toBe(0);
    expect(screen.getByRole('dialog', { name: 'New meeting' })).toBeTruthy();
  });

  it('lists a created meeting with its date, the past ones newest first', async () => {
    const { user } = renderApp();
    await createMeeting(user, 'Campaign planning', '2026-11-20');
    await createMeeting(user, 'Q1 joint strategy', '2026-12-01');
    const past = await screen.findByRole('list', { name: /^Past/ });
    const items = await within(past).findAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.meeting-title')?.textContent)).toEqual([
      'Q1 joint strategy',
      'Campaign planning',
    ]);
    expect(items[0]?.textContent).toContain('1 Dec 2026');
  });

  it('closes the dialog on Escape without creating anything', async () => {
    const { user, db } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'New meeting' }));
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Draft');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await db.meetings.count()).toBe(0);
  });

  it('renames a meeting', async () => {
    const { user } = renderApp();
    await createMeeting(user, 'Pricing');
    await user.click(await screen.findByRole('button', { name: 'Rename Pricing' }));
    const dialog = screen.getByRole('dialog', { name: 'Rename meeting' });
    const title = within(dialog).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Price and offer alignment{Enter}');
    expect(await screen.findByText('Price and offer alignment')).toBeTruthy();
    expect(screen.queryByText('Pricing')).toBeNull();
  });

  it('deletes only after confirmation and brings the meeting back on Undo', async () => {
    const { user } = renderApp();
    await createMeeting(user, 'Lead hand-over');
    await user.click(await screen.findByRole('button', { name: 'Delete Lead hand-over' }));
    await user.click(
      within(screen.getByRole('alertdialog', { name: 'Delete meeting?' })).getByRole('button', {
        name: 'Cancel',
      }),
    );
    expect(screen.getByText('Lead hand-over')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Delete Lead hand-over' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('No meetings yet')).toBeTruthy();
    const status = await waitFor(() => statusWith('Meeting deleted'));
    expect(status.textContent).toContain('Meeting deleted: Lead hand-over');

    await user.click(within(status).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('button', { name: 'Delete Lead hand-over' })).toBeTruthy();
  });

  it('brings a deleted meeting back with Ctrl+Z', async () => {
    const { user, db } = renderApp();
    await createMeeting(user, 'Lead hand-over');
    await user.click(await screen.findByRole('button', { name: 'Delete Lead hand-over' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('No meetings yet')).toBeTruthy();
    await user.keyboard('{Control>}z{/Control}');
    expect(await screen.findByRole('button', { name: 'Delete Lead hand-over' })).toBeTruthy();
    expect((await db.meetings.toArray()).map((row) => row.deletedAt)).toEqual([undefined]);
  });

  it('filters by search text and says when nothing matches', async () => {
    const { user } = renderApp();
    await createMeeting(user, 'Campaign planning');
    await createMeeting(user, 'Lead definitions');
    const search = screen.getByRole('searchbox', { name: 'Search meetings' });
    await user.type(search, 'LEAD');
    expect(screen.getByText('Lead definitions')).toBeTruthy();
    expect(screen.queryByText('Campaign planning')).toBeNull();
    await user.clear(search);
    await user.type(search, 'budget');
    expect(screen.getByText('No meeting matches “budget”.')).toBeTruthy();
  });

  it('switches to German and remembers the choice in the workspace', async () => {
    const { user, db } = renderApp();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Language' }), 'Deutsch');
    expect(await screen.findByRole('heading', { level: 1, name: 'Besprechungen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Neue Besprechung' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('de');
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'de' });
  });
});
