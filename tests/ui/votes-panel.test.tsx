import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AudienceScreen } from '../../renderer/features/audience/AudienceScreen';
import { VotesPanel } from '../../renderer/features/votes/VotesPanel';
import { freshWorkspace, renderWithProviders } from './render-with-providers';
import { panelProps, seedRunningMeeting } from './run-panel-fixture';

async function renderPanel(language: 'en' | 'de' = 'en') {
  const workspace = freshWorkspace();
  await seedRunningMeeting(workspace);
  return renderWithProviders(<VotesPanel {...panelProps} />, { language, workspace });
}

describe('quick votes', () => {
  it('sets up and counts a vote by keyboard alone: Alt+V, arrows, typed numbers, close', async () => {
    const { user, db } = await renderPanel();
    await screen.findByText('No vote yet.');
    await user.keyboard('{Alt>}v{/Alt}');
    const setup = await screen.findByRole('dialog', { name: 'Quick vote' });
    expect(document.activeElement).toBe(within(setup).getByRole('textbox', { name: 'Question' }));
    await user.keyboard('Which segment first?');
    await user.tab();
    expect(document.activeElement).toBe(within(setup).getByRole('radio', { name: 'Options' }));
    await user.tab();
    await user.keyboard('Enterprise{Enter}Mid-market');
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(within(setup).getByRole('button', { name: 'Start vote' }));
    await user.keyboard('{Enter}');

    const count = await screen.findByRole('dialog', { name: 'Count hands: Which segment first?' });
    const salesEnterprise = within(count).getByRole('textbox', { name: 'Hands: Enterprise, Sales' });
    salesEnterprise.focus();
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}{ArrowDown}');
    await waitFor(() => expect((salesEnterprise as HTMLInputElement).value).toBe('2'));
    const marketingMid = within(count).getByRole('textbox', { name: 'Hands: Mid-market, Marketing' });
    await user.click(marketingMid);
    await user.keyboard('{Control>}a{/Control}7');
    await waitFor(async () =>
      expect((await db.votes.toArray())[0]?.counts).toEqual([
        { option: 0, departmentId: 'sales', count: 2 },
        { option: 1, departmentId: 'marketing', count: 7 },
      ]),
    );
    expect(within(count).getByText('Most hands: Mid-market')).toBeTruthy();
    // Tab moves on through the table to the dialog's buttons.
    const close = within(count).getByRole('button', { name: 'Close vote' });
    for (let step = 0; step < 20 && document.activeElement !== close; step += 1) await user.tab();
    expect(document.activeElement).toBe(close);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const list = await screen.findByRole('list', { name: 'Votes' });
    expect(within(list).getByRole('listitem').textContent).toContain('Closed');
    expect((await db.votes.toArray())[0]?.closedAt).toBeDefined();
  });

  it('refuses a bad draft and a bad count with a message, changing nothing', async () => {
    const { user, db } = await renderPanel();
    await user.click(await screen.findByRole('button', { name: 'Quick vote' }));
    const setup = await screen.findByRole('dialog', { name: 'Quick vote' });
    await user.type(within(setup).getByRole('textbox', { name: 'Question' }), 'Launch in March?');
    await user.type(within(setup).getByRole('textbox', { name: 'Options, one per line' }), 'Yes');
    await user.click(within(setup).getByRole('button', { name: 'Start vote' }));
    expect((await within(setup).findByRole('alert')).textContent).toBe(
      'Enter at least 2 options, one per line.',
    );
    expect(await db.votes.count()).toBe(0);

    await user.click(within(setup).getByRole('radio', { name: 'Fist of five (consent)' }));
    await user.click(within(setup).getByRole('button', { name: 'Start vote' }));
    const count = await screen.findByRole('dialog', { name: 'Count hands: Launch in March?' });
    await user.click(within(count).getByRole('button', { name: 'One more hand: 1, Sales' }));
    await user.click(within(count).getByRole('button', { name: 'One more hand: 4, Marketing' }));
    await within(count).findByText('Objection to resolve: 1 of 2 showed 0–1 fingers (average 2.5)');
    const field = within(count).getByRole('textbox', { name: 'Hands: 4, Marketing' });
    await user.clear(field);
    await user.type(field, '-3');
    expect((await within(count).findByRole('alert')).textContent).toBe(
      'Hands must be a whole number from 0 to 10,000.',
    );
    expect((await db.votes.toArray())[0]?.counts).toEqual([
      { option: 1, departmentId: 'sales', count: 1 },
      { option: 4, departmentId: 'marketing', count: 1 },
    ]);
    await user.click(within(count).getByRole('button', { name: 'Keep running' }));
    const list = await screen.findByRole('list', { name: 'Votes' });
    expect(within(list).getByRole('listitem').textContent).toContain('Running');
    await user.click(within(list).getByRole('button', { name: 'Count hands' }));
    await screen.findByRole('dialog', { name: 'Count hands: Launch in March?' });
  });

  it('shows the running vote on the wall in German, and the item again once closed', async () => {
    const workspace = freshWorkspace();
    await seedRunningMeeting(workspace);
    const vote = await workspace.votes.create('m1', {
      question: 'Welches Segment zuerst?',
      kind: 'options',
      options: ['Enterprise', 'Mittelstand'],
      agendaItemId: '',
    });
    if (!vote.ok) throw new Error('refused');
    await workspace.votes.setCount(vote.value.id, 1, 'sales', 4);
    renderWithProviders(<AudienceScreen meetingId="m1" />, { language: 'de', workspace });
    const wall = await screen.findByRole('region', { name: 'Abstimmung' });
    expect(within(wall).getByRole('heading', { name: 'Welches Segment zuerst?' })).toBeTruthy();
    const rows = within(wall)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Option', 'Marketing', 'Vertrieb', 'Summe'],
      ['Enterprise', '0', '0', '0'],
      ['Mittelstand', '0', '4', '4'],
      ['Summe', '0', '4', '4'],
    ]);
    await workspace.votes.close(vote.value.id);
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Abstimmung' })).toBeNull());
  });
});
