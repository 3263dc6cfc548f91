// The run screen's Units tab: a later meeting records a unit's response, which remembers the meeting.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DecisionDraft } from '../../renderer/domain/decisions';
import { useCascades } from '../../renderer/data/queries/cascade';
import { CascadeRunPanel } from '../../renderer/features/cascade/CascadeRunPanel';
import { freshWorkspace, renderWithProviders } from './render-with-providers';

const draft = (ownerId: string, statement: string, scope: string): DecisionDraft => ({
  statement,
  rationale: '',
  alternatives: '',
  method: 'consent',
  accountablePersonId: ownerId,
  responsible: [],
  consulted: [],
  informed: [],
  scope,
  dueDate: '2026-12-10',
  reviewDate: '',
  settlesConflictIds: [],
  supersedesId: '',
  agendaItemId: '',
  stanceMarketing: 'agree',
  stanceSales: 'agree',
});

function Panel({ today }: { today: string }) {
  return <CascadeRunPanel meetingId="m2" cascades={useCascades()} today={today} />;
}

async function setUp() {
  const workspace = freshWorkspace();
  const owner = await workspace.people.create({
    name: 'Jon Vik',
    departmentId: 'sales',
    orgUnit: '',
    email: '',
  });
  if (!owner.ok) throw new Error('refused');
  await workspace.decisions.record('m1', draft(owner.value.id, 'One price list for Europe', 'Sales Iberia'));
  await workspace.decisions.record('m1', draft(owner.value.id, 'Shared lead scoring', 'Sales Nordics'));
  await workspace.decisions.record('m1', draft(owner.value.id, 'Global brand book', ''));
  return workspace;
}

describe('the Units tab of a running meeting', () => {
  it('lists the decisions awaiting a unit, overdue first, and records a response in this meeting', async () => {
    const workspace = await setUp();
    const iberia = (await workspace.db.cascadeResponses.where('unit').equals('Sales Iberia').toArray())[0];
    if (!iberia) throw new Error('no row');
    await workspace.db.cascadeResponses.put({ ...iberia, dueDate: '2026-11-01' });
    const { user } = renderWithProviders(<Panel today="2026-12-01" />, { workspace });
    await screen.findByText('0 of 1 adopted, 1 overdue');
    const statements = within(screen.getByRole('region', { name: 'Responses of units' }))
      .getAllByText(/One price list|Shared lead scoring|Global brand book/)
      .map((element) => element.textContent);
    // Overdue first (D-1), although the newest come first otherwise; a decision for everyone asks nobody.
    expect(statements).toEqual(['D-1 One price list for Europe', 'D-2 Shared lead scoring']);

    await user.click(screen.getByRole('button', { name: 'Response of Sales Nordics to D-2' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sales Nordics: response to D-2' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Response' }), 'adapt');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'How does the unit adapt it?' }),
      'Scores from March',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save response' }));
    await screen.findByText('0 of 1 adopted, 1 adapted');
    expect(
      (await workspace.db.cascadeResponses.where('unit').equals('Sales Nordics').toArray())[0],
    ).toMatchObject({
      response: 'adapt',
      explanation: 'Scores from March',
      source: 'meeting',
      meetingId: 'm2',
    });
  });

  it('says so when nothing waits, in German too', async () => {
    renderWithProviders(<Panel today="2026-12-01" />, { language: 'de' });
    expect(
      await screen.findByText('Keine Entscheidung wartet auf die Rückmeldung einer Einheit.'),
    ).toBeTruthy();
  });
});
