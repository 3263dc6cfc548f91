// Autosaved notes on one agenda item shown in two windows (issue 14, part 4): the other window's
// notes reach this field only when that loses nothing; otherwise both versions are offered.
import { act, screen, waitFor, within } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../renderer/domain/types';
import { NotesField } from '../../renderer/features/run/NotesField';
import { freshWorkspace, renderWithProviders } from './render-with-providers';

type Show = (item: AgendaItem) => void;

/** The field, handed the item as this window's live query would read it (through `register`). */
function LiveNotes({ initial, register }: { initial: AgendaItem; register: (show: Show) => void }) {
  const [item, setItem] = useState(initial);
  useEffect(() => register(setItem), [register]);
  return <NotesField item={item} />;
}

async function renderNotes(language: 'en' | 'de') {
  const workspace = freshWorkspace();
  const meeting = await workspace.meetings.create({
    title: 'Q1',
    date: '2026-12-01',
    startTime: '09:00',
    language,
  });
  if (!meeting.ok) throw new Error('meeting refused');
  const added = await workspace.agenda.add(meeting.value.id, {
    title: 'Budget',
    description: '',
    kind: 'discussion',
    timeboxMinutes: 15,
    presenterIds: [],
  });
  if (!added.ok) throw new Error('item refused');
  const { id } = added.value;
  let showLive: Show = () => undefined;
  const view = renderWithProviders(
    <LiveNotes initial={added.value} register={(show) => (showLive = show)} />,
    { workspace, language },
  );
  /** The other window saves; unless `unread`, this window's live query then hands the field the row. */
  async function otherWindowSaves(notes: string, base: string, unread = false) {
    expect(await workspace.agenda.saveNotes(id, notes, base)).toEqual({ ok: true });
    const stored = (await workspace.db.agendaItems.get(id)) as AgendaItem;
    if (!unread) act(() => showLive(stored));
  }
  const storedNotes = async () => (await workspace.db.agendaItems.get(id))?.notes;
  return { ...view, otherWindowSaves, storedNotes };
}

describe('notes typed in two windows', () => {
  it('offers both versions in German while the field is being edited, and saves mine only when kept', async () => {
    const { user, otherWindowSaves, storedNotes } = await renderNotes('de');
    const field = screen.getByLabelText('Notizen zu Budget') as HTMLTextAreaElement;
    await user.click(field);
    await otherWindowSaves('Marketing trägt die Messe.', '');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('In einem anderen Fenster geändert')).toBeTruthy();
    expect(within(alert).getByText('Marketing trägt die Messe.')).toBeTruthy();
    expect(within(alert).getByText('(leer)')).toBeTruthy();
    expect(field.value).toBe('');

    await user.type(field, 'Vertrieb zahlt den Stand.');
    expect(within(alert).getByText('Vertrieb zahlt den Stand.')).toBeTruthy();
    expect(await storedNotes()).toBe('Marketing trägt die Messe.');

    await user.click(within(alert).getByRole('button', { name: 'Meine Fassung behalten' }));
    await waitFor(async () => expect(await storedNotes()).toBe('Vertrieb zahlt den Stand.'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('takes the other window’s notes into a field nobody is typing in', async () => {
    const { user, otherWindowSaves, storedNotes } = await renderNotes('en');
    const field = screen.getByLabelText('Notes on Budget') as HTMLTextAreaElement;
    await otherWindowSaves('Marketing pays for the booth.', '');
    await waitFor(() => expect(field.value).toBe('Marketing pays for the booth.'));
    expect(screen.queryByRole('alert')).toBeNull();
    await user.type(field, ' Sales staffs it.');
    await waitFor(async () =>
      expect(await storedNotes()).toBe('Marketing pays for the booth. Sales staffs it.'),
    );
  });

  it('refuses to write over notes the field did not see, and takes theirs when asked', async () => {
    const { user, otherWindowSaves, storedNotes } = await renderNotes('en');
    const field = screen.getByLabelText('Notes on Budget') as HTMLTextAreaElement;
    // The other window writes, but this window's live read has not arrived yet.
    await otherWindowSaves('Marketing pays for the booth.', '', true);
    await user.click(field);
    await user.clear(field);
    await user.type(field, 'Mine');
    await screen.findByRole('alert');
    expect(await storedNotes()).toBe('Marketing pays for the booth.');
    await user.click(screen.getByRole('button', { name: 'Take theirs' }));
    expect(field.value).toBe('Marketing pays for the booth.');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
