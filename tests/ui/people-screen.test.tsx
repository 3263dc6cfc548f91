import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { usePeopleUi } from '../../renderer/state/people-ui';
import { renderApp } from './render-app';
import { statusWith } from './status';

type User = ReturnType<typeof renderApp>['user'];

beforeEach(() => {
  usePeopleUi.setState(usePeopleUi.getInitialState(), true);
});

async function openPeople(user: User) {
  await user.click(await screen.findByRole('link', { name: 'People' }));
  // The departments appear once the directory has loaded.
  await screen.findByRole('heading', { level: 2, name: 'Departments' });
}

/** Fills the Add person form; pasting keeps the tests quick on a busy machine. */
async function fillPerson(user: User, fields: { name: string; department?: string; unit?: string }) {
  const dialog = screen.getByRole('dialog', { name: 'Add person' });
  await user.click(within(dialog).getByRole('textbox', { name: 'Name' }));
  await user.paste(fields.name);
  if (fields.department)
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Department' }), fields.department);
  if (fields.unit) {
    await user.click(within(dialog).getByRole('textbox', { name: 'Organisation unit' }));
    await user.paste(fields.unit);
  }
  return dialog;
}

async function addPerson(user: User, fields: { name: string; department?: string; unit?: string }) {
  await user.click(screen.getByRole('button', { name: 'Add person' }));
  const dialog = await fillPerson(user, fields);
  await user.click(within(dialog).getByRole('button', { name: 'Add' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
}

const listed = () =>
  within(screen.getByRole('list', { name: 'People' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.person-name')?.textContent);

describe('the People screen', () => {
  it('adds a person and lists them with department and unit, sorted by name', async () => {
    const { user } = renderApp();
    await openPeople(user);
    expect(screen.getByText('No people yet')).toBeTruthy();
    await addPerson(user, { name: 'Zoe Zimmer', unit: 'Central Marketing' });
    await addPerson(user, { name: 'Ana Souza', department: 'Sales', unit: 'Sales Iberia' });
    expect(listed()).toEqual(['Ana Souza', 'Zoe Zimmer']);
    const ana = screen.getByRole('button', { name: 'Edit Ana Souza' }).closest('li');
    expect(ana?.textContent).toContain('Sales Iberia');
    expect(ana?.textContent).toContain('Sales');
  });

  it('refuses a person without a name, or with a malformed email, and stores nothing', async () => {
    const { user, db } = renderApp();
    await openPeople(user);
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    const dialog = screen.getByRole('dialog', { name: 'Add person' });
    expect(document.activeElement).toBe(within(dialog).getByRole('textbox', { name: 'Name' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Email (optional)' }), 'ana@');
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    const alerts = (await within(dialog).findAllByRole('alert')).map((alert) => alert.textContent);
    expect(alerts).toEqual([
      'Enter a name.',
      'Enter an email address such as ana@example.com, or leave it empty.',
    ]);
    expect(await db.people.count()).toBe(0);
  });

  it('offers the existing person when a name is typed again, and opens them for editing', async () => {
    const { user, db } = renderApp();
    await openPeople(user);
    await addPerson(user, { name: 'José Álvarez', department: 'Sales', unit: 'Sales Iberia' });
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    const dialog = await fillPerson(user, { name: '  jose  alvarez' });
    expect(within(dialog).getByText('José Álvarez (Sales Iberia) is already in the directory.')).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('choose “Add anyway”');
    expect(await db.people.count()).toBe(1);

    await user.click(within(dialog).getByRole('button', { name: 'Edit José Álvarez instead' }));
    const edit = await screen.findByRole('dialog', { name: 'Edit person' });
    expect((within(edit).getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe(
      'José Álvarez',
    );
  });

  it('adds a second person of the same name only on “Add anyway”', async () => {
    const { user, db } = renderApp();
    await openPeople(user);
    await addPerson(user, { name: 'Ana Souza' });
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    const dialog = await fillPerson(user, { name: 'ANA SOUZA', unit: 'Sales Brazil' });
    await user.click(within(dialog).getByRole('button', { name: 'Add anyway' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await db.people.toArray()).map((person) => person.name).sort()).toEqual([
      'ANA SOUZA',
      'Ana Souza',
    ]);
  });

  it('edits a person', async () => {
    const { user } = renderApp();
    await openPeople(user);
    await addPerson(user, { name: 'Ana Souza', unit: 'Sales Iberia' });
    await user.click(screen.getByRole('button', { name: 'Edit Ana Souza' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit person' });
    const unit = within(dialog).getByRole('textbox', { name: 'Organisation unit' });
    await user.clear(unit);
    await user.type(unit, 'Sales Southern Europe');
    await user.type(within(dialog).getByRole('textbox', { name: 'Email (optional)' }), 'ana@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const row = screen.getByRole('button', { name: 'Edit Ana Souza' }).closest('li');
    expect(row?.textContent).toContain('Sales Southern Europe');
    expect(row?.textContent).toContain('ana@example.com');
  });

  it('hides archived people unless “Show archived” is on, and brings them back', async () => {
    const { user } = renderApp();
    await openPeople(user);
    await addPerson(user, { name: 'Ana Souza' });
    await addPerson(user, { name: 'Bruno Dias' });
    await user.click(screen.getByRole('button', { name: 'Archive Ana Souza' }));
    await waitFor(() => expect(listed()).toEqual(['Bruno Dias']));
    await waitFor(() => expect(statusWith('Ana Souza archived.')).toBeTruthy());

    await user.click(screen.getByRole('checkbox', { name: 'Show archived' }));
    expect(listed()).toEqual(['Ana SouzaArchived', 'Bruno Dias']);
    await user.click(screen.getByRole('button', { name: 'Unarchive Ana Souza' }));
    expect(await screen.findByRole('button', { name: 'Archive Ana Souza' })).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: 'Show archived' }));
    expect(listed()).toEqual(['Ana Souza', 'Bruno Dias']);
  });

  it('undoes an archiving from the message', async () => {
    const { user } = renderApp();
    await openPeople(user);
    await addPerson(user, { name: 'Ana Souza' });
    await user.click(screen.getByRole('button', { name: 'Archive Ana Souza' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Archive Ana Souza' })).toBeNull());
    // Everyone is archived, which is not the same as an empty directory.
    expect(screen.queryByText('No people yet')).toBeNull();
    // The list may show the change a moment before the write's promise resolves and the message appears.
    const status = await waitFor(() => statusWith('archived'));
    await user.click(within(status).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('button', { name: 'Archive Ana Souza' })).toBeTruthy();
  });

  it('searches by name and by unit', async () => {
    const { user } = renderApp();
    await openPeople(user);
    await addPerson(user, { name: 'Ana Souza', unit: 'Sales Iberia' });
    await addPerson(user, { name: 'Zoe Zimmer', unit: 'Central Marketing' });
    const search = screen.getByRole('searchbox', { name: 'Search people' });
    await user.type(search, 'iberia');
    expect(listed()).toEqual(['Ana Souza']);
    await user.clear(search);
    await user.type(search, 'zoë');
    expect(listed()).toEqual(['Zoe Zimmer']);
    await user.clear(search);
    await user.type(search, 'nobody');
    expect(screen.getByText('No person matches “nobody”.')).toBeTruthy();
  });

  it('adds and renames a department, and refuses to remove one that people belong to', async () => {
    const { user } = renderApp();
    await openPeople(user);
    await user.type(screen.getByRole('textbox', { name: 'New department' }), 'Finanse{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Rename Finanse' }));
    const rename = screen.getByRole('textbox', { name: 'New name for Finanse' });
    await user.clear(rename);
    await user.type(rename, 'Finance{Enter}');
    expect(await screen.findByRole('button', { name: 'Remove Finance' })).toBeTruthy();

    await addPerson(user, { name: 'Ana Souza', department: 'Finance' });
    await user.click(screen.getByRole('button', { name: 'Remove Finance' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      '“Finance” cannot be removed while people still belong to it (1 person). Move them to another department first.',
    );
    expect(screen.queryByRole('button', { name: 'Rename Sales' })).toBeNull();
  });

  it('speaks German, with the built-in departments translated', async () => {
    const { user } = renderApp();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Language' }), 'Deutsch');
    await user.click(await screen.findByRole('link', { name: 'Personen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Personen' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Person hinzufügen' }));
    const dialog = screen.getByRole('dialog', { name: 'Person hinzufügen' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Ana Souza');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Abteilung' }), 'Vertrieb');
    await user.click(within(dialog).getByRole('button', { name: 'Hinzufügen' }));
    expect(await screen.findByRole('button', { name: 'Ana Souza archivieren' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ana Souza bearbeiten' }).closest('li')?.textContent).toContain(
      'Vertrieb',
    );
  });
});
