import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConflictDraft } from '../../renderer/domain/conflicts';
import type { Language } from '../../renderer/domain/types';
import { ConflictLogPanel } from '../../renderer/features/conflicts/ConflictLogPanel';
import { freshWorkspace, renderWithProviders } from './render-with-providers';

/** A meeting with one agenda item, made through the workspace as the app makes them. */
async function runningMeeting() {
  const workspace = freshWorkspace();
  const meeting = await workspace.meetings.create({
    title: 'Q1 joint strategy',
    date: '2026-11-27',
    startTime: '09:00',
    language: 'en',
  });
  if (!meeting.ok) throw new Error('meeting refused');
  const item = await workspace.agenda.add(meeting.value.id, {
    title: 'Lead hand-over',
    description: '',
    kind: 'discussion',
    timeboxMinutes: 30,
    presenterIds: [],
  });
  if (!item.ok) throw new Error('agenda item refused');
  return { workspace, meeting: meeting.value, item: item.value };
}

async function renderPanel(language: Language = 'en') {
  const { workspace, meeting, item } = await runningMeeting();
  const view = renderWithProviders(
    <ConflictLogPanel meeting={meeting} agenda={[item]} activeItem={item} attendance={[]} />,
    { workspace, language },
  );
  return { ...view, meeting, item };
}

/** The entries of the conflict list as shown now. */
function shownPoints(): HTMLElement[] {
  return within(screen.getByRole('list', { name: 'Conflict points' })).getAllByRole('listitem');
}

type View = Awaited<ReturnType<typeof renderPanel>>;

function draft(statement: string, level: ConflictDraft['level'], agendaItemId: string): ConflictDraft {
  return {
    statement,
    level,
    category: '',
    departmentId: '',
    personId: '',
    positionMarketing: '',
    positionSales: '',
    agendaItemId,
    private: false,
  };
}

/** Logs a point by keyboard only: Alt+L, the statement, Alt+1 or Alt+2 for the level, Enter. */
async function logByKeyboard({ user }: View, statement: string, levelKey: '1' | '2') {
  await user.keyboard('{Alt>}l{/Alt}');
  const dialog = await screen.findByRole('dialog', { name: 'Log point' });
  expect(document.activeElement).toBe(within(dialog).getByRole('textbox', { name: 'Statement' }));
  await user.keyboard(statement);
  await user.keyboard(`{Alt>}${levelKey}{/Alt}`);
  await user.keyboard('{Enter}');
}

async function entryFor(statement: string) {
  const list = await screen.findByRole('list', { name: 'Conflict points' });
  const text = await within(list).findByText(statement, { selector: '.conflict-statement' });
  const entry = text.closest('li');
  if (!entry) throw new Error('no entry');
  return entry;
}

describe('the Conflict log', () => {
  it('logs a content and a relationship point by keyboard only, on the running item', async () => {
    const view = await renderPanel();
    await logByKeyboard(view, 'The lead definitions differ', '1');
    expect(await entryFor('The lead definitions differ')).toBeTruthy();
    await logByKeyboard(view, 'We are never asked before campaigns start', '2');
    const entry = await entryFor('We are never asked before campaigns start');
    expect(within(entry).getByText('Relationship issue')).toBeTruthy();
    expect(within(entry).getByText('Open')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    const stored = await view.db.conflictPoints.orderBy('[meetingId+createdAt]').toArray();
    expect(stored).toMatchObject([
      { level: 'content', agendaItemId: view.item.id, meetingId: view.meeting.id, status: 'open' },
      { level: 'relationship', agendaItemId: view.item.id },
    ]);
    // The balance is read again once the write has committed, a moment after the log's page.
    const balance = screen.getByRole('group', { name: 'Balance' });
    await waitFor(() => expect(balance.textContent).toContain('This item: Content 1 · Relationship 1'));
    expect(balance.textContent).toContain('Whole meeting: Content 1 · Relationship 1');
  });

  it('lists a logged point once, and not again after it was deleted elsewhere', async () => {
    const view = await renderPanel();
    await logByKeyboard(view, 'Discount bands differ', '1');
    await entryFor('Discount bands differ');
    // The live log reads the stored point back: it is still listed once.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(
      within(screen.getByRole('list', { name: 'Conflict points' })).getAllByText('Discount bands differ'),
    ).toHaveLength(1);
    // Deleted in another window (through the database, not this panel): it leaves the list for good.
    const [stored] = await view.db.conflictPoints.toArray();
    if (!stored) throw new Error('not stored');
    await view.workspace.conflicts.softDelete(stored.id);
    // Promptly: a point this panel logged is listed on its own only until the live log holds it.
    await waitFor(() => expect(screen.queryByText('Discount bands differ')).toBeNull(), { timeout: 500 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByText('Discount bands differ')).toBeNull();
  });

  it('requires the level: without it, a message next to the choice and nothing saved', async () => {
    const view = await renderPanel();
    await view.user.keyboard('{Alt>}l{/Alt}');
    const dialog = await screen.findByRole('dialog', { name: 'Log point' });
    await view.user.keyboard('Budget is split unfairly{Enter}');
    const level = within(dialog).getByRole('group', { name: 'Level' });
    expect(within(level).getByRole('alert').textContent).toBe('Choose Content issue or Relationship issue.');
    expect(await view.db.conflictPoints.count()).toBe(0);
    await view.user.click(within(level).getByRole('radio', { name: 'Content issue' }));
    await view.user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Category' }),
      'Budget and resources',
    );
    await view.user.click(within(dialog).getByRole('button', { name: 'Log point' }));
    expect(await entryFor('Budget is split unfairly')).toBeTruthy();
    expect(await view.db.conflictPoints.toArray()).toMatchObject([{ category: 'budget-resources' }]);
  });

  it('marks a private point visibly in the list', async () => {
    const view = await renderPanel();
    await view.user.keyboard('{Alt>}l{/Alt}');
    const dialog = await screen.findByRole('dialog', { name: 'Log point' });
    await view.user.keyboard('Trust was broken at the fair{Alt>}2{/Alt}');
    await view.user.click(
      within(dialog).getByRole('checkbox', { name: 'Private: never projected, never exported with details' }),
    );
    await view.user.click(within(dialog).getByRole('button', { name: 'Log point' }));
    const entry = await entryFor('Trust was broken at the fair');
    expect(within(entry).getByText('Private')).toBeTruthy();
    expect(await view.db.conflictPoints.toArray()).toMatchObject([{ private: true }]);
  });

  it('reframes a relationship point as a prefilled, editable content question and links both', async () => {
    const view = await renderPanel();
    await view.workspace.conflicts.log(
      view.meeting.id,
      draft('Marketing decides over our heads', 'relationship', view.item.id),
    );
    await view.user.click(
      await screen.findByRole('button', {
        name: 'Reframe as content issue: “Marketing decides over our heads”',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Reframe as content issue' });
    const question = within(dialog).getByRole('textbox', { name: 'Content question' });
    expect((question as HTMLTextAreaElement).value).toBe(
      'What do we need to agree on about “Marketing decides over our heads”?',
    );
    await view.user.clear(question);
    await view.user.type(question, 'When is Sales consulted on the campaign calendar?{Enter}');
    expect(await entryFor('When is Sales consulted on the campaign calendar?')).toBeTruthy();
    const original = await entryFor('Marketing decides over our heads');
    expect(within(original).getByText('Reframed')).toBeTruthy();
    const [relationship, content] = await view.db.conflictPoints.orderBy('[meetingId+createdAt]').toArray();
    expect(relationship).toMatchObject({ status: 'reframed', reframedAsId: content?.id });
    expect(content).toMatchObject({ level: 'content', status: 'open', reframedFromId: relationship?.id });
  });

  it('shows the whole relationship point a reframe starts from, however long', async () => {
    const view = await renderPanel();
    const statement = `Our proposals for the spring campaign were passed over again, ${'and again, '.repeat(20)}without a word`;
    await view.workspace.conflicts.log(view.meeting.id, draft(statement, 'relationship', view.item.id));
    await view.user.click(await screen.findByRole('button', { name: /^Reframe as content issue: / }));
    const dialog = await screen.findByRole('dialog', { name: 'Reframe as content issue' });
    expect(within(dialog).getByText(`Relationship issue: ${statement}`)).toBeTruthy();
  });

  it('resolves a point only with a resolution, and shows it', async () => {
    const view = await renderPanel();
    await view.workspace.conflicts.log(
      view.meeting.id,
      draft('Lead scoring thresholds', 'content', view.item.id),
    );
    await view.user.click(await screen.findByRole('button', { name: 'Resolve “Lead scoring thresholds”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Resolve point' });
    await view.user.keyboard('{Enter}');
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Enter the resolution.');
    await view.user.keyboard('Score 60 and above goes to Sales{Enter}');
    const entry = await entryFor('Lead scoring thresholds');
    expect(await within(entry).findByText('Resolved')).toBeTruthy();
    expect(within(entry).getByText('Resolution: Score 60 and above goes to Sales')).toBeTruthy();
  });

  it('nudges gently toward the content level at three open relationship points', async () => {
    const view = await renderPanel();
    for (const statement of ['Nobody listens to us', 'They take the credit']) {
      await view.workspace.conflicts.log(view.meeting.id, draft(statement, 'relationship', ''));
    }
    await view.user.click(screen.getByRole('checkbox', { name: 'Whole meeting' }));
    await entryFor('They take the credit');
    expect(screen.queryByText(/relationship points are open/)).toBeNull();
    await logByKeyboard(view, 'Our territory is ignored', '2');
    const nudge = await screen.findByText(/3 relationship points are open/);
    expect(nudge.textContent).toContain('Reframing one as a content issue');
  });

  it('deletes a point softly and brings it back with Undo', async () => {
    const view = await renderPanel();
    await view.workspace.conflicts.log(
      view.meeting.id,
      draft('Price list is outdated', 'content', view.item.id),
    );
    await view.user.click(await screen.findByRole('button', { name: 'Delete “Price list is outdated”' }));
    expect(await screen.findByText('Deleted: Price list is outdated')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Conflict points' })).toBeNull());
    await view.user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await entryFor('Price list is outdated')).toBeTruthy();
  });

  it('brings a deleted point back with Ctrl+Z', async () => {
    const view = await renderPanel();
    await view.workspace.conflicts.log(
      view.meeting.id,
      draft('Leads arrive late', 'relationship', view.item.id),
    );
    await view.user.click(await screen.findByRole('button', { name: 'Delete “Leads arrive late”' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Conflict points' })).toBeNull());
    await view.user.keyboard('{Control>}z{/Control}');
    expect(await entryFor('Leads arrive late')).toBeTruthy();
    expect((await view.db.conflictPoints.toArray()).map((point) => point.deletedAt)).toEqual([undefined]);
  });

  it('renders the newest 50 points of a long log and shows more on request', async () => {
    const view = await renderPanel();
    const base = Date.parse('2026-11-27T09:00:00.000Z');
    await view.db.conflictPoints.bulkAdd(
      Array.from({ length: 55 }, (_, index) => ({
        id: `p${index}`,
        createdAt: new Date(base + index * 1000).toISOString(),
        updatedAt: new Date(base + index * 1000).toISOString(),
        meetingId: view.meeting.id,
        agendaItemId: view.item.id,
        statement: `Point ${index}`,
        level: index % 3 === 0 ? ('relationship' as const) : ('content' as const),
        positionMarketing: '',
        positionSales: '',
        status: 'resolved' as const,
        resolution: 'Agreed',
        private: false,
      })),
    );
    const list = await screen.findByRole('list', { name: 'Conflict points' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    expect(within(list).getAllByRole('listitem')[0]?.textContent).toContain('Point 54');
    expect(await screen.findByText('Showing 50 of 55')).toBeTruthy();
    await view.user.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(shownPoints()).toHaveLength(55));
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('counts every live point of a long log, not only the 50 shown, in the balance and the paging', async () => {
    const view = await renderPanel();
    const other = await view.workspace.agenda.add(view.meeting.id, {
      title: 'Pricing',
      description: '',
      kind: 'discussion',
      timeboxMinutes: 10,
      presenterIds: [],
    });
    if (!other.ok) throw new Error('agenda item refused');
    const base = Date.parse('2026-11-27T09:00:00.000Z');
    // 300 points: 240 on the running item (every fourth a relationship point), 60 on the other item
    // (all relationship points), and 10 of the running item's content points deleted.
    await view.db.conflictPoints.bulkAdd(
      Array.from({ length: 300 }, (_, index) => {
        const onItem = index < 240;
        const relationship = !onItem || index % 4 === 0;
        const at = new Date(base + index * 1000).toISOString();
        return {
          id: `p${String(index).padStart(3, '0')}`,
          createdAt: at,
          updatedAt: at,
          meetingId: view.meeting.id,
          agendaItemId: onItem ? view.item.id : other.value.id,
          statement: `Point ${index}`,
          level: relationship ? ('relationship' as const) : ('content' as const),
          positionMarketing: '',
          positionSales: '',
          status: 'resolved' as const,
          resolution: 'Agreed',
          private: false,
          ...(onItem && !relationship && index < 20 ? { deletedAt: at } : {}),
        };
      }),
    );
    // Running item: 60 relationship, 180 content less 15 deleted; the meeting adds 60 relationship.
    const balance = await screen.findByRole('group', { name: 'Balance' });
    await waitFor(() => {
      expect(balance.textContent).toContain('This item: Content 165 · Relationship 60');
      expect(balance.textContent).toContain('Whole meeting: Content 165 · Relationship 120');
    });
    expect(await screen.findByText('Showing 50 of 225')).toBeTruthy();
    await view.user.click(screen.getByRole('checkbox', { name: 'Whole meeting' }));
    expect(await screen.findByText('Showing 50 of 285')).toBeTruthy();
    const list = await screen.findByRole('list', { name: 'Conflict points' });
    expect(within(list).getAllByRole('listitem')[0]?.textContent).toContain('Point 299');
    await view.user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByText('Showing 100 of 285')).toBeTruthy();
    for (const shown of [150, 200, 250, 285]) {
      await view.user.click(screen.getByRole('button', { name: 'Show more' }));
      await waitFor(() => expect(shownPoints()).toHaveLength(shown));
    }
    expect(screen.queryByText('Point 5')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('speaks German: Konfliktprotokoll, Punkt erfassen, Sachebene and Beziehungsebene', async () => {
    const view = await renderPanel('de');
    expect(await screen.findByRole('region', { name: 'Konfliktprotokoll' })).toBeTruthy();
    await view.user.click(screen.getByRole('button', { name: 'Punkt erfassen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Punkt erfassen' });
    expect(within(dialog).getByRole('radio', { name: 'Sachebene' })).toBeTruthy();
    expect(within(dialog).getByRole('radio', { name: 'Beziehungsebene' })).toBeTruthy();
  });
});
