// The cascade to local units in the Register: state per decision, answering by mouse and keyboard,
// the "awaiting my unit" and "overdue" filters, and the unit response file out and back in.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RegisterPage } from '../../renderer/app/screens/RegisterPage';
import type { DecisionDraft } from '../../renderer/domain/decisions';
import type { Language } from '../../renderer/domain/types';
import { WorkspaceProvider } from '../../renderer/data/provider';
import { LanguageProvider } from '../../renderer/i18n/react';
import type { OutgoingFile } from '../../renderer/platform/platform';
import { PlatformProvider } from '../../renderer/platform/react';
import { createWebPlatform } from '../../renderer/platform/web';
import { freshWorkspace } from './render-with-providers';

const draft = (ownerId: string): DecisionDraft => ({
  statement: 'One price list for all of Europe',
  rationale: 'Fewer disputes about discounts',
  alternatives: '',
  method: 'consent',
  accountablePersonId: ownerId,
  responsible: [],
  consulted: [],
  informed: [],
  scope: 'Sales Iberia, Sales Nordics',
  dueDate: '2026-12-20',
  reviewDate: '',
  settlesConflictIds: [],
  supersedesId: '',
  agendaItemId: '',
  stanceMarketing: 'agree',
  stanceSales: 'agree',
});

async function renderCascade({
  language = 'en',
  today = '2026-12-01',
}: { language?: Language; today?: string } = {}) {
  window.history.replaceState(null, '', '#/register');
  const workspace = freshWorkspace();
  const created = await workspace.meetings.create({
    title: 'Pricing board',
    date: '2026-11-27',
    startTime: '09:00',
    language,
  });
  const meeting = created.ok ? created.value : undefined;
  const clara = await workspace.people.create({
    name: 'Clara Weiss',
    departmentId: 'marketing',
    orgUnit: 'Central Marketing',
    email: '',
  });
  await workspace.people.create({
    name: 'Ana Ruiz',
    departmentId: 'sales',
    orgUnit: 'Sales Iberia',
    email: '',
  });
  if (!clara.ok || !meeting) throw new Error('fixture refused');
  const recorded = await workspace.decisions.record(meeting.id, draft(clara.value.id));
  if (!recorded.ok) throw new Error('decision refused');
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
          <RegisterPage today={today} />
        </LanguageProvider>
      </PlatformProvider>
    </WorkspaceProvider>,
  );
  await screen.findByRole('table');
  return { user, workspace, saved, decision: recorded.value };
}

const stored = async (workspace: ReturnType<typeof freshWorkspace>, unit: string) =>
  (await workspace.db.cascadeResponses.where('unit').equals(unit).toArray())[0];

const jsonFile = (content: string) =>
  new File([content], 'Sales Nordics.tandem-unit.json', { type: 'application/json' });

describe('cascade in the Register', () => {
  it('shows each decision’s state and records a unit’s adoption by mouse', async () => {
    const { user, workspace } = await renderCascade();
    expect(screen.getByRole('columnheader', { name: 'Units' })).toBeTruthy();
    expect(screen.getByText('0 of 2 adopted, 2 awaiting')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Response of Sales Iberia to D-1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sales Iberia: response to D-1' });
    expect(
      within(dialog).getByLabelText<HTMLSelectElement>('Owner in the unit').selectedOptions[0]?.textContent,
    ).toBe('Ana Ruiz (Sales Iberia)');
    await user.selectOptions(within(dialog).getByLabelText('Response'), 'Adopt');
    await user.click(within(dialog).getByRole('button', { name: 'Save response' }));
    await screen.findByText('1 of 2 adopted, 1 awaiting');
    expect(await stored(workspace, 'Sales Iberia')).toMatchObject({ response: 'adopt', source: 'register' });
    expect(screen.getByRole('button', { name: 'Response of Sales Iberia to D-1' }).textContent).toBe(
      'Sales Iberia: adopted',
    );
  });

  it('refuses an objection without a reason, then records it by keyboard', async () => {
    const { user, workspace } = await renderCascade();
    screen.getByRole('button', { name: 'Response of Sales Nordics to D-1' }).focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Sales Nordics: response to D-1' });
    await user.selectOptions(within(dialog).getByLabelText('Response'), 'Object (say why)');
    await user.click(within(dialog).getByRole('button', { name: 'Save response' }));
    expect(await within(dialog).findByText('Say how the unit adapts it, or why it objects.')).toBeTruthy();
    expect((await stored(workspace, 'Sales Nordics'))?.response).toBeUndefined();
    await user.click(within(dialog).getByLabelText('Why does the unit object?'));
    await user.keyboard('Public tenders fix prices until June{Tab}');
    within(dialog).getByRole('button', { name: 'Save response' }).focus();
    await user.keyboard('{Enter}');
    await screen.findByText('0 of 2 adopted, 1 objection, 1 awaiting');
    expect(await stored(workspace, 'Sales Nordics')).toMatchObject({
      response: 'object',
      explanation: 'Public tenders fix prices until June',
    });
  });

  it('filters the decisions awaiting my unit (a device setting) and those overdue, in the address', async () => {
    const { user, workspace } = await renderCascade({ today: '2026-12-21' });
    expect(screen.getByText('0 of 2 adopted, 2 overdue')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Responses of units'), 'Awaiting my unit');
    expect(window.location.hash).toBe('#/register/decisions?cascade=mine');
    expect(await screen.findByText('Choose your unit to see what awaits it.')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('My unit (this device)'), 'Sales Nordics');
    await screen.findByRole('table');
    expect(await workspace.db.settings.get('myUnit')).toEqual({ key: 'myUnit', value: 'Sales Nordics' });
    const row = await stored(workspace, 'Sales Nordics');
    if (!row) throw new Error('no row');
    await workspace.cascade.answer(row.id, { response: 'adopt', explanation: '' }, { source: 'register' });
    expect(await screen.findByText('No decision matches the filters.')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Responses of units'), 'Response overdue');
    expect(window.location.hash).toBe('#/register/decisions?cascade=overdue');
    expect(await screen.findByText('1 of 2 adopted, 1 overdue')).toBeTruthy();
  });

  it('exports a unit’s file and imports it back filled in; a broken one is refused whole', async () => {
    const { user, workspace, saved } = await renderCascade();
    await user.click(screen.getByRole('button', { name: 'Export unit file' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export unit file' });
    await user.selectOptions(within(dialog).getByLabelText('Unit'), 'Sales Nordics');
    await user.click(within(dialog).getByRole('button', { name: 'Save file' }));
    await screen.findByText('Saved Sales Nordics-2026-12-01.tandem-unit.json');
    const file = JSON.parse(String(saved[0]?.data));
    expect(file).toMatchObject({ format: 'tandem.unit-response', version: 1, unit: 'Sales Nordics' });
    expect(file.decisions).toHaveLength(1);

    const broken = { ...file, decisions: [{ ...file.decisions[0], response: 'adapt', explanation: '' }] };
    await user.upload(screen.getByLabelText('Import unit response'), jsonFile(JSON.stringify(broken)));
    const refused = await screen.findByRole('alertdialog', { name: 'This response file cannot be imported' });
    expect(within(refused).getByText('decisions[0].explanation: This must not be empty.')).toBeTruthy();
    expect((await stored(workspace, 'Sales Nordics'))?.response).toBeUndefined();
    await user.click(within(refused).getByRole('button', { name: 'Close' }));

    file.decisions[0].response = 'adapt';
    file.decisions[0].explanation = 'Starts in Q2 after the tender round';
    await user.upload(screen.getByLabelText('Import unit response'), jsonFile(JSON.stringify(file)));
    await screen.findByText('Imported 1 response of Sales Nordics.');
    await screen.findByText('0 of 2 adopted, 1 adapted, 1 awaiting');
    expect(await stored(workspace, 'Sales Nordics')).toMatchObject({ response: 'adapt', source: 'file' });
  });

  it('speaks German', async () => {
    const { user } = await renderCascade({ language: 'de', today: '2026-12-21' });
    expect(screen.getByRole('columnheader', { name: 'Einheiten' })).toBeTruthy();
    expect(screen.getByText('0 von 2 übernommen, 2 überfällig')).toBeTruthy();
    await user.upload(
      screen.getByLabelText('Rückmeldung einer Einheit importieren'),
      jsonFile('{"format":"tandem.meeting"'),
    );
    const refused = await screen.findByRole('alertdialog', {
      name: 'Diese Rückmeldedatei kann nicht importiert werden',
    });
    expect(within(refused).getByText(/endet zu früh|kein gültiges JSON/)).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByText('Es wurde nichts geändert. Die Datei hat diese Fehler:')).toBeTruthy(),
    );
  });
});
