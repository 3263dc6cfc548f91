import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { BOM } from '../../renderer/domain/export/csv';
import type { Language } from '../../renderer/domain/types';
import { WorkspaceProvider } from '../../renderer/data/provider';
import { RegisterScreen } from '../../renderer/features/register/RegisterScreen';
import { LanguageProvider } from '../../renderer/i18n/react';
import type { OutgoingFile } from '../../renderer/platform/platform';
import { PlatformProvider } from '../../renderer/platform/react';
import { createWebPlatform } from '../../renderer/platform/web';
import { action, registerRecords } from '../unit/domain/register-fixture';
import { freshWorkspace } from './render-with-providers';

const TODAY = '2026-10-05';

/** The register of the fixture (two meetings, four decisions, five action items) on screen. */
async function renderRegister(language: Language = 'en') {
  // The filters live in the address: every test starts on the plain Register link.
  window.history.replaceState(null, '', '#/register');
  const workspace = freshWorkspace();
  const records = registerRecords();
  await workspace.db.meetings.bulkPut(records.meetings);
  await workspace.db.people.bulkPut(records.people);
  await workspace.db.decisions.bulkPut(records.decisions);
  await workspace.db.actionItems.bulkPut(records.actions);
  const saved: OutgoingFile[] = [];
  const platform = {
    ...createWebPlatform(),
    saveFile: vi.fn(async (file: OutgoingFile) => {
      saved.push(file);
      return { ok: true as const, value: { path: file.name, bytes: 1 } };
    }),
  };
  const user = userEvent.setup();
  render(
    <WorkspaceProvider workspace={workspace}>
      <PlatformProvider platform={platform}>
        <LanguageProvider language={language}>
          <RegisterScreen today={TODAY} />
        </LanguageProvider>
      </PlatformProvider>
    </WorkspaceProvider>,
  );
  await screen.findByRole('table');
  return { user, workspace, saved };
}

const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const rowOf = (text: string) => {
  const row = rows().find((candidate) => candidate.textContent?.includes(text));
  if (!row) throw new Error(`no row with ${text}`);
  return row;
};
/** The row of a decision, by its number in the row header. */
const decisionRow = (number: string) => {
  const row = rows().find((candidate) => within(candidate).queryByRole('rowheader')?.textContent === number);
  if (!row) throw new Error(`no row of ${number}`);
  return row;
};
const csvLines = (file: OutgoingFile | undefined) => String(file?.data).replace(BOM, '').trim().split('\r\n');

describe('the Register screen', () => {
  it('lists every decision across meetings, superseded and revoked ones marked in words', async () => {
    await renderRegister();
    expect(screen.getByRole('heading', { level: 1, name: 'Register' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Decision register', selected: true })).toBeTruthy();
    expect(screen.getByText('Showing 4 of 4 decisions')).toBeTruthy();
    expect(rows().map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'D-4',
      'D-3',
      'D-2',
      'D-1',
    ]);
    expect(within(decisionRow('D-1')).getByText('Superseded')).toBeTruthy();
    expect(within(decisionRow('D-1')).getByRole('button', { name: 'Superseded by D-3' })).toBeTruthy();
    expect(within(decisionRow('D-3')).getByRole('button', { name: 'Supersedes D-1' })).toBeTruthy();
    expect(within(decisionRow('D-4')).getByText('Revoked')).toBeTruthy();
    expect(within(decisionRow('D-3')).getByRole('link', { name: 'Autumn review' }).getAttribute('href')).toBe(
      '#/meetings/m2',
    );
  });

  it('composes filters, counts what is shown and clears them all at once', async () => {
    const { user } = await renderRegister();
    await user.selectOptions(screen.getByLabelText('Owner'), 'Jon Vik');
    expect(screen.getByText('Showing 2 of 4 decisions')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Status'), 'Decided');
    expect(screen.getByText('Showing 1 of 4 decisions')).toBeTruthy();
    await user.type(screen.getByRole('searchbox', { name: 'Search the register' }), 'DISCOUNT');
    expect(screen.getByText('No decision matches the filters.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByText('Showing 4 of 4 decisions')).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Search the register' })).toHaveProperty('value', '');
    expect(screen.getByRole('button', { name: 'Clear filters' })).toHaveProperty('disabled', true);
  });

  it('filters by department, unit, scope and meeting date', async () => {
    const { user } = await renderRegister();
    await user.selectOptions(screen.getByLabelText('Department'), 'Marketing');
    expect(rows().map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['D-2']);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.selectOptions(screen.getByLabelText('Organisation unit'), 'Sales Iberia');
    await user.selectOptions(screen.getByLabelText('Scope'), 'LATAM');
    expect(rows().map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['D-3']);
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.type(screen.getByLabelText('From'), '2026-09-01');
    expect(screen.getByText('Showing 2 of 4 decisions')).toBeTruthy();
  });

  it('follows a superseded link to its successor, clearing the filters that hide it and saying so', async () => {
    const { user } = await renderRegister();
    await user.selectOptions(screen.getByLabelText('Status'), 'Superseded');
    expect(rows()).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Superseded by D-3' }));
    expect(screen.getByRole('status').textContent).toBe(
      'The filters hid D-3, so they were cleared to show it.',
    );
    expect(screen.getByText('Showing 4 of 4 decisions')).toBeTruthy();
    expect(document.activeElement).toBe(decisionRow('D-3'));
    await user.click(within(decisionRow('D-3')).getByRole('button', { name: 'Supersedes D-1' }));
    expect(document.activeElement).toBe(decisionRow('D-1'));
  });

  it('marks open action items past their due date as overdue, in words', async () => {
    const { user } = await renderRegister();
    await user.click(screen.getByRole('tab', { name: 'Action items' }));
    expect(screen.getByText('Showing 5 of 5 action items')).toBeTruthy();
    expect(within(rowOf('Send the discount table')).getByText('Overdue')).toBeTruthy();
    expect(within(rowOf('Über-check')).getByText('Overdue')).toBeTruthy();
    expect(within(rowOf('Write the launch brief')).queryByText('Overdue')).toBeNull();
    expect(within(rowOf('Collect win-loss')).queryByText('Overdue')).toBeNull();
    await user.selectOptions(screen.getByLabelText('Status'), 'Overdue');
    expect(screen.getByText('Showing 2 of 5 action items')).toBeTruthy();
  });

  it('exports exactly the filtered decisions and action items as CSV', async () => {
    const { user, saved } = await renderRegister();
    await user.selectOptions(screen.getByLabelText('Owner'), 'Ana Núñez');
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(saved[0]?.name).toBe('decision-register-2026-10-05.csv');
    const decisionLines = csvLines(saved[0]);
    expect(decisionLines).toHaveLength(2);
    expect(decisionLines[1]).toMatch(/^D-2,Spring planning,2026-03-02,One discount table for all regions,/);
    expect(await screen.findByText('Saved decision-register-2026-10-05.csv')).toBeTruthy();

    // Each tab keeps its own filters: the action items are filtered to the owner on their own tab.
    await user.click(screen.getByRole('tab', { name: 'Action items' }));
    await user.selectOptions(screen.getByLabelText('Owner'), 'Ana Núñez');
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(saved[1]?.name).toBe('action-items-2026-10-05.csv');
    expect(
      csvLines(saved[1])
        .slice(1)
        .map((line) => line.split(',')[0]),
    ).toEqual(['Write the launch brief', 'Send the discount table to the regions']);
  });

  it('exports a calendar of the filtered view without dropped, revoked or superseded items', async () => {
    const { user, saved } = await renderRegister();
    await user.click(screen.getByRole('button', { name: 'Export calendar (ICS)' }));
    const ics = String(saved[0]?.data);
    expect(saved[0]?.name).toBe('register-2026-10-05.ics');
    expect(ics).toContain('UID:d3-review@tandem');
    expect(ics).not.toContain('UID:d1-review@tandem');
    expect(ics).not.toContain('UID:d4-review@tandem');
    expect(ics).toContain('UID:a1@tandem');
    expect(ics).not.toContain('UID:a3@tandem');
  });

  it('shows a new action item as soon as it is stored', async () => {
    const { user, workspace } = await renderRegister();
    await user.click(screen.getByRole('tab', { name: 'Action items' }));
    await workspace.db.actionItems.put(action('a6', 'Print the new flyers', { dueDate: '2026-10-01' }));
    expect(await screen.findByText('Print the new flyers')).toBeTruthy();
    expect(within(rowOf('Print the new flyers')).getByText('Overdue')).toBeTruthy();
  });

  it('speaks German', async () => {
    const { user } = await renderRegister('de');
    expect(screen.getByRole('tab', { name: 'Entscheidungsregister', selected: true })).toBeTruthy();
    expect(screen.getByText('4 von 4 Entscheidungen angezeigt')).toBeTruthy();
    expect(within(decisionRow('D-1')).getByRole('button', { name: 'Ersetzt durch D-3' })).toBeTruthy();
    expect(within(decisionRow('D-4')).getByText('Widerrufen')).toBeTruthy();
    await user.click(screen.getByRole('tab', { name: 'Aufgaben' }));
    expect(within(rowOf('Send the discount table')).getByText('Überfällig')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Filter zurücksetzen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'CSV exportieren' })).toBeTruthy();
  });
});
