/**
 * The run screen's decision register and action items render 50 rows at a time, so a meeting with
 * hundreds stays quick to open; the rest come with Show more.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ActionsPanel } from '../../renderer/features/actions/ActionsPanel';
import { DecisionsPanel } from '../../renderer/features/decisions/DecisionsPanel';
import { action, decision } from '../unit/domain/register-fixture';
import { freshWorkspace, renderWithProviders } from './render-with-providers';
import { panelProps, seedRunningMeeting } from './run-panel-fixture';

describe('long lists on the run screen', () => {
  it('shows the newest 50 of 70 decisions, and all of them after Show more', async () => {
    const workspace = freshWorkspace();
    await seedRunningMeeting(workspace);
    await workspace.db.decisions.bulkAdd(
      Array.from({ length: 70 }, (_, index) => decision(`d${index + 1}`, index + 1)),
    );
    const { user } = renderWithProviders(<DecisionsPanel {...panelProps} />, { workspace });

    const list = await screen.findByRole('list', { name: 'Decision register' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    expect(within(list).getAllByRole('listitem')[0]?.textContent).toContain('Decision 70');
    expect(screen.getByText('Showing 50 of 70')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(70);
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('shows 50 of 60 action items with their owners, then the rest; German says so too', async () => {
    const workspace = freshWorkspace();
    await seedRunningMeeting(workspace);
    await workspace.db.actionItems.bulkAdd(
      Array.from({ length: 60 }, (_, index) =>
        action(`x${index + 1}`, `Action ${index + 1}`, { ownerPersonId: 'ana' }),
      ),
    );
    const { user } = renderWithProviders(<ActionsPanel {...panelProps} />, { workspace, language: 'de' });

    const list = await screen.findByRole('list', { name: 'Aufgaben' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    expect(await within(list).findAllByText('Verantwortlich: Ana Ruiz')).toHaveLength(50);
    expect(screen.getByText('50 von 60 angezeigt')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Mehr anzeigen' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(60);
  });
});
