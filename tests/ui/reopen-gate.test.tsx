// The reopen gate in the run screen's decision register: "revisit if" lines added and removed in the
// record form, shown in the list, and a decided decision revoked only after saying what is new.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DecisionsPanel } from '../../renderer/features/decisions/DecisionsPanel';
import { freshWorkspace, renderWithProviders } from './render-with-providers';

function ok<T>(outcome: { ok: true; value: T } | { ok: false }): T {
  if (!outcome.ok) throw new Error('refused');
  return outcome.value;
}

async function renderPanel() {
  const workspace = freshWorkspace();
  const ana = ok(
    await workspace.people.create({ name: 'Ana Ruiz', departmentId: 'sales', orgUnit: '', email: '' }),
  );
  const meeting = ok(
    await workspace.meetings.create({
      title: 'Q1 strategy',
      date: '2026-12-01',
      startTime: '09:30',
      language: 'en',
    }),
  );
  await workspace.attendance.add(meeting.id, ana.id);
  const attendance = await workspace.db.attendance.where('meetingId').equals(meeting.id).toArray();
  const view = renderWithProviders(
    <DecisionsPanel meeting={meeting} agenda={[]} activeItem={undefined} attendance={attendance} />,
    { workspace, language: 'en' },
  );
  await screen.findByRole('region', { name: 'Decision register' });
  return { ...view, meeting };
}

describe('the reopen gate in the decision register', () => {
  it('records "revisit if" conditions added with the mouse, and revokes only with what is new', async () => {
    const { user, db } = await renderPanel();
    await user.keyboard('{Alt>}e{/Alt}');
    const dialog = await screen.findByRole('dialog', { name: 'Record decision' });
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText('Statement')));
    await user.keyboard('Leads with score 60 go to Sales within a day.');
    await user.selectOptions(within(dialog).getByLabelText('Accountable owner'), 'Ana Ruiz');
    await user.click(within(dialog).getByRole('button', { name: 'Add condition' }));
    await user.type(within(dialog).getByLabelText('Condition 1'), 'Conversion drops below 5 %');
    await user.click(within(dialog).getByRole('button', { name: 'Add condition' }));
    await user.type(within(dialog).getByLabelText('Condition 2'), 'Typo line');
    await user.click(within(dialog).getByRole('button', { name: 'Remove condition 2' }));
    await user.click(within(dialog).getByRole('button', { name: 'Record decision' }));
    const list = await screen.findByRole('list', { name: 'Decision register' });
    expect(await within(list).findByText('Revisit if: Conversion drops below 5 %')).toBeTruthy();
    const stored = await db.decisions.toCollection().first();
    expect(stored).toMatchObject({ status: 'decided', revisitIf: ['Conversion drops below 5 %'] });

    await user.click(within(list).getByRole('button', { name: 'Revoke D-1' }));
    const gate = await screen.findByRole('dialog', { name: 'Revoke D-1' });
    expect(within(gate).getByText('Conversion drops below 5 %', { selector: 'li' })).toBeTruthy();
    await user.click(within(gate).getByRole('button', { name: 'Revoke' }));
    expect((await within(gate).findByRole('alert')).textContent).toBe(
      'D-1 was decided. Name the condition that was met or what is new before it is reopened.',
    );
    expect((await db.decisions.get(stored?.id ?? ''))?.status).toBe('decided');
    await user.selectOptions(
      within(gate).getByLabelText('Condition that was met'),
      'Conversion drops below 5 %',
    );
    await user.type(within(gate).getByLabelText('What is new?'), 'It fell to 3 % in November.');
    await user.click(within(gate).getByRole('button', { name: 'Revoke' }));
    expect(
      await within(list).findByText(
        'Reopened because: Conversion drops below 5 % — It fell to 3 % in November.',
      ),
    ).toBeTruthy();
    expect(await db.decisions.get(stored?.id ?? '')).toMatchObject({
      status: 'revoked',
      reopenedBecause: { conditionIndex: 0 },
    });
  }, 90_000);
});
