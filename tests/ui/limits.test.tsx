// Past a limit (renderer/domain/limits.ts) a form says so in the user's language and stores
// nothing: 25,000 characters of notes, 201 scope tags.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../renderer/domain/types';
import { DecisionsPanel } from '../../renderer/features/decisions/DecisionsPanel';
import { NotesField } from '../../renderer/features/run/NotesField';
import { freshWorkspace, renderWithProviders } from './render-with-providers';

function ok<T>(outcome: { ok: true; value: T } | { ok: false }): T {
  if (!outcome.ok) throw new Error('fixture must be valid');
  return outcome.value;
}

async function meetingWithItem(language: Language) {
  const workspace = freshWorkspace();
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
  return { workspace, meeting, item };
}

describe('notes past their limit', () => {
  it.each([
    ['en', 'Notes on Spring campaign', 'Notes can hold 20,000 characters; shorten them to save them.'],
    [
      'de',
      'Notizen zu Spring campaign',
      'Notizen dürfen höchstens 20.000 Zeichen lang sein; zum Speichern bitte kürzen.',
    ],
  ] as const)(
    'are refused with a message in %s and the stored notes stay',
    async (language, label, message) => {
      const { workspace, item } = await meetingWithItem(language);
      await workspace.agenda.saveNotes(item.id, 'Split 60/40');
      const { user, db } = renderWithProviders(<NotesField item={{ ...item, notes: 'Split 60/40' }} />, {
        workspace,
        language,
      });
      const field = screen.getByLabelText(label);
      await user.click(field);
      await user.paste('x'.repeat(25_000));
      expect((await screen.findByRole('alert')).textContent).toBe(message);
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect((await db.agendaItems.get(item.id))?.notes).toBe('Split 60/40');
    },
  );
});

describe('scope tags past their limit', () => {
  it('are refused at the form with a message and nothing is recorded', async () => {
    const { workspace, meeting, item } = await meetingWithItem('en');
    const { user, db } = renderWithProviders(
      <DecisionsPanel meeting={meeting} agenda={[item]} activeItem={item} attendance={[]} />,
      { workspace },
    );
    await screen.findByRole('region', { name: 'Decision register' });
    await user.keyboard('{Alt>}e{/Alt}');
    const dialog = await screen.findByRole('dialog', { name: 'Record decision' });
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText('Statement')));
    await user.keyboard('Regional rollout');
    await user.click(within(dialog).getByLabelText(/^Scope/));
    await user.paste(Array.from({ length: 201 }, (_, index) => `Region ${index}`).join(', '));
    within(dialog).getByRole('button', { name: 'Record decision' }).focus();
    await user.keyboard('{Enter}');
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'Name 200 units or regions or fewer.',
    );
    expect(await db.decisions.count()).toBe(0);
  });
});
