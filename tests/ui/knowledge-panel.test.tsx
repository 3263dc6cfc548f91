import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KnowledgePanel } from '../../renderer/features/knowledge/KnowledgePanel';
import { QuickKnowledge } from '../../renderer/features/knowledge/QuickKnowledge';
import { freshWorkspace, renderWithProviders } from './render-with-providers';
import { panelProps, seedRunningMeeting } from './run-panel-fixture';
import { statusWith } from './status';

const agendaItems = [
  { id: 'a1', title: 'Market update Iberia' },
  { id: 'a2', title: 'Lead hand-over' },
];

function renderPanel(language: 'en' | 'de' = 'en') {
  return renderWithProviders(<KnowledgePanel meetingId="m1" agendaItems={agendaItems} />, { language });
}

type User = ReturnType<typeof renderPanel>['user'];

async function addItem(user: User, kind: 'Fact' | 'Question', text: string, department = 'Sales') {
  const form = await screen.findByRole('form', { name: 'Add fact or question' });
  await user.click(within(form).getByRole('radio', { name: kind }));
  await user.type(within(form).getByRole('textbox', { name: 'Text' }), text);
  await user.selectOptions(within(form).getByRole('combobox', { name: 'Brought by' }), department);
  await user.click(within(form).getByRole('button', { name: 'Add fact or question' }));
}

describe('the Knowledge panel', () => {
  it('shows empty lists of facts and open questions under its heading', async () => {
    renderPanel();
    const region = await screen.findByRole('region', { name: 'Knowledge' });
    expect(await within(region).findByText('No facts yet.')).toBeTruthy();
    expect(within(region).getByRole('heading', { name: 'Facts' })).toBeTruthy();
    expect(within(region).getByRole('heading', { name: 'Open questions' })).toBeTruthy();
    expect(within(region).getByText('No open questions.')).toBeTruthy();
  });

  it('adds a fact with its department, topic and agenda item, and clears the text for the next one', async () => {
    const { user, db } = renderPanel();
    const form = await screen.findByRole('form', { name: 'Add fact or question' });
    await user.type(within(form).getByRole('textbox', { name: 'Topic (market or product)' }), 'Iberia');
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Agenda item' }),
      'Market update Iberia',
    );
    await addItem(user, 'Fact', 'Market share in Spain fell to 12 %.');
    const facts = await screen.findByRole('list', { name: 'Facts' });
    const entry = within(facts).getByRole('listitem');
    expect(entry.textContent).toContain('Market share in Spain fell to 12 %.');
    expect(entry.textContent).toContain('Brought by Sales');
    expect(entry.textContent).toContain('Agenda item: Market update Iberia');
    expect(entry.textContent).toContain('Iberia');
    expect((within(form).getByRole('textbox', { name: 'Text' }) as HTMLTextAreaElement).value).toBe('');
    expect(await db.knowledgeItems.toArray()).toMatchObject([
      { meetingId: 'm1', kind: 'fact', broughtByDepartmentId: 'sales', agendaItemId: 'a1', topic: 'Iberia' },
    ]);
  });

  it('refuses an empty text with a message and stores nothing', async () => {
    const { user, db } = renderPanel();
    const form = await screen.findByRole('form', { name: 'Add fact or question' });
    await user.click(within(form).getByRole('button', { name: 'Add fact or question' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('Enter a fact or a question.');
    expect(await db.knowledgeItems.count()).toBe(0);
  });

  it('adds a question by keyboard and answers it in place, which marks it answered', async () => {
    const { user, db } = renderPanel();
    const form = await screen.findByRole('form', { name: 'Add fact or question' });
    await user.click(within(form).getByRole('radio', { name: 'Question' }));
    await user.type(
      within(form).getByRole('textbox', { name: 'Text' }),
      'How many leads came from the fair?{Enter}',
    );
    const questions = await screen.findByRole('list', { name: 'Open questions' });
    expect(within(questions).getByText('Open')).toBeTruthy();

    const answer = within(questions).getByRole('textbox', {
      name: 'Answer to “How many leads came from the fair?”',
    });
    await user.type(answer, '412, of which 80 qualified{Enter}');
    expect(await within(questions).findByText('Answered')).toBeTruthy();
    expect(within(questions).getByText('412, of which 80 qualified')).toBeTruthy();
    expect(await db.knowledgeItems.toArray()).toMatchObject([
      { status: 'answered', answer: '412, of which 80 qualified' },
    ]);
  });

  it('edits a fact in place', async () => {
    const { user } = renderPanel();
    await addItem(user, 'Fact', 'Churn is 4 %.');
    await user.click(await screen.findByRole('button', { name: 'Edit “Churn is 4 %.”' }));
    const form = screen.getByRole('form', { name: 'Edit “Churn is 4 %.”' });
    const text = within(form).getByRole('textbox', { name: 'Text' });
    await user.clear(text);
    await user.type(text, 'Churn is 5 %.');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Churn is 5 %.')).toBeTruthy();
    expect(screen.queryByText('Churn is 4 %.')).toBeNull();
  });

  describe('when another window saved the item first', () => {
    /** Adds a fact, opens its edit form, and lets the other window save a new text meanwhile. */
    async function editWhileChanged({ user, db, workspace }: ReturnType<typeof renderPanel>) {
      await addItem(user, 'Fact', 'Churn is 4 %.');
      await user.click(await screen.findByRole('button', { name: 'Edit “Churn is 4 %.”' }));
      const form = screen.getByRole('form', { name: 'Edit “Churn is 4 %.”' });
      const [stored] = await db.knowledgeItems.toArray();
      if (!stored) throw new Error('fact not stored');
      const theirs = await workspace.knowledge.update(
        stored.id,
        { kind: 'fact', text: 'Churn is 5 %.', topic: 'Iberia', departmentId: 'sales', agendaItemId: '' },
        stored.updatedAt,
      );
      expect(theirs.ok).toBe(true);

      const text = within(form).getByRole('textbox', { name: 'Text' });
      await user.clear(text);
      await user.type(text, 'Churn is 6 %.');
      await user.click(within(form).getByRole('button', { name: 'Save' }));
      const alert = await within(form).findByRole('alert');
      expect(within(alert).getByText('Changed in another window')).toBeTruthy();
      const versions = within(alert).getByRole('group', { name: 'Text' });
      expect(within(versions).getByText('Churn is 5 %.')).toBeTruthy();
      expect(within(versions).getByText('Churn is 6 %.')).toBeTruthy();
      expect(within(alert).getByRole('group', { name: 'Topic (market or product)' })).toBeTruthy();
      // Nothing of theirs was overwritten.
      expect((await db.knowledgeItems.get(stored.id))?.text).toBe('Churn is 5 %.');
      return { form, alert, id: stored.id };
    }

    it('shows both versions of an edited fact, and Keep mine stores mine', async () => {
      const rendered = renderPanel();
      const { user, db } = rendered;
      const { alert, id } = await editWhileChanged(rendered);
      await user.click(within(alert).getByRole('button', { name: 'Keep mine' }));
      await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit “Churn is 4 %.”' })).toBeNull());
      expect(await screen.findByText('Churn is 6 %.')).toBeTruthy();
      expect((await db.knowledgeItems.get(id))?.text).toBe('Churn is 6 %.');
    });

    it('puts the stored fact into the form on Take theirs', async () => {
      const rendered = renderPanel();
      const { user, db } = rendered;
      const { form, alert, id } = await editWhileChanged(rendered);
      await user.click(within(alert).getByRole('button', { name: 'Take theirs' }));
      expect((within(form).getByRole('textbox', { name: 'Text' }) as HTMLTextAreaElement).value).toBe(
        'Churn is 5 %.',
      );
      expect(
        (within(form).getByRole('textbox', { name: 'Topic (market or product)' }) as HTMLInputElement).value,
      ).toBe('Iberia');
      expect(within(form).queryByRole('alert')).toBeNull();
      expect((await db.knowledgeItems.get(id))?.text).toBe('Churn is 5 %.');
    });

    it('keeps an answer being typed when the other window answers the question, and shows both', async () => {
      const { user, db, workspace } = renderPanel();
      await addItem(user, 'Question', 'How many leads came from the fair?');
      const questions = await screen.findByRole('list', { name: 'Open questions' });
      const field = within(questions).getByRole('textbox', {
        name: 'Answer to “How many leads came from the fair?”',
      });
      await user.type(field, '400');
      const [stored] = await db.knowledgeItems.toArray();
      if (!stored) throw new Error('question not stored');
      expect((await workspace.knowledge.answer(stored.id, '412', stored.updatedAt)).ok).toBe(true);

      await user.type(field, ' or so');
      await user.click(within(questions).getByRole('button', { name: 'Save answer' }));
      const alert = await within(questions).findByRole('alert');
      const versions = within(alert).getByRole('group', { name: 'Answer' });
      expect(within(versions).getByText('412')).toBeTruthy();
      expect(within(versions).getByText('400 or so')).toBeTruthy();
      expect((await db.knowledgeItems.get(stored.id))?.answer).toBe('412');

      await user.click(within(alert).getByRole('button', { name: 'Keep mine' }));
      expect(await within(questions).findByText('400 or so')).toBeTruthy();
      await waitFor(() => expect(within(questions).queryByRole('alert')).toBeNull());
      expect((await db.knowledgeItems.get(stored.id))?.answer).toBe('400 or so');
    });
  });

  it('answers against the question as stored when typing began, so an earlier change elsewhere is no conflict', async () => {
    const { user, db, workspace } = renderPanel();
    await addItem(user, 'Question', 'How many leads came from the fair?');
    const [stored] = await db.knowledgeItems.toArray();
    if (!stored) throw new Error('question not stored');
    const draft = { kind: 'question' as const, topic: '', departmentId: 'sales', agendaItemId: '' };
    const text = 'How many leads came from the spring fair?';
    expect((await workspace.knowledge.update(stored.id, { ...draft, text }, stored.updatedAt)).ok).toBe(true);
    const questions = await screen.findByRole('list', { name: 'Open questions' });
    await user.type(
      await within(questions).findByRole('textbox', { name: `Answer to “${text}”` }),
      '412{Enter}',
    );
    expect(await within(questions).findByText('Answered')).toBeTruthy();
    expect(within(questions).queryByRole('alert')).toBeNull();
    expect(await db.knowledgeItems.get(stored.id)).toMatchObject({ text, answer: '412' });
  });

  it('deletes an item at once and brings it back on Undo', async () => {
    const { user, db } = renderPanel();
    await addItem(user, 'Question', 'Who owns the distributor accounts?', 'Marketing');
    await user.click(
      await screen.findByRole('button', { name: 'Delete “Who owns the distributor accounts?”' }),
    );
    expect(await screen.findByText('No open questions.')).toBeTruthy();
    await waitFor(() => expect(statusWith('Deleted: Who owns the distributor accounts?')).toBeTruthy());

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Who owns the distributor accounts?')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull());
    expect((await db.knowledgeItems.toArray())[0]?.deletedAt).toBeUndefined();
  });

  it('speaks German, with the department names translated', async () => {
    const { user } = renderPanel('de');
    const region = await screen.findByRole('region', { name: 'Wissensstand' });
    const form = within(region).getByRole('form', { name: 'Fakt oder Frage hinzufügen' });
    await user.type(within(form).getByRole('textbox', { name: 'Text' }), 'Der Umsatz stieg um 8 %.');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Eingebracht von' }), 'Vertrieb');
    await user.click(within(form).getByRole('button', { name: 'Fakt oder Frage hinzufügen' }));
    const facts = await within(region).findByRole('list', { name: 'Fakten' });
    expect(within(facts).getByRole('listitem').textContent).toContain('Eingebracht vom Vertrieb');
    expect(within(region).getByRole('heading', { name: 'Offene Fragen' })).toBeTruthy();
    const options = within(form)
      .getByRole('combobox', { name: 'Eingebracht von' })
      .querySelectorAll('option');
    expect([...options].map((option) => option.textContent)).toEqual([
      'Nicht angegeben',
      'Marketing',
      'Vertrieb',
      'Produkt',
      'Geschäftsleitung',
      'Sonstige',
    ]);
  });
});

describe('quick capture of Knowledge while the meeting runs', () => {
  async function renderQuick(language: 'en' | 'de' = 'en') {
    const workspace = freshWorkspace();
    await seedRunningMeeting(workspace);
    const { meeting, agenda, activeItem } = panelProps;
    return renderWithProviders(
      <QuickKnowledge meetingId={meeting.id} agenda={agenda} activeItem={activeItem} />,
      {
        language,
        workspace,
      },
    );
  }

  it('captures a fact for the running item with Alt+Q', async () => {
    const { user, db } = await renderQuick();
    await screen.findByRole('button', { name: 'Add fact or question' });
    expect(screen.queryByRole('form', { name: 'Add fact or question' })).toBeNull();
    await user.keyboard('{Alt>}q{/Alt}');
    await screen.findByRole('form', { name: 'Add fact or question' });
    await user.paste('Market share in Spain fell to 12 %.');
    await user.keyboard('{Enter}');
    // The entry shows in the list at once; the quick-capture has closed.
    expect(await screen.findByText('Market share in Spain fell to 12 %.')).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Add fact or question' })).toBeNull();
    await waitFor(async () =>
      expect(await db.knowledgeItems.toArray()).toMatchObject([
        { meetingId: 'm1', agendaItemId: 'a2', kind: 'fact', text: 'Market share in Spain fell to 12 %.' },
      ]),
    );
  });

  it('speaks German', async () => {
    await renderQuick('de');
    expect(await screen.findByRole('heading', { name: 'Wissensstand' })).toBeTruthy();
  });
});
