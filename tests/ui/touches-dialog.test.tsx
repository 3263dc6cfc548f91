// Linking a conflict point to the decided decisions it touches: Tandem suggests the likely one by the
// point's words (case and accents ignored), shows its rationale and conditions, and the link is stored.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DecisionDraft } from '../../renderer/domain/decisions';
import type { ConflictPoint } from '../../renderer/domain/types';
import { TouchesDialog } from '../../renderer/features/conflicts/TouchesDialog';
import { freshWorkspace, renderWithProviders } from './render-with-providers';

function ok<T>(outcome: { ok: true; value: T } | { ok: false }): T {
  if (!outcome.ok) throw new Error('refused');
  return outcome.value;
}

const draft: DecisionDraft = {
  statement: 'Die Preisliste bleibt unverändert.',
  rationale: 'Stabile Preise für die Messen.',
  alternatives: '',
  method: 'consensus',
  accountablePersonId: '',
  responsible: [],
  consulted: [],
  informed: [],
  scope: '',
  dueDate: '',
  reviewDate: '',
  settlesConflictIds: [],
  supersedesId: '',
  agendaItemId: '',
  stanceMarketing: '',
  stanceSales: '',
  revisitIf: ['Die Kosten steigen um mehr als 3 %'],
};

describe('linking a conflict point to the decisions it touches', () => {
  it('suggests the matching decided decision and stores the link', async () => {
    const workspace = freshWorkspace();
    const ana = ok(
      await workspace.people.create({ name: 'Ana Ruiz', departmentId: 'sales', orgUnit: '', email: '' }),
    );
    const pricing = ok(await workspace.decisions.record('m1', { ...draft, accountablePersonId: ana.id }));
    ok(
      await workspace.decisions.record('m1', {
        ...draft,
        statement: 'Booth at the fair',
        accountablePersonId: ana.id,
      }),
    );
    const point: ConflictPoint = {
      id: 'c1',
      createdAt: '2026-12-01T09:00:00.000Z',
      updatedAt: '2026-12-01T09:00:00.000Z',
      meetingId: 'm2',
      statement: 'Die PREISLISTE ist unverandert zu hoch',
      level: 'content',
      positionMarketing: '',
      positionSales: '',
      status: 'open',
      resolution: '',
      private: false,
    };
    await workspace.db.conflictPoints.add(point);
    const { user } = renderWithProviders(<TouchesDialog point={point} onClose={() => undefined} />, {
      workspace,
      language: 'en',
    });
    const suggested = await screen.findByRole('list', { name: 'Suggested' });
    expect(within(suggested).getAllByRole('listitem')).toHaveLength(1);
    expect(suggested.textContent).toContain('Revisit if: Die Kosten steigen um mehr als 3 %');
    await user.click(
      within(suggested).getByRole('checkbox', { name: 'D-1 — Die Preisliste bleibt unverändert.' }),
    );
    await user.click(screen.getByRole('button', { name: 'Save links' }));
    await waitFor(async () =>
      expect((await workspace.db.conflictPoints.get('c1'))?.touchesDecisionIds).toEqual([pricing.id]),
    );
  }, 60_000);
});
