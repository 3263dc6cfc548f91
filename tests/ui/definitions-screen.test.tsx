import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { newMeeting } from '../../renderer/domain/meetings';
import { AttachedDefinitions } from '../../renderer/features/definitions/AttachedDefinitions';
import { DefinitionsScreen } from '../../renderer/features/definitions/DefinitionsScreen';
import { useDefinitionsUi } from '../../renderer/state/definitions-ui';
import { renderApp } from './render-app';
import { renderWithProviders } from './render-with-providers';
import { statusWith } from './status';

type User = ReturnType<typeof renderWithProviders>['user'];

afterEach(() => {
  useDefinitionsUi.setState({ dialog: { kind: 'none' }, query: '' });
});

async function addDefinition(user: User, term: string, meaning: string) {
  await user.click(await screen.findByRole('button', { name: 'Add definition' }));
  const dialog = screen.getByRole('dialog', { name: 'Add definition' });
  await user.type(within(dialog).getByRole('textbox', { name: 'Term' }), term);
  await user.type(within(dialog).getByRole('textbox', { name: 'Meaning' }), meaning);
  await user.click(within(dialog).getByRole('button', { name: 'Save' }));
}

const termsShown = () =>
  within(screen.getByRole('list', { name: 'Agreed definitions' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.definition-term')?.textContent);

describe('the Agreed definitions screen', () => {
  it('is reached from the main navigation at #/definitions', async () => {
    window.location.hash = '#/definitions';
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Agreed definitions' })).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Agreed definitions' });
    expect(link.getAttribute('aria-current')).toBe('page');
  });

  it('adds definitions and lists them alphabetically', async () => {
    const { user } = renderWithProviders(<DefinitionsScreen />);
    expect(await screen.findByText('No agreed definitions yet')).toBeTruthy();
    await addDefinition(user, 'Qualified lead', 'Budget, need and a buying date within six months.');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await addDefinition(user, 'Churn', 'Customers lost in a quarter.');
    await waitFor(() => expect(termsShown()).toEqual(['Churn', 'Qualified lead']));
    expect(screen.getByText('2 definitions')).toBeTruthy();
  });

  it('refuses a term that already exists, in any case, with a clear message, keeping the dialog open', async () => {
    const { user, db } = renderWithProviders(<DefinitionsScreen />);
    await addDefinition(user, 'Qualified lead', 'Budget, need and date.');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await addDefinition(user, 'qualified LEAD', 'Anything with an email address.');
    const dialog = screen.getByRole('dialog', { name: 'Add definition' });
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      '“qualified LEAD” is already defined. Edit that definition instead of adding a second one.',
    );
    expect(await db.definitions.count()).toBe(1);
  });

  it('edits a definition', async () => {
    const { user } = renderWithProviders(<DefinitionsScreen />);
    await addDefinition(user, 'MQL', 'Marketing qualified lead.');
    await user.click(await screen.findByRole('button', { name: 'Edit MQL' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit definition' });
    const meaning = within(dialog).getByRole('textbox', { name: 'Meaning' });
    await user.clear(meaning);
    await user.type(meaning, 'A lead that downloaded two assets.');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('A lead that downloaded two assets.')).toBeTruthy();
  });

  it('deletes a definition at once and brings it back on Undo', async () => {
    const { user } = renderWithProviders(<DefinitionsScreen />);
    await addDefinition(user, 'Churn', 'Customers lost in a quarter.');
    await user.click(await screen.findByRole('button', { name: 'Delete Churn' }));
    expect(await screen.findByText('No agreed definitions yet')).toBeTruthy();
    await waitFor(() => expect(statusWith('Definition deleted: Churn')).toBeTruthy());
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Customers lost in a quarter.')).toBeTruthy();
  });

  it('brings a deleted definition back with Ctrl+Z', async () => {
    const { user, db } = renderWithProviders(<DefinitionsScreen />);
    await addDefinition(user, 'Churn', 'Customers lost in a quarter.');
    await user.click(await screen.findByRole('button', { name: 'Delete Churn' }));
    expect(await screen.findByText('No agreed definitions yet')).toBeTruthy();
    await user.keyboard('{Control>}z{/Control}');
    expect(await screen.findByText('Customers lost in a quarter.')).toBeTruthy();
    expect((await db.definitions.toArray()).map((row) => row.deletedAt)).toEqual([undefined]);
  });

  it('finds definitions by term or meaning, ignoring accents', async () => {
    const { user } = renderWithProviders(<DefinitionsScreen />);
    await addDefinition(user, 'Öffnungsrate', 'Anteil geöffneter Mails.');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await addDefinition(user, 'Churn', 'Customers lost in a quarter.');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await user.type(screen.getByRole('searchbox', { name: 'Search definitions' }), 'geoffneter');
    await waitFor(() => expect(termsShown()).toEqual(['Öffnungsrate']));
    expect(screen.getByText('1 of 2 definitions')).toBeTruthy();
  });

  it('says Proposed until the meeting it belongs to is held, then Agreed in that meeting', async () => {
    const { workspace, db } = renderWithProviders(<DefinitionsScreen />, { language: 'de' });
    await db.meetings.add(meeting);
    await workspace.definitions.create({
      term: 'SQL',
      meaning: 'Accepted by Sales.',
      agreedInMeetingId: 'm1',
    });
    await workspace.definitions.create({ term: 'Churn', meaning: 'Customers lost.', agreedInMeetingId: '' });
    const row = async (term: string) =>
      (await screen.findByText(term, { selector: '.definition-term' })).closest('li') as HTMLElement;
    await waitFor(async () =>
      expect((await row('SQL')).textContent).toContain('Vorgeschlagen für: Q1 joint strategy'),
    );
    expect((await row('Churn')).textContent).toContain('Vorgeschlagen');
    expect((await row('Churn')).textContent).not.toContain('Vereinbart in');

    await db.meetings.update('m1', { status: 'ended' });
    await waitFor(async () =>
      expect((await row('SQL')).textContent).toContain('Vereinbart in: Q1 joint strategy'),
    );
    expect((await row('Churn')).textContent).toContain('Vorgeschlagen');
  });

  it('speaks German', async () => {
    renderWithProviders(<DefinitionsScreen />, { language: 'de' });
    expect(await screen.findByRole('heading', { name: 'Vereinbarte Definitionen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Definition hinzufügen' })).toBeTruthy();
  });
});

describe('the definitions attached to a meeting', () => {
  it('attaches a definition from the glossary and detaches it again', async () => {
    const { user, workspace, db } = renderWithProviders(<AttachedDefinitions meetingId="m1" />);
    await db.meetings.add(meeting);
    await workspace.definitions.create({ term: 'Churn', meaning: 'Customers lost.', agreedInMeetingId: '' });
    const region = await screen.findByRole('region', { name: 'Agreed definitions' });
    expect(within(region).getByText('No definitions attached to this meeting yet.')).toBeTruthy();

    await user.selectOptions(
      await within(region).findByRole('combobox', { name: 'Attach definition' }),
      'Churn',
    );
    await user.click(within(region).getByRole('button', { name: 'Attach' }));
    const list = await within(region).findByRole('list', { name: 'Agreed definitions' });
    expect(within(list).getByText('Customers lost.')).toBeTruthy();
    const select = within(region).getByRole('combobox', { name: 'Attach definition' });
    expect([...select.querySelectorAll('option')].map((option) => option.textContent)).toEqual([
      'Choose a definition',
    ]);

    await user.click(within(region).getByRole('button', { name: 'Detach Churn' }));
    expect(await within(region).findByText('No definitions attached to this meeting yet.')).toBeTruthy();
    expect((await db.meetings.get('m1'))?.definitionIds).toEqual([]);
    expect(await db.definitions.count()).toBe(1);
  });

  it('creates a new definition in place, agreed in this meeting and attached to it', async () => {
    const { user, db } = renderWithProviders(<AttachedDefinitions meetingId="m1" />, { language: 'de' });
    await db.meetings.add(meeting);
    const region = await screen.findByRole('region', { name: 'Vereinbarte Definitionen' });
    await user.click(within(region).getByRole('button', { name: 'Neue Definition' }));
    const form = within(region).getByRole('form', { name: 'Neue Definition' });
    await user.type(within(form).getByRole('textbox', { name: 'Begriff' }), 'SQL');
    await user.type(
      within(form).getByRole('textbox', { name: 'Bedeutung' }),
      'Vom Vertrieb angenommener Lead.',
    );
    await user.click(within(form).getByRole('button', { name: 'Definition hinzufügen' }));
    expect(await within(region).findByRole('button', { name: 'SQL lösen' })).toBeTruthy();
    const [stored] = await db.definitions.toArray();
    expect(stored).toMatchObject({ term: 'SQL', agreedInMeetingId: 'm1' });
    expect((await db.meetings.get('m1'))?.definitionIds).toEqual([stored?.id]);
  });
});

/** A planned meeting with the id the component is given. */
const meeting = newMeeting(
  { title: 'Q1 joint strategy', date: '2026-12-01', startTime: '09:00', language: 'en' },
  { now: '2026-11-27T09:00:00.000Z', newId: () => 'm1' },
);
