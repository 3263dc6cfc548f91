import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../renderer/data/database';
import { WorkspaceProvider } from '../../renderer/data/provider';
import { createWorkspace } from '../../renderer/data/workspace';
import type { Language } from '../../renderer/domain/types';
import { PersonPicker } from '../../renderer/features/people/PersonPicker';
import { LanguageProvider } from '../../renderer/i18n/react';

const seed = [
  { name: 'Ana Souza', departmentId: 'sales', orgUnit: 'Sales Iberia', email: '' },
  { name: 'Anders Berg', departmentId: 'marketing', orgUnit: 'Central Marketing', email: '' },
  { name: 'Bruno Dias', departmentId: 'product', orgUnit: '', email: '' },
  { name: 'Anna Archived', departmentId: 'other', orgUnit: '', email: '' },
];

/** The picker alone, over a fresh workspace holding the seed people (the last one archived). */
async function renderPicker(options: { exclude?: string[]; language?: Language } = {}) {
  const workspace = createWorkspace(openDatabase(`picker-${Math.random().toString(36).slice(2)}`));
  const ids: Record<string, string> = {};
  for (const draft of seed) {
    const created = await workspace.people.create(draft);
    if (created.ok) ids[draft.name] = created.value.id;
  }
  await workspace.people.archive(ids['Anna Archived'] ?? '');
  const onPick = vi.fn();
  const excludeIds = (options.exclude ?? []).map((name) => ids[name] ?? '');
  const user = userEvent.setup();
  render(
    <WorkspaceProvider workspace={workspace}>
      <LanguageProvider language={options.language ?? 'en'}>
        <PersonPicker
          label={options.language === 'de' ? 'Teilnehmende hinzufügen' : 'Add participant'}
          excludeIds={excludeIds}
          onPick={onPick}
        />
      </LanguageProvider>
    </WorkspaceProvider>,
  );
  return { user, onPick, ids, workspace };
}

const optionNames = () => screen.getAllByRole('option').map((option) => option.textContent);

describe('the person picker', () => {
  it('lists matching active people with department and unit, leaving out excluded and archived ones', async () => {
    const { user } = await renderPicker({ exclude: ['Anders Berg'] });
    const input = screen.getByRole('combobox', { name: 'Add participant' });
    await user.type(input, 'an');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('listbox', { name: 'Matching people' }).id).toBe(
      input.getAttribute('aria-controls'),
    );
    await waitFor(() => expect(optionNames()).toEqual(['Ana Souza Sales · Sales Iberia', 'Create “an”']));
  });

  it('moves through the options with the arrow keys and picks with Enter', async () => {
    const { user, onPick, ids } = await renderPicker();
    const input = screen.getByRole('combobox', { name: 'Add participant' });
    await user.type(input, 'a');
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(2));
    expect(screen.getAllByRole('option')[0]?.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    const second = screen.getAllByRole('option')[1];
    expect(second?.getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(second?.id);
    expect(second?.textContent).toContain('Anders Berg');
    await user.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledWith(ids['Anders Berg']);
    expect((input as HTMLInputElement).value).toBe('');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes the list on Escape without picking', async () => {
    const { user, onPick } = await renderPicker();
    const input = screen.getByRole('combobox', { name: 'Add participant' });
    await user.type(input, 'bru');
    await screen.findByRole('option', { name: /Bruno Dias/ });
    await user.keyboard('{Escape}');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('option')).toBeNull();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { name: /Bruno Dias/ })).toBeTruthy();
    expect(onPick).not.toHaveBeenCalled();
  });

  it('picks a person by click', async () => {
    const { user, onPick, ids } = await renderPicker();
    await user.type(screen.getByRole('combobox', { name: 'Add participant' }), 'dias');
    await user.click(await screen.findByRole('option', { name: /Bruno Dias/ }));
    expect(onPick).toHaveBeenCalledWith(ids['Bruno Dias']);
  });

  it('does not offer to create a name that an active person already has', async () => {
    const { user } = await renderPicker();
    await user.type(screen.getByRole('combobox', { name: 'Add participant' }), 'ana SOUZA');
    await waitFor(() => expect(optionNames()).toEqual(['Ana Souza Sales · Sales Iberia']));
  });

  it('creates a new person on the spot and picks them', async () => {
    const { user, onPick, workspace } = await renderPicker();
    await user.type(screen.getByRole('combobox', { name: 'Add participant' }), 'Carla Mendes');
    await waitFor(() => expect(optionNames()).toEqual(['Create “Carla Mendes”']));
    await user.keyboard('{Enter}');
    const form = screen.getByRole('group', { name: 'New person' });
    expect((within(form).getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe(
      'Carla Mendes',
    );
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Department' }), 'Sales');
    await user.type(within(form).getByRole('textbox', { name: 'Organisation unit' }), 'Sales Portugal');
    await user.click(within(form).getByRole('button', { name: 'Create and add' }));

    await waitFor(() => expect(onPick).toHaveBeenCalledTimes(1));
    const carla = (await workspace.db.people.toArray()).find((person) => person.name === 'Carla Mendes');
    expect(carla).toMatchObject({ departmentId: 'sales', orgUnit: 'Sales Portugal', archived: false });
    expect(onPick).toHaveBeenCalledWith(carla?.id);
    expect(screen.queryByRole('group', { name: 'New person' })).toBeNull();
    // Ready for the next name: the focus is back in the field, not on the page.
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Add participant' }));
  });

  it('gives the focus back to the field when the new person is cancelled with Escape', async () => {
    await renderPicker();
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: 'Add participant' }), 'Carla Mendes');
    await waitFor(() => expect(optionNames()).toEqual(['Create “Carla Mendes”']));
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('textbox', { name: 'Organisation unit' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'New person' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Add participant' }));
  });

  it('speaks German', async () => {
    const { user } = await renderPicker({ language: 'de' });
    await user.type(screen.getByRole('combobox', { name: 'Teilnehmende hinzufügen' }), 'Carla');
    expect(await screen.findByRole('option', { name: '„Carla“ anlegen' })).toBeTruthy();
    await user.clear(screen.getByRole('combobox', { name: 'Teilnehmende hinzufügen' }));
    await user.type(screen.getByRole('combobox', { name: 'Teilnehmende hinzufügen' }), 'Souza');
    expect(await screen.findByRole('option', { name: 'Ana Souza Vertrieb · Sales Iberia' })).toBeTruthy();
  });
});
