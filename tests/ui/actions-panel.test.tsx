import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ActionsPanel } from '../../renderer/features/actions/ActionsPanel';
import { ParkingLotSection } from '../../renderer/features/actions/ParkingLotSection';
import { freshWorkspace, renderWithProviders } from './render-with-providers';
import { panelProps, seedRunningMeeting } from './run-panel-fixture';

async function renderPanel(language: 'en' | 'de' = 'en') {
  const workspace = freshWorkspace();
  await seedRunningMeeting(workspace);
  return renderWithProviders(<ActionsPanel {...panelProps} />, { language, workspace });
}

/** "Add action item" is a button until clicked (or Alt+A); then its quick-capture form. */
async function openForm(user: { click: (element: Element) => Promise<void> }) {
  await user.click(await screen.findByRole('button', { name: 'Add action item' }));
  return screen.findByRole('form', { name: 'Add action item' });
}

describe('the Action items panel', () => {
  it('adds an action by keyboard with owner, due date and the running item as its link', async () => {
    const { user, db } = await renderPanel();
    expect(screen.queryByRole('form', { name: 'Add action item' })).toBeNull();
    await screen.findByRole('button', { name: 'Add action item' });
    await user.keyboard('{Alt>}a{/Alt}');
    const form = await screen.findByRole('form', { name: 'Add action item' });
    await within(form).findByRole('option', { name: 'Ana Ruiz' });
    expect(document.activeElement).toBe(within(form).getByRole('textbox', { name: 'What' }));
    await user.paste('Draft the lead score');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Owner' }), 'Ana Ruiz');
    await user.type(within(form).getByLabelText('Due date'), '2026-12-15');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Channel' }), 'Call');
    expect(
      (within(form).getByRole('combobox', { name: 'Linked to' }) as HTMLSelectElement).selectedOptions[0]
        ?.textContent,
    ).toBe('Agenda item: Lead hand-over');
    await user.click(within(form).getByRole('textbox', { name: 'What' }));
    await user.keyboard('{Enter}');

    const list = await screen.findByRole('list', { name: 'Action items' });
    const row = within(list).getByRole('listitem');
    expect(row.textContent).toContain('Draft the lead score');
    expect(row.textContent).toContain('Owner: Ana Ruiz');
    expect(row.textContent).toContain('Due 15 Dec 2026');
    expect(row.textContent).not.toContain('No owner');
    expect(await db.actionItems.toArray()).toMatchObject([
      {
        meetingId: 'm1',
        what: 'Draft the lead score',
        ownerPersonId: 'ana',
        dueDate: '2026-12-15',
        channel: 'call',
        agendaItemId: 'a2',
        status: 'open',
      },
    ]);
    // Added: the quick-capture closes, its button takes the focus for the next one.
    expect(screen.queryByRole('form', { name: 'Add action item' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add action item' }));
  });

  it('closes the quick-capture on Escape without storing anything', async () => {
    const { user, db } = await renderPanel();
    const form = await openForm(user);
    await user.type(within(form).getByRole('textbox', { name: 'What' }), 'Half typed{Escape}');
    expect(screen.queryByRole('form', { name: 'Add action item' })).toBeNull();
    expect(await db.actionItems.count()).toBe(0);
  });

  it('nudges toward talking when an action only informs someone, and flags a missing owner', async () => {
    const { user } = await renderPanel();
    const form = await openForm(user);
    const what = within(form).getByRole('textbox', { name: 'What' });
    await user.click(what);
    await user.paste('Inform the regions about the price list');
    expect(within(form).getByText('Could this be said in person or in a call instead?')).toBeTruthy();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Channel' }), 'In person');
    expect(within(form).queryByText('Could this be said in person or in a call instead?')).toBeNull();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Channel' }), 'Email');
    expect(within(form).getByText('Could this be said in person or in a call instead?')).toBeTruthy();
    await user.type(what, '{Enter}');
    const row = within(await screen.findByRole('list', { name: 'Action items' })).getByRole('listitem');
    expect(row.textContent).toContain('No owner');
    expect(row.textContent).toContain('No due date');
  });

  it('refuses an empty action and an unreal date with messages and stores nothing', async () => {
    const { user, db } = await renderPanel();
    const form = await openForm(user);
    await user.click(within(form).getByRole('button', { name: 'Add action item' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('Say what needs doing.');
    expect(await db.actionItems.count()).toBe(0);
  });

  it('lists open items first, changes status, and deletes with Undo', async () => {
    const { user, db, workspace } = await renderPanel();
    const draft = { ownerPersonId: '', dueDate: '', channel: '', decisionId: '', agendaItemId: '' } as const;
    await workspace.actions.create('m1', { ...draft, what: 'First' });
    await workspace.actions.create('m1', { ...draft, what: 'Second' });
    const list = await screen.findByRole('list', { name: 'Action items' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    await user.selectOptions(within(list).getByRole('combobox', { name: 'Status of “First”' }), 'Done');
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('listitem')
          .map((row) => row.querySelector('p')?.textContent),
      ).toEqual(['Second', 'First']),
    );
    await user.click(within(list).getByRole('button', { name: 'Delete “Second”' }));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(async () =>
      expect((await db.actionItems.toArray()).every((item) => !item.deletedAt)).toBe(true),
    );
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
  });

  it('marks a carried-over action and offers decisions of the meeting as links', async () => {
    const workspace = freshWorkspace();
    await seedRunningMeeting(workspace);
    await workspace.db.actionItems.add({
      id: 'x0',
      createdAt: 't',
      updatedAt: 't',
      meetingId: 'm1',
      what: 'Old task',
      status: 'open',
      carriedFromId: 'x-old',
    });
    await workspace.db.decisions.add({
      id: 'd1',
      createdAt: 't',
      updatedAt: 't',
      meetingId: 'm1',
      number: 7,
      statement: 'One lead score',
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
    const { user } = renderWithProviders(<ActionsPanel {...panelProps} />, { workspace });
    const list = await screen.findByRole('list', { name: 'Action items' });
    await openForm(user);
    expect(within(list).getByRole('listitem').textContent).toContain('carried over');
    expect(await screen.findByRole('option', { name: 'Decision D-7: One lead score' })).toBeTruthy();
  });

  it('parks a point with Alt+K and closes it', async () => {
    const workspace = freshWorkspace();
    await seedRunningMeeting(workspace);
    const { user, db } = renderWithProviders(
      <ParkingLotSection meetingId="m1" activeItem={panelProps.activeItem} />,
      { workspace },
    );
    await screen.findByRole('button', { name: 'Add to parking lot' });
    expect(screen.queryByRole('form', { name: 'Add to parking lot' })).toBeNull();
    await user.keyboard('{Alt>}k{/Alt}');
    await screen.findByRole('form', { name: 'Add to parking lot' });
    await user.paste('Pricing in Portugal');
    await user.keyboard('{Enter}');
    const region = screen.getByRole('region', { name: 'Parking lot' });
    const list = await within(region).findByRole('list', { name: 'Parking lot' });
    expect(within(list).getByText('Pricing in Portugal')).toBeTruthy();
    expect(await db.parkingLot.toArray()).toMatchObject([
      { text: 'Pricing in Portugal', agendaItemId: 'a2' },
    ]);
    await user.click(within(list).getByRole('button', { name: 'Close “Pricing in Portugal”' }));
    expect(await within(list).findByText('Closed')).toBeTruthy();
  });

  it('speaks German', async () => {
    await renderPanel('de');
    expect(await screen.findByRole('heading', { name: 'Aufgaben' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Aufgabe hinzufügen' })).toBeTruthy();
  });
});
