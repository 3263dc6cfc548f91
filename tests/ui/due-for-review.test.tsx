// "Due for review" in Prepare: a decided decision of the series past its review date is listed and
// added to the agenda with one click.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DecisionDraft } from '../../renderer/domain/decisions';
import { DueForReviewSection } from '../../renderer/features/prepare/DueForReviewSection';
import { freshWorkspace, renderWithProviders } from './render-with-providers';

function ok<T>(outcome: { ok: true; value: T } | { ok: false }): T {
  if (!outcome.ok) throw new Error('refused');
  return outcome.value;
}

const draft: DecisionDraft = {
  statement: 'Leads with score 60 go to Sales within a day.',
  rationale: '',
  alternatives: '',
  method: 'consensus',
  accountablePersonId: '',
  responsible: [],
  consulted: [],
  informed: [],
  scope: '',
  dueDate: '',
  reviewDate: '2026-11-30',
  settlesConflictIds: [],
  supersedesId: '',
  agendaItemId: '',
  stanceMarketing: '',
  stanceSales: '',
  revisitIf: ['Conversion drops below 5 %'],
};

describe('due for review in Prepare', () => {
  it('lists a decision of the series past its review date and offers it as an agenda point', async () => {
    const workspace = freshWorkspace();
    const ana = ok(
      await workspace.people.create({ name: 'Ana Ruiz', departmentId: 'sales', orgUnit: '', email: '' }),
    );
    const create = (title: string, date: string) =>
      workspace.meetings.create({ title, date, startTime: '09:00', language: 'en' });
    const first = ok(await create('Lead review 1', '2026-11-01'));
    const next = ok(await create('Lead review 2', '2026-12-01'));
    const other = ok(await create('Other', '2026-11-02'));
    await workspace.db.meetings.update(first.id, { seriesId: 's1' });
    await workspace.db.meetings.update(next.id, { seriesId: 's1' });
    ok(await workspace.decisions.record(first.id, { ...draft, accountablePersonId: ana.id }));
    ok(
      await workspace.decisions.record(first.id, {
        ...draft,
        statement: 'Later',
        reviewDate: '2027-01-01',
        accountablePersonId: ana.id,
      }),
    );
    ok(
      await workspace.decisions.record(other.id, {
        ...draft,
        statement: 'Elsewhere',
        accountablePersonId: ana.id,
      }),
    );
    const meeting = await workspace.db.meetings.get(next.id);
    if (!meeting) throw new Error('no meeting');
    const { user } = renderWithProviders(<DueForReviewSection meeting={meeting} />, {
      workspace,
      language: 'en',
    });
    const list = await screen.findByRole('list', { name: 'Due for review' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(list.textContent).toContain('D-1 — review date');
    await user.click(
      within(list).getByRole('button', {
        name: 'Add "Review D-1: Leads with score 60 go to Sales within a day." to the agenda',
      }),
    );
    await waitFor(async () =>
      expect(await workspace.db.agendaItems.where('meetingId').equals(next.id).toArray()).toMatchObject([
        {
          title: 'Review D-1: Leads with score 60 go to Sales within a day.',
          description: 'Conversion drops below 5 %',
        },
      ]),
    );
  }, 60_000);
});
