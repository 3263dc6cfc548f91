import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../renderer/data/workspace';
import type { LedgerEntry, Meeting } from '../../renderer/domain/types';
import { LedgerPanel } from '../../renderer/features/ledger/LedgerPanel';
import { ReviewBlockOffer } from '../../renderer/features/ledger/ReviewBlockOffer';
import { AudienceCurrent } from '../../renderer/features/audience/AudienceCurrent';
import { freshWorkspace, renderWithProviders } from './render-with-providers';
import { agenda, meeting, seedRunningMeeting } from './run-panel-fixture';

const T = '2026-11-20T09:00:00.000Z';
const running: Meeting = { ...meeting, seriesId: 'm0', previousMeetingId: 'm0' };
const earlier: Meeting = {
  ...meeting,
  id: 'm0',
  date: '2026-11-24',
  status: 'ended',
  seriesId: 'm0',
  createdAt: T,
  updatedAt: T,
};
const agreement: LedgerEntry = {
  id: 'e1',
  createdAt: T,
  updatedAt: T,
  meetingId: 'm0',
  seriesId: 'm0',
  title: 'Leads for follow-up',
  marketing: {
    gives: '300 leads a month',
    measure: 'leads with score ≥ 60',
    target: 300,
    unit: 'leads',
    ownerPersonId: 'ben',
  },
  sales: {
    gives: 'Follow-up within 48 hours',
    measure: 'hours',
    target: 48,
    unit: 'h',
    ownerPersonId: 'ana',
  },
  period: 'a month',
  startDate: '2026-11-24',
  status: 'active',
};

async function seed(workspace: Workspace, withAgreement = true) {
  await seedRunningMeeting(workspace);
  await workspace.db.meetings.put(running);
  await workspace.db.meetings.add(earlier);
  if (withAgreement) await workspace.db.ledgerEntries.add(agreement);
}

describe('the give-and-get ledger panel', () => {
  it('adds a two-sided agreement from its dialog; a side that gives nothing is refused with a message', async () => {
    const workspace = freshWorkspace();
    await seed(workspace, false);
    const { user, db } = renderWithProviders(<LedgerPanel meeting={running} mode="run" />, { workspace });
    await user.click(await screen.findByRole('button', { name: 'Add agreement' }));
    const form = await screen.findByRole('form', { name: 'Add agreement' });
    expect(document.activeElement).toBe(within(form).getByRole('textbox', { name: 'Agreement' }));
    await user.keyboard('Lead hand-over');
    await user.type(within(form).getByRole('textbox', { name: 'Marketing gives' }), '300 leads a month');
    await user.type(within(form).getByRole('textbox', { name: 'Target figure (Marketing)' }), '300');
    await user.type(within(form).getByRole('textbox', { name: 'Target figure (Sales)' }), 'soon');
    await user.click(within(form).getByRole('button', { name: 'Add agreement' }));
    expect(await within(form).findByText('Please fill this in.')).toBeTruthy();
    expect(within(form).getByText('Please enter a number, e.g. 300 or 1.5.')).toBeTruthy();
    expect(await db.ledgerEntries.count()).toBe(0);

    await user.type(within(form).getByRole('textbox', { name: 'Sales gives' }), 'Follow-up within 48 hours');
    await user.clear(within(form).getByRole('textbox', { name: 'Target figure (Sales)' }));
    await user.type(within(form).getByRole('textbox', { name: 'Target figure (Sales)' }), '48');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Owner (Sales)' }), 'Ana Ruiz');
    await user.click(within(form).getByRole('textbox', { name: 'Period' }));
    await user.keyboard('a month{Enter}');
    const list = await screen.findByRole('list', { name: 'Agreed in this meeting' });
    expect(within(list).getByRole('listitem').textContent).toContain(
      'Sales gives: Follow-up within 48 hours',
    );
    expect(await db.ledgerEntries.toArray()).toMatchObject([
      {
        meetingId: 'm1',
        seriesId: 'm0',
        title: 'Lead hand-over',
        marketing: { gives: '300 leads a month', target: 300 },
        sales: { gives: 'Follow-up within 48 hours', target: 48, ownerPersonId: 'ana' },
        status: 'active',
      },
    ]);
  });

  it('reviews an earlier agreement per side: verdict at once, the figure when the field is left', async () => {
    const workspace = freshWorkspace();
    await seed(workspace);
    const { user, db } = renderWithProviders(<LedgerPanel meeting={running} mode="run" />, { workspace });
    const list = await screen.findByRole('list', { name: 'To review' });
    expect(within(list).getByRole('listitem').textContent).toContain('Not reviewed yet');
    const marketing = within(list).getByRole('group', { name: 'Verdict of Marketing: Leads for follow-up' });
    await user.click(within(marketing).getByRole('radio', { name: 'Partly kept' }));
    await waitFor(async () =>
      expect((await db.ledgerReviews.toArray())[0]?.marketing.verdict).toBe('partly'),
    );
    await user.type(within(list).getByRole('textbox', { name: 'Figure reached by Marketing' }), '240');
    await user.tab();
    await waitFor(async () => expect((await db.ledgerReviews.toArray())[0]?.marketing.figure).toBe(240));

    await user.type(within(list).getByRole('textbox', { name: 'Figure reached by Sales' }), 'fast');
    await user.tab();
    expect(await within(list).findByText('Please enter a number, e.g. 300 or 1.5.')).toBeTruthy();
    const sales = within(list).getByRole('group', { name: 'Verdict of Sales: Leads for follow-up' });
    await user.click(within(sales).getByRole('radio', { name: 'Kept' }));
    // The figure is still refused, so the side keeps no verdict until it is fixed.
    expect((await db.ledgerReviews.toArray())[0]?.sales.verdict).toBeUndefined();
    await user.clear(within(list).getByRole('textbox', { name: 'Figure reached by Sales' }));
    await user.type(within(list).getByRole('textbox', { name: 'Figure reached by Sales' }), '36');
    await user.tab();
    await waitFor(async () =>
      expect((await db.ledgerReviews.toArray())[0]?.sales).toEqual({ verdict: 'kept', note: '', figure: 36 }),
    );
    expect(await db.ledgerReviews.count()).toBe(1);
    expect(await screen.findByText('Reviewed')).toBeTruthy();
  });

  it('offers the review block in Prepare, in the meeting language, and adds it once', async () => {
    const workspace = freshWorkspace();
    await seed(workspace);
    const planned = { ...running, status: 'planned' as const, language: 'de' as const };
    await workspace.db.meetings.put(planned);
    const { user, db } = renderWithProviders(<ReviewBlockOffer meeting={planned} agenda={agenda} />, {
      workspace,
    });
    await user.click(await screen.findByRole('button', { name: 'Add “Review agreements” to the agenda' }));
    await waitFor(async () =>
      expect((await db.agendaItems.where('meetingId').equals('m1').toArray()).map((i) => i.title)).toContain(
        'Vereinbarungen prüfen',
      ),
    );
  });

  it('projects the agreements under review with both sides and their verdicts while the review block runs', async () => {
    const workspace = freshWorkspace();
    await seed(workspace);
    await workspace.db.ledgerReviews.add({
      id: 'r1',
      createdAt: T,
      updatedAt: T,
      entryId: 'e1',
      meetingId: 'm1',
      marketing: { verdict: 'partly', note: 'PRIVATE NOTE', figure: 240 },
      sales: { note: '' },
    });
    const reviewing = agenda.map((item) =>
      item.id === 'a2' ? { ...item, title: 'Review agreements' } : item,
    );
    renderWithProviders(<AudienceCurrent meeting={running} agenda={reviewing} />, { workspace });
    const wall = await screen.findByRole('region', { name: 'Review agreements' });
    await waitFor(() => expect(wall.textContent).toContain('Leads for follow-up'));
    expect(wall.textContent).toContain('Marketing gives: 300 leads a month');
    expect(wall.textContent).toContain('Partly kept · 240 leads');
    expect(wall.textContent).toContain('Not reviewed');
    expect(wall.textContent).not.toContain('PRIVATE NOTE');
    expect(wall.textContent).not.toContain('Ana Ruiz');
  });
});
