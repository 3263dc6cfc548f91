/**
 * Every capture form starts empty, or from the defaults it shows, for every capture: two captures
 * in a row, the second holds nothing of the first unless chosen (issue 14: an action's owner
 * carried over to the next action). For each form, the first capture sets every field it can to a
 * value other than its default; after it, the form (reopened, for a dialog) shows exactly what it
 * showed before the first, and a second capture with only the required text stores defaults.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ActionsPanel } from '../../renderer/features/actions/ActionsPanel';
import { ParkingLotSection } from '../../renderer/features/actions/ParkingLotSection';
import { ConflictLogPanel } from '../../renderer/features/conflicts/ConflictLogPanel';
import { DecisionsPanel } from '../../renderer/features/decisions/DecisionsPanel';
import { KnowledgePanel } from '../../renderer/features/knowledge/KnowledgePanel';
import { QuickKnowledge } from '../../renderer/features/knowledge/QuickKnowledge';
import { AttachedDefinitions } from '../../renderer/features/definitions/AttachedDefinitions';
import { DefinitionsScreen } from '../../renderer/features/definitions/DefinitionsScreen';
import { PeopleScreen } from '../../renderer/features/people/PeopleScreen';
import { AddAgendaItemForm } from '../../renderer/features/prepare/AddAgendaItemForm';
import { useDefinitionsUi } from '../../renderer/state/definitions-ui';
import { usePeopleUi } from '../../renderer/state/people-ui';
import { freshWorkspace, renderWithProviders } from './render-with-providers';
import { agenda, attendance, panelProps, seedRunningMeeting } from './run-panel-fixture';

type User = ReturnType<typeof renderWithProviders>['user'];

/**
 * The form named `name`: on the run screen a quick-capture opens from its button (and closes after
 * a save), so `quick` opens it first; elsewhere the form stands open.
 */
async function formNamed(user: User, name: string, quick: boolean): Promise<HTMLElement> {
  if (quick) await user.click(await screen.findByRole('button', { name }));
  return screen.findByRole('form', { name });
}

/** What every field of a form shows: value, or checked for boxes and radios, in document order. */
function shown(root: HTMLElement): string[] {
  return [...root.querySelectorAll<HTMLInputElement>('input, select, textarea')].map((field) =>
    field.type === 'checkbox' || field.type === 'radio' ? `${field.type}:${field.checked}` : field.value,
  );
}

/**
 * Sets every field of `root` to something other than it shows: text is typed, dates set, the last
 * other option chosen, boxes ticked, the last radio of a group picked. `skip` names fields to leave.
 */
async function fillEverything(user: User, root: HTMLElement, text: string, skip: readonly string[] = []) {
  const fields = [...root.querySelectorAll<HTMLInputElement>('input, select, textarea')];
  for (const field of fields) {
    if (skip.some((label) => field.labels?.[0]?.textContent?.startsWith(label))) continue;
    if (field instanceof HTMLSelectElement) {
      const other = [...field.options].reverse().find((option) => option.value !== field.value);
      if (other) await user.selectOptions(field, other);
    } else if (field.type === 'checkbox') {
      await user.click(field);
    } else if (field.type === 'radio') {
      const group = fields.filter((candidate) => candidate.name === field.name);
      if (field === group.at(-1) && !field.checked) await user.click(field);
    } else if (field.type === 'date') {
      await user.clear(field);
      await user.type(field, '2027-01-15');
    } else if (field.inputMode === 'numeric') {
      await user.clear(field);
      await user.type(field, '25');
    } else {
      await user.clear(field);
      await user.type(field, text);
    }
  }
}

/**
 * Opens a capture dialog with `open`, notes what it shows, fills it with `fill`, saves with the
 * button `save` and, once it has closed, opens it again: it must show what it showed the first time.
 */
async function twiceInADialog(
  user: User,
  open: string,
  save: string,
  fill: (dialog: HTMLElement) => Promise<void>,
) {
  await user.click(await screen.findByRole('button', { name: open }));
  const first = await screen.findByRole('dialog');
  const before = shown(first);
  await fill(first);
  await user.click(within(first).getByRole('button', { name: save }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  await user.click(screen.getByRole('button', { name: open }));
  expect(shown(await screen.findByRole('dialog'))).toEqual(before);
}

afterEach(() => {
  useDefinitionsUi.setState({ dialog: { kind: 'none' }, query: '' });
  usePeopleUi.setState(usePeopleUi.getInitialState(), true);
});

async function renderRunning(panel: React.ReactElement) {
  const workspace = freshWorkspace();
  await seedRunningMeeting(workspace);
  return renderWithProviders(panel, { workspace });
}

describe('capture forms start empty for the next capture', () => {
  it('action items: the owner, due date, channel and link of one are not the next one’s', async () => {
    const { user, db } = await renderRunning(<ActionsPanel {...panelProps} />);
    let form = await formNamed(user, 'Add action item', true);
    await within(form).findByRole('option', { name: 'Ana Ruiz' });
    const before = shown(form);
    expect(before).toEqual(['', '', '', '', 'agenda:a2']);

    await fillEverything(user, form, 'Call Tom about the fair');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Owner' }), 'Ben Okafor');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Linked to' }), 'agenda:a1');
    await user.click(within(form).getByRole('button', { name: 'Add action item' }));
    await waitFor(async () => expect(await db.actionItems.count()).toBe(1));
    form = await formNamed(user, 'Add action item', true);
    await within(form).findByRole('option', { name: 'Ana Ruiz' });
    expect(shown(form)).toEqual(before);

    await user.type(within(form).getByRole('textbox', { name: 'What' }), 'Update competitor prices{Enter}');
    await waitFor(async () => expect(await db.actionItems.count()).toBe(2));
    const stored = await db.actionItems.toArray();
    const first = stored.find((item) => item.what === 'Call Tom about the fair');
    const second = stored.find((item) => item.what === 'Update competitor prices');
    expect(first).toMatchObject({ ownerPersonId: 'ben', dueDate: '2027-01-15', agendaItemId: 'a1' });
    expect(second).toMatchObject({ what: 'Update competitor prices', agendaItemId: 'a2' });
    expect(second?.ownerPersonId).toBeUndefined();
    expect(second?.dueDate).toBeUndefined();
    expect(second?.channel).toBeUndefined();
    expect(second?.decisionId).toBeUndefined();
  });

  /** Adds a fact or question with everything set, then one with only its text: both as stored. */
  async function twoKnowledgeCaptures(
    { user, db }: Pick<ReturnType<typeof renderWithProviders>, 'user' | 'db'>,
    quick = false,
  ) {
    let form = await formNamed(user, 'Add fact or question', quick);
    const before = shown(form);
    await fillEverything(user, form, 'How many leads came from the fair?');
    await user.click(within(form).getByRole('button', { name: 'Add fact or question' }));
    await waitFor(async () => expect(await db.knowledgeItems.count()).toBe(1));
    if (quick) form = await formNamed(user, 'Add fact or question', quick);
    await waitFor(() => expect(shown(form)).toEqual(before));

    await user.type(within(form).getByRole('textbox', { name: 'Text' }), 'Churn fell in Q3.{Enter}');
    await waitFor(async () => expect(await db.knowledgeItems.count()).toBe(2));
    const stored = await db.knowledgeItems.toArray();
    const second = stored.find((item) => item.text === 'Churn fell in Q3.');
    expect(second).toMatchObject({ kind: 'fact' });
    expect(second?.topic ?? '').toBe('');
    return { first: stored.find((item) => item !== second), second };
  }

  it('facts and questions in Prepare: kind, topic, department and agenda item start afresh', async () => {
    const { first, second } = await twoKnowledgeCaptures(
      await renderRunning(
        <KnowledgePanel meetingId="m1" agendaItems={agenda.map(({ id, title }) => ({ id, title }))} />,
      ),
    );
    expect(first).toMatchObject({
      kind: 'question',
      agendaItemId: 'a2',
      topic: 'How many leads came from the fair?',
    });
    expect(second?.agendaItemId).toBeUndefined();
    expect(second?.broughtByDepartmentId).not.toBe(first?.broughtByDepartmentId);
  });

  it('facts and questions while running: the next one belongs to the running item again', async () => {
    const { first, second } = await twoKnowledgeCaptures(
      await renderRunning(<QuickKnowledge meetingId="m1" agenda={agenda} activeItem={agenda[1]} />),
      true,
    );
    expect(first).toMatchObject({ kind: 'question', agendaItemId: 'a1' });
    expect(second?.agendaItemId).toBe('a2');
  });

  it('parking lot: the next point starts empty', async () => {
    const { user, db } = await renderRunning(<ParkingLotSection meetingId="m1" activeItem={agenda[1]} />);
    let form = await formNamed(user, 'Add to parking lot', true);
    const before = shown(form);
    await fillEverything(user, form, 'Pricing for partners');
    await user.click(within(form).getByRole('button', { name: 'Add to parking lot' }));
    await waitFor(async () => expect(await db.parkingLot.count()).toBe(1));
    form = await formNamed(user, 'Add to parking lot', true);
    expect(shown(form)).toEqual(before);
  });

  it('agenda items: kind, timebox, description and presenters start from the defaults shown', async () => {
    const { user, db, container } = await renderRunning(
      <AddAgendaItemForm meetingId="m1" attendance={attendance} />,
    );
    await screen.findByText('Ana Ruiz');
    const form = container.querySelector('form');
    if (!form) throw new Error('the form is missing');
    const before = shown(form);
    await fillEverything(user, form, 'Fair planning');
    await user.click(within(form).getByRole('button', { name: 'Add agenda item' }));
    await waitFor(async () => expect(await db.agendaItems.count()).toBe(3));
    await waitFor(() => expect(shown(form)).toEqual(before));

    await user.type(within(form).getByRole('textbox', { name: 'Item title' }), 'Wrap-up');
    await user.click(within(form).getByRole('button', { name: 'Add agenda item' }));
    await waitFor(async () => expect(await db.agendaItems.count()).toBe(4));
    const added = (await db.agendaItems.toArray()).sort((a, b) => a.position - b.position);
    expect(added[2]).toMatchObject({ title: 'Fair planning', timeboxMinutes: 25 });
    expect(added[2]?.presenterIds).toHaveLength(3);
    expect(added[3]).toMatchObject({
      title: 'Wrap-up',
      kind: 'discussion',
      timeboxMinutes: 15,
      description: '',
    });
    expect(added[3]?.presenterIds).toEqual([]);
    expect(added[3]?.kind).not.toBe(added[2]?.kind);
  });

  it('conflict points: the dialog opens empty again after a point is logged', async () => {
    const { user, db } = await renderRunning(
      <ConflictLogPanel
        meeting={panelProps.meeting}
        agenda={agenda}
        activeItem={agenda[1]}
        attendance={attendance}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Log point' }));
    let dialog = await screen.findByRole('dialog', { name: 'Log point' });
    await within(dialog).findAllByRole('option', { name: /Ana Ruiz/ });
    const before = shown(dialog);
    await fillEverything(user, dialog, 'Who pays for the booth?');
    await user.click(within(dialog).getByRole('button', { name: 'Log point' }));
    await waitFor(async () => expect(await db.conflictPoints.count()).toBe(1));

    await user.click(await screen.findByRole('button', { name: 'Log point' }));
    dialog = await screen.findByRole('dialog', { name: 'Log point' });
    await within(dialog).findAllByRole('option', { name: /Ana Ruiz/ });
    expect(shown(dialog)).toEqual(before);
  });

  it('decisions: the Record decision dialog opens empty again after a decision is recorded', async () => {
    const { user, db } = await renderRunning(<DecisionsPanel {...panelProps} />);
    await user.click(await screen.findByRole('button', { name: 'Record decision' }));
    let dialog = await screen.findByRole('dialog', { name: 'Record decision' });
    await within(dialog).findAllByRole('option', { name: 'Ana Ruiz' });
    const before = shown(dialog);
    await user.type(within(dialog).getByLabelText('Statement'), 'Leads count after a call');
    await user.selectOptions(within(dialog).getByLabelText('Method'), 'Consent');
    await user.selectOptions(within(dialog).getByLabelText('Accountable owner'), 'Ana Ruiz');
    await user.type(within(dialog).getByLabelText('Due date'), '2027-03-01');
    await user.selectOptions(within(dialog).getByLabelText('Stance of Marketing'), 'Agree');
    await user.selectOptions(within(dialog).getByLabelText('Stance of Sales'), 'Agree');
    within(dialog).getByRole('button', { name: 'Record decision' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(async () => expect(await db.decisions.count()).toBe(1));

    await user.click(await screen.findByRole('button', { name: 'Record decision' }));
    dialog = await screen.findByRole('dialog', { name: 'Record decision' });
    await within(dialog).findAllByRole('option', { name: 'Ana Ruiz' });
    expect(shown(dialog)).toEqual(before);
  });

  it('people: the Add person dialog opens empty again, its department the first one as shown', async () => {
    const { user, db } = await renderRunning(<PeopleScreen />);
    await screen.findByRole('heading', { level: 2, name: 'Departments' });
    await twiceInADialog(user, 'Add person', 'Add', async (dialog) => {
      await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Tom Weber');
      await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Department' }), 'Sales');
      await user.type(within(dialog).getByRole('textbox', { name: 'Organisation unit' }), 'Sales DACH');
      await user.type(
        within(dialog).getByRole('textbox', { name: 'Email (optional)' }),
        'tom@example.invalid',
      );
    });
    expect(await db.people.where('name').equals('Tom Weber').count()).toBe(1);
  });

  it('definitions: the Add definition dialog opens empty again', async () => {
    const { user, db } = await renderRunning(<DefinitionsScreen />);
    await twiceInADialog(user, 'Add definition', 'Save', (dialog) =>
      fillEverything(user, dialog, 'Qualified lead'),
    );
    expect(await db.definitions.count()).toBe(1);
  });

  it('definitions made while preparing: the New definition form opens empty again', async () => {
    const { user, db } = await renderRunning(<AttachedDefinitions meetingId="m1" />);
    const region = await screen.findByRole('region', { name: 'Agreed definitions' });
    await user.click(within(region).getByRole('button', { name: 'New definition' }));
    let form = await within(region).findByRole('form', { name: 'New definition' });
    const before = shown(form);
    await fillEverything(user, form, 'Churn');
    await user.click(within(form).getByRole('button', { name: 'Add definition' }));
    await waitFor(async () => expect(await db.definitions.count()).toBe(1));
    await user.click(await within(region).findByRole('button', { name: 'New definition' }));
    form = await within(region).findByRole('form', { name: 'New definition' });
    expect(shown(form)).toEqual(before);
  });
});
