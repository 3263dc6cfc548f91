// One undo for every kind: a deletion or archiving is offered in the app shell's one notice, and
// Ctrl+Z (outside text fields) or its Undo button brings the stored row back on screen.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ActionsPanel } from '../../renderer/features/actions/ActionsPanel';
import { KnowledgePanel } from '../../renderer/features/knowledge/KnowledgePanel';
import { PersonRow } from '../../renderer/features/people/PersonRow';
import { GroundRulesSection } from '../../renderer/features/prepare/GroundRulesSection';
import { freshWorkspace, renderWithProviders } from './render-with-providers';
import { meeting, panelProps, people, seedRunningMeeting } from './run-panel-fixture';

const ctrlZ = '{Control>}z{/Control}';

describe('one undo', () => {
  it('brings back a deleted knowledge item with Ctrl+Z', async () => {
    const workspace = freshWorkspace();
    await seedRunningMeeting(workspace);
    const created = await workspace.knowledge.create('m1', {
      kind: 'fact',
      text: 'Churn is 4 %',
      topic: '',
      departmentId: 'marketing',
      agendaItemId: '',
    });
    if (!created.ok) throw new Error('refused');
    const { user, db } = renderWithProviders(<KnowledgePanel meetingId="m1" agendaItems={[]} />, {
      workspace,
    });
    await user.click(await screen.findByRole('button', { name: 'Delete “Churn is 4 %”' }));
    await waitFor(() => expect(screen.queryByText('Churn is 4 %')).toBeNull());
    await user.keyboard(ctrlZ);
    expect(await screen.findByText('Churn is 4 %')).toBeTruthy();
    expect((await db.knowledgeItems.get(created.value.id))?.deletedAt).toBeUndefined();
  });

  it('brings back a deleted action item with a click on Undo', async () => {
    const workspace = freshWorkspace();
    await seedRunningMeeting(workspace);
    const draft = { ownerPersonId: '', dueDate: '', channel: '', decisionId: '', agendaItemId: '' } as const;
    await workspace.actions.create('m1', { ...draft, what: 'Send the table' });
    const { user, db } = renderWithProviders(<ActionsPanel {...panelProps} />, { workspace });
    await user.click(await screen.findByRole('button', { name: 'Delete “Send the table”' }));
    await waitFor(() => expect(screen.queryByText('Send the table')).toBeNull());
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Send the table')).toBeTruthy();
    expect((await db.actionItems.toArray()).every((item) => item.deletedAt === undefined)).toBe(true);
  });

  it('puts a removed ground rule back in its place with Ctrl+Z', async () => {
    const workspace = freshWorkspace();
    const rules = ['Facts first', 'No email afterwards', 'Argue about the matter'];
    await seedRunningMeeting(workspace);
    await workspace.meetings.setGroundRules('m1', rules);
    const { user, db } = renderWithProviders(
      <GroundRulesSection meeting={{ ...meeting, groundRules: rules }} />,
      { workspace },
    );
    await user.click(screen.getByRole('button', { name: 'Remove ground rule 2' }));
    await waitFor(async () => expect((await db.meetings.get('m1'))?.groundRules).toHaveLength(2));
    await user.keyboard(ctrlZ);
    await waitFor(async () => expect((await db.meetings.get('m1'))?.groundRules).toEqual(rules));
    expect(screen.getByRole('textbox', { name: 'Ground rule 2' })).toHaveProperty('value', rules[1]);
  });

  it('unarchives a person with Ctrl+Z, but leaves Ctrl+Z in a text field to the field', async () => {
    const workspace = freshWorkspace();
    await seedRunningMeeting(workspace);
    const person = people[0];
    if (!person) throw new Error('no person');
    const { user, db } = renderWithProviders(
      <>
        <input aria-label="Scratch" />
        <PersonRow person={person} />
      </>,
      { workspace },
    );
    await user.click(screen.getByRole('button', { name: `Archive ${person.name}` }));
    await waitFor(async () => expect((await db.people.get(person.id))?.archived).toBe(true));
    await screen.findByText(`${person.name} archived.`);
    await user.click(screen.getByRole('textbox', { name: 'Scratch' }));
    await user.keyboard(ctrlZ);
    expect((await db.people.get(person.id))?.archived).toBe(true);
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    await user.keyboard(ctrlZ);
    await waitFor(async () => expect((await db.people.get(person.id))?.archived).toBe(false));
    expect(await screen.findByText(`Undone: ${person.name} archived.`)).toBeTruthy();
  });
});
