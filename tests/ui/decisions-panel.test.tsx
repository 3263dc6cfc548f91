import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../renderer/domain/types';
import { DecisionsPanel } from '../../renderer/features/decisions/DecisionsPanel';
import { freshWorkspace, renderWithProviders } from './render-with-providers';

const blankDecision = {
  rationale: '',
  alternatives: '',
  method: 'consensus' as const,
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
  stanceMarketing: '' as const,
  stanceSales: '' as const,
};

function ok<T>(outcome: { ok: true; value: T } | { ok: false }): T {
  if (!outcome.ok) throw new Error('fixture must be valid');
  return outcome.value;
}

/** A running meeting with one agenda item and one participant, after an earlier meeting with D-1. */
async function renderPanel(language: Language = 'en') {
  const workspace = freshWorkspace();
  const ana = ok(
    await workspace.people.create({
      name: 'Ana Ruiz',
      departmentId: 'sales',
      orgUnit: 'Sales Iberia',
      email: '',
    }),
  );
  ok(await workspace.people.create({ name: 'Max Berg', departmentId: 'marketing', orgUnit: '', email: '' }));
  const earlier = ok(
    await workspace.meetings.create({ title: 'Q4 review', date: '2026-10-01', startTime: '09:00', language }),
  );
  const old = ok(
    await workspace.decisions.record(earlier.id, {
      ...blankDecision,
      statement: 'Price list 2027 stays as it is.',
      accountablePersonId: ana.id,
    }),
  );
  const meeting = ok(
    await workspace.meetings.create({
      title: 'Q1 strategy',
      date: '2026-12-01',
      startTime: '09:30',
      language,
    }),
  );
  const item = ok(
    await workspace.agenda.add(meeting.id, {
      title: 'Spring campaign',
      description: '',
      kind: 'decision',
      timeboxMinutes: 30,
      presenterIds: [],
    }),
  );
  await workspace.attendance.add(meeting.id, ana.id);
  const attendance = await workspace.db.attendance.where('meetingId').equals(meeting.id).toArray();
  await workspace.db.conflictPoints.add({
    id: 'c1',
    createdAt: '2026-12-01T09:40:00.000Z',
    updatedAt: '2026-12-01T09:40:00.000Z',
    meetingId: meeting.id,
    statement: 'Who pays for the trade fair booth?',
    level: 'content',
    positionMarketing: '',
    positionSales: '',
    status: 'open',
    resolution: '',
    private: false,
  });
  const view = renderWithProviders(
    <DecisionsPanel meeting={meeting} agenda={[item]} activeItem={item} attendance={attendance} />,
    { workspace, language },
  );
  await screen.findByRole('region', {
    name: language === 'en' ? 'Decision register' : 'Entscheidungsregister',
  });
  return { ...view, meeting, item, ana, old };
}

type User = Awaited<ReturnType<typeof renderPanel>>['user'];

async function openRecordForm(user: User) {
  await user.keyboard('{Alt>}e{/Alt}');
  const dialog = await screen.findByRole('dialog', { name: 'Record decision' });
  await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText('Statement')));
  return dialog;
}

async function submit(user: User, dialog: HTMLElement) {
  within(dialog).getByRole('button', { name: 'Record decision' }).focus();
  await user.keyboard('{Enter}');
}

describe('the Decision register panel', () => {
  it('records a decision by keyboard with owner, RACI, scope, dates and both sign-offs', async () => {
    const { user, db, meeting, item, ana } = await renderPanel();
    expect(await screen.findByText('No decisions recorded in this meeting yet.')).toBeTruthy();
    const dialog = await openRecordForm(user);
    await user.keyboard('Central Marketing delivers the spring assets by March.');
    await user.type(within(dialog).getByLabelText('Rationale'), 'Iberia needs them for the fairs.');
    await user.selectOptions(within(dialog).getByLabelText('Method'), 'Consent');
    await user.selectOptions(within(dialog).getByLabelText('Accountable owner'), 'Ana Ruiz');
    await user.selectOptions(within(dialog).getByLabelText('Add to Responsible'), 'Marketing');
    await user.selectOptions(within(dialog).getByLabelText('Add to Consulted'), 'Sales Iberia');
    await user.selectOptions(within(dialog).getByLabelText('Add to Informed'), 'Max Berg');
    await user.type(within(dialog).getByLabelText(/^Scope/), 'Iberia, LATAM');
    await user.type(within(dialog).getByLabelText('Due date'), '2027-03-01');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Who pays for the trade fair booth?' }));
    await user.selectOptions(within(dialog).getByLabelText('Stance of Marketing'), 'Agree');
    await user.selectOptions(within(dialog).getByLabelText('Stance of Sales'), 'Agree with reservations');
    await submit(user, dialog);

    const list = await screen.findByRole('list', { name: 'Decision register' });
    const entry = within(list).getByRole('listitem');
    expect(entry.textContent).toContain('D-2');
    expect(entry.textContent).toContain('Central Marketing delivers the spring assets by March.');
    expect(entry.textContent).toContain('Decided');
    expect(await within(entry).findByText('Owner: Ana Ruiz')).toBeTruthy();
    expect(entry.textContent).toContain('Marketing: Agree');
    expect(entry.textContent).toContain('Sales: Agree with reservations');
    expect(await db.decisions.where('meetingId').equals(meeting.id).toArray()).toMatchObject([
      {
        number: 2,
        status: 'decided',
        method: 'consent',
        accountablePersonId: ana.id,
        responsible: [{ kind: 'department', departmentId: 'marketing' }],
        consulted: [{ kind: 'org-unit', name: 'Sales Iberia' }],
        informed: [{ kind: 'person' }],
        scope: ['Iberia', 'LATAM'],
        dueDate: '2027-03-01',
        settlesConflictIds: ['c1'],
        agendaItemId: item.id,
        stanceMarketing: 'agree',
        stanceSales: 'agree-with-reservations',
      },
    ]);
  });

  it('refuses an empty statement with a message and stores nothing', async () => {
    const { user, db, meeting } = await renderPanel();
    const dialog = await openRecordForm(user);
    await submit(user, dialog);
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Enter what was decided.');
    expect(await db.decisions.where('meetingId').equals(meeting.id).count()).toBe(0);
  });

  it('supersedes a decision of an earlier meeting, found by its statement', async () => {
    const { user, db, old } = await renderPanel();
    const dialog = await openRecordForm(user);
    await user.keyboard('Price list 2027 gets a 3 % rise for Iberia.');
    await user.selectOptions(within(dialog).getByLabelText('Accountable owner'), 'Ana Ruiz');
    await user.type(within(dialog).getByRole('searchbox', { name: 'Search earlier decisions' }), 'price');
    await user.selectOptions(
      within(dialog).getByLabelText('Supersedes'),
      'D-1 — Price list 2027 stays as it is.',
    );
    expect(within(dialog).getByRole('region', { name: 'Reopening D-1: what is new?' })).toBeTruthy();
    await submit(user, dialog);
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'D-1 was decided. Name the condition that was met or what is new before it is reopened.',
    );
    expect((await db.decisions.get(old.id))?.status).toBe('decided');
    await user.type(within(dialog).getByLabelText('What is new?'), 'Iberian costs rose 4 %.');
    await submit(user, dialog);
    await screen.findByRole('list', { name: 'Decision register' });
    await waitFor(async () =>
      expect((await db.decisions.get(old.id))?.reopenedBecause?.text).toBe('Iberian costs rose 4 %.'),
    );
    await waitFor(async () => expect((await db.decisions.get(old.id))?.status).toBe('superseded'));
    expect(await db.decisions.where('number').equals(2).first()).toMatchObject({
      supersedesId: old.id,
      status: 'decided',
    });
  });

  it('keeps a decision with an objection proposed until the objection is confirmed with a note', async () => {
    const { user, db, meeting } = await renderPanel();
    const dialog = await openRecordForm(user);
    await user.keyboard('Lead hand-over moves to the new scoring model.');
    await user.selectOptions(within(dialog).getByLabelText('Accountable owner'), 'Ana Ruiz');
    await user.selectOptions(within(dialog).getByLabelText('Stance of Marketing'), 'Agree');
    await user.selectOptions(within(dialog).getByLabelText('Stance of Sales'), 'Object');
    await submit(user, dialog);
    expect(
      await screen.findByText(
        'D-2 is saved as proposed because Sales objects. Mark it decided only with a confirmation.',
      ),
    ).toBeTruthy();
    const entry = within(screen.getByRole('list', { name: 'Decision register' })).getByRole('listitem');
    expect(entry.textContent).toContain('Proposed');
    expect(entry.textContent).toContain('Sales: Object');

    await user.click(within(entry).getByRole('button', { name: 'Mark D-2 decided' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Sales objects to D-2' });
    await user.click(within(confirm).getByRole('button', { name: 'Mark decided despite the objection' }));
    expect((await within(confirm).findByRole('alert')).textContent).toBe(
      'Confirm that Sales is overruled, or leave the decision proposed.',
    );
    await user.click(
      within(confirm).getByRole('checkbox', { name: 'Decide despite the objection of Sales' }),
    );
    await user.click(within(confirm).getByRole('button', { name: 'Mark decided despite the objection' }));
    expect((await within(confirm).findByRole('alert')).textContent).toBe(
      'Record why D-2 stands despite the objection of Sales.',
    );
    const stored = await db.decisions.where('meetingId').equals(meeting.id).first();
    expect(stored?.status).toBe('proposed');

    await user.type(
      within(confirm).getByLabelText('Why the decision stands despite the objection'),
      'The scoring pilot ends in March.',
    );
    await user.click(within(confirm).getByRole('button', { name: 'Mark decided despite the objection' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(await db.decisions.get(stored?.id ?? '')).toMatchObject({
      status: 'decided',
      rationale: 'Decided despite the objection of Sales: The scoring pilot ends in March.',
    });
  });

  it('names both objecting sides with a verb that agrees, and decides over both by keyboard', async () => {
    const { user, db, meeting } = await renderPanel();
    const dialog = await openRecordForm(user);
    await user.keyboard('Trade fair budget moves to digital events.');
    await user.selectOptions(within(dialog).getByLabelText('Accountable owner'), 'Ana Ruiz');
    await user.selectOptions(within(dialog).getByLabelText('Stance of Marketing'), 'Object');
    await user.selectOptions(within(dialog).getByLabelText('Stance of Sales'), 'Object');
    await submit(user, dialog);
    expect(
      await screen.findByText(
        'D-2 is saved as proposed because Marketing and Sales object. Mark it decided only with a confirmation.',
      ),
    ).toBeTruthy();
    const entry = within(screen.getByRole('list', { name: 'Decision register' })).getByRole('listitem');
    await user.click(within(entry).getByRole('button', { name: 'Mark D-2 decided' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Marketing and Sales object to D-2' });
    const submitButton = within(confirm).getByRole('button', { name: 'Mark decided despite the objection' });
    await user.click(submitButton);
    expect((await within(confirm).findByRole('alert')).textContent).toBe(
      'Confirm that Marketing and Sales are overruled, or leave the decision proposed.',
    );
    const check = within(confirm).getByRole('checkbox', {
      name: 'Decide despite the objection of Marketing and Sales',
    });
    // From Save back to the confirmation: Cancel, the note, the checkbox.
    await user.keyboard('{Shift>}{Tab}{Tab}{Tab}{/Shift}');
    expect(document.activeElement).toBe(check);
    await user.keyboard(' ');
    expect((check as HTMLInputElement).checked).toBe(true);
    await user.tab();
    await user.keyboard('Both budgets are cut anyway.');
    await user.tab();
    await user.tab();
    expect(document.activeElement).toBe(submitButton);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    const stored = await db.decisions.where('meetingId').equals(meeting.id).first();
    expect(stored).toMatchObject({
      status: 'decided',
      rationale: 'Decided despite the objection of Marketing and Sales: Both budgets are cut anyway.',
    });
  });

  it('marks a decision without an owner as proposed and refuses to decide it', async () => {
    const { user } = await renderPanel();
    const dialog = await openRecordForm(user);
    await user.keyboard('Trade fair budget is shared half and half.');
    await submit(user, dialog);
    expect(
      await screen.findByText(
        'D-2 is saved as proposed: it counts as decided once it has an accountable owner.',
      ),
    ).toBeTruthy();
    const entry = within(screen.getByRole('list', { name: 'Decision register' })).getByRole('listitem');
    expect(entry.textContent).toContain('needs an accountable owner');
    await user.click(within(entry).getByRole('button', { name: 'Mark D-2 decided' }));
    expect(
      await screen.findByText(
        'D-2 needs an accountable owner before it counts as decided. Edit it and name one.',
      ),
    ).toBeTruthy();
    await user.click(within(entry).getByRole('button', { name: 'Revoke D-2' }));
    expect(await within(entry).findByText('Revoked')).toBeTruthy();
  });

  it('records stances on a proposed decision, names its owner by editing, then marks it decided', async () => {
    const { user, db, ana } = await renderPanel();
    const dialog = await openRecordForm(user);
    await user.keyboard('Joint lead definition applies from January.');
    await submit(user, dialog);
    const list = await screen.findByRole('list', { name: 'Decision register' });
    const entry = within(list).getByRole('listitem');

    await user.click(within(entry).getByRole('button', { name: 'Record stances on D-2' }));
    const stances = await screen.findByRole('dialog', { name: 'Record stances on D-2' });
    await user.selectOptions(within(stances).getByLabelText('Stance of Marketing'), 'Agree');
    await user.selectOptions(within(stances).getByLabelText('Stance of Sales'), 'Agree');
    await user.click(within(stances).getByRole('button', { name: 'Save stances' }));
    expect(await within(entry).findByText('Sales: Agree')).toBeTruthy();

    await user.click(within(entry).getByRole('button', { name: 'Edit D-2' }));
    const edit = await screen.findByRole('dialog', { name: 'Edit D-2' });
    expect((within(edit).getByLabelText('Statement') as HTMLTextAreaElement).value).toBe(
      'Joint lead definition applies from January.',
    );
    // Stances of a stored decision change only through Record stances, never silently in an edit.
    expect(within(edit).queryByLabelText('Stance of Marketing')).toBeNull();
    await user.selectOptions(within(edit).getByLabelText('Accountable owner'), 'Ana Ruiz');
    await user.click(within(edit).getByRole('button', { name: 'Save decision' }));
    expect(await within(entry).findByText('Owner: Ana Ruiz')).toBeTruthy();

    await user.click(within(entry).getByRole('button', { name: 'Mark D-2 decided' }));
    expect(await within(entry).findByText('Decided')).toBeTruthy();
    expect(within(entry).queryByRole('button', { name: 'Record stances on D-2' })).toBeNull();
    expect(await db.decisions.where('number').equals(2).first()).toMatchObject({
      status: 'decided',
      accountablePersonId: ana.id,
      stanceMarketing: 'agree',
      stanceSales: 'agree',
    });
  });

  it('shows both versions when another window saved the decision first, and saves on top of theirs once taken', async () => {
    const { user, db, workspace } = await renderPanel();
    const dialog = await openRecordForm(user);
    await user.keyboard('Joint lead definition applies from January.');
    await submit(user, dialog);
    const list = await screen.findByRole('list', { name: 'Decision register' });
    const entry = within(list).getByRole('listitem');
    await user.click(within(entry).getByRole('button', { name: 'Edit D-2' }));
    const edit = await screen.findByRole('dialog', { name: 'Edit D-2' });

    // The other window saves a rationale while this dialog still shows the old decision.
    const stored = await db.decisions.where('number').equals(2).first();
    const theirs = {
      ...blankDecision,
      statement: 'Joint lead definition applies from January.',
      rationale: 'Both sides count leads the same way.',
    };
    expect((await workspace.decisions.update(stored?.id ?? '', theirs, stored?.updatedAt)).ok).toBe(true);

    await user.type(within(edit).getByLabelText('Rationale'), 'Sales Iberia asked for it.');
    await user.click(within(edit).getByRole('button', { name: 'Save decision' }));
    const alert = await within(edit).findByRole('alert');
    expect(within(alert).getByText('Changed in another window')).toBeTruthy();
    const versions = within(alert).getByRole('group', { name: 'Rationale' });
    expect(within(versions).getByText('Both sides count leads the same way.')).toBeTruthy();
    expect(within(versions).getByText('Sales Iberia asked for it.')).toBeTruthy();
    // Nothing of theirs was overwritten.
    expect((await db.decisions.get(stored?.id ?? ''))?.rationale).toBe(
      'Both sides count leads the same way.',
    );

    await user.click(within(alert).getByRole('button', { name: 'Take theirs' }));
    expect((within(edit).getByLabelText('Rationale') as HTMLTextAreaElement).value).toBe(
      'Both sides count leads the same way.',
    );
    await user.type(within(edit).getByLabelText('Rationale'), ' Sales Iberia asked for it.');
    await user.click(within(edit).getByRole('button', { name: 'Save decision' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit D-2' })).toBeNull());
    expect((await db.decisions.get(stored?.id ?? ''))?.rationale).toBe(
      'Both sides count leads the same way. Sales Iberia asked for it.',
    );
  });

  it('speaks German', async () => {
    const { user } = await renderPanel('de');
    expect(screen.getByRole('heading', { name: 'Entscheidungsregister' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Entscheidung festhalten' }));
    const dialog = await screen.findByRole('dialog', { name: 'Entscheidung festhalten' });
    expect(within(dialog).getByLabelText('Wortlaut')).toBeTruthy();
    expect(within(dialog).getByLabelText('Verantwortlich (Accountable)')).toBeTruthy();
    expect(within(dialog).getByRole('option', { name: 'Entscheidung der Leitung' })).toBeTruthy();
    expect(within(dialog).getAllByRole('option', { name: 'Zustimmung mit Vorbehalt' })).toHaveLength(2);
    expect(within(dialog).getByLabelText('Haltung des Vertriebs')).toBeTruthy();
  });
});
