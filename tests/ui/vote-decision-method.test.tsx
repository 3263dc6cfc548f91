// Attaching a vote to a decision shows in the decision's method: an options vote makes it "Vote",
// a fist-of-five "Consent". The votes panel and the decision register side by side, as in the cockpit.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../renderer/data/workspace';
import type { DecisionDraft } from '../../renderer/domain/decisions';
import { emptyDraft } from '../../renderer/features/decisions/labels';
import { DecisionsPanel } from '../../renderer/features/decisions/DecisionsPanel';
import { VotesPanel } from '../../renderer/features/votes/VotesPanel';
import { freshWorkspace, renderWithProviders } from './render-with-providers';
import { panelProps, seedRunningMeeting } from './run-panel-fixture';

const decision: DecisionDraft = {
  ...emptyDraft(undefined),
  statement: 'Which segment do we serve first?',
  alternatives: 'Enterprise; Mid-market',
  method: 'majority',
};

async function renderCockpit(seed: (workspace: Workspace) => Promise<void> = async () => {}) {
  const workspace = freshWorkspace();
  await seedRunningMeeting(workspace);
  if (!(await workspace.decisions.record('m1', decision)).ok) throw new Error('decision refused');
  await seed(workspace);
  const view = renderWithProviders(
    <>
      <DecisionsPanel {...panelProps} />
      <VotesPanel {...panelProps} />
    </>,
    { workspace },
  );
  await screen.findByRole('list', { name: 'Decision register' });
  return view;
}

/** The method the decision's edit dialog shows, read as the user sees it; the dialog is closed again. */
async function methodShown(user: ReturnType<typeof renderWithProviders>['user']): Promise<string> {
  await user.click(screen.getByRole('button', { name: 'Edit D-1' }));
  const dialog = await screen.findByRole('dialog', { name: /D-1/ });
  const method = within(dialog).getByLabelText<HTMLSelectElement>('Method');
  const shown = method.selectedOptions[0]?.textContent ?? '';
  await user.keyboard('{Escape}');
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  return shown;
}

describe('a vote attached to a decision', () => {
  it('by mouse: attaching a closed options vote shows the method Vote, detaching keeps it', async () => {
    const { user, db } = await renderCockpit(async (workspace) => {
      const vote = await workspace.votes.create('m1', {
        question: 'Which segment first?',
        kind: 'options',
        options: ['Enterprise', 'Mid-market'],
        agendaItemId: '',
      });
      if (!vote.ok) throw new Error('vote refused');
      await workspace.votes.setCount(vote.value.id, 0, 'sales', 3);
      await workspace.votes.close(vote.value.id);
    });
    expect(await methodShown(user)).toBe('Majority');
    await user.selectOptions(
      await screen.findByLabelText('Informed decision: Which segment first?'),
      'D-1 Which segment do we serve first?',
    );
    await waitFor(async () => expect((await db.decisions.toArray())[0]?.method).toBe('vote'));
    expect(await methodShown(user)).toBe('Vote');
    await user.selectOptions(screen.getByLabelText('Informed decision: Which segment first?'), 'None');
    await waitFor(async () => expect((await db.votes.toArray())[0]?.decisionId).toBeUndefined());
    expect(await methodShown(user)).toBe('Vote');
  });

  it('by keys: a fist-of-five set up from the decision (Alt+V) and closed by Enter makes it Consent', async () => {
    const { user, db } = await renderCockpit();
    await user.keyboard('{Alt>}v{/Alt}');
    const setup = await screen.findByRole('dialog', { name: 'Quick vote' });
    const from = within(setup).getByLabelText('Question and options from a decision');
    await user.selectOptions(from, 'D-1 Which segment do we serve first?');
    await user.click(within(setup).getByRole('radio', { name: 'Fist of five (consent)' }));
    within(setup).getByRole('button', { name: 'Start vote' }).focus();
    await user.keyboard('{Enter}');
    const count = await screen.findByRole('dialog', { name: /^Count hands/ });
    const hands = within(count).getByRole('textbox', { name: 'Hands: 4, Sales' });
    hands.focus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    await waitFor(async () => expect((await db.votes.toArray())[0]?.counts).toHaveLength(1));
    within(count).getByRole('button', { name: 'Close vote' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(async () => expect((await db.decisions.toArray())[0]?.method).toBe('consent'));
    const edit = screen.getByRole('button', { name: 'Edit D-1' });
    edit.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: /D-1/ });
    expect(within(dialog).getByLabelText<HTMLSelectElement>('Method').selectedOptions[0]?.textContent).toBe(
      'Consent',
    );
  });
});
