// When Tandem cannot write (a full disk, simulated in IndexedDB itself), the whole app shows one
// persistent warning with an export, every form keeps what was typed, and the next successful save
// clears the warning.
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../renderer/data/workspace';
import { parseExchange } from '../../renderer/domain/exchange/format';
import type { OutgoingFile } from '../../renderer/platform/platform';
import { createWebPlatform } from '../../renderer/platform/web';
import { useWriteFailure } from '../../renderer/state/write-failure';
import { failWrites, type FailingWrites } from '../data/failing-writes';
import { renderApp } from './render-app';

let failing: FailingWrites | undefined;
afterEach(() => {
  failing?.restore();
  failing = undefined;
  useWriteFailure.setState({ failure: null });
});

async function startedMeeting(workspace: Workspace) {
  const created = await workspace.meetings.create({
    title: 'Q1 joint strategy',
    date: '2026-12-01',
    startTime: '09:30',
    language: 'en',
  });
  if (!created.ok) throw new Error('meeting refused');
  await workspace.agenda.add(created.value.id, {
    title: 'Pipeline review',
    description: '',
    kind: 'discussion',
    timeboxMinutes: 30,
    presenterIds: [],
  });
  await workspace.run.apply(created.value.id, 'start');
  return created.value.id;
}

/** The app on the run screen, with a platform that keeps every file it is asked to save. */
async function onRunScreen() {
  const saved: OutgoingFile[] = [];
  const platform = {
    ...createWebPlatform(),
    async saveFile(file: OutgoingFile) {
      saved.push(file);
      return { ok: true as const, value: { path: file.name, bytes: 1 } };
    },
  };
  const app = renderApp({ platform });
  const meetingId = await startedMeeting(app.workspace);
  window.location.hash = `#/meetings/${meetingId}/run`;
  await screen.findByRole('heading', { level: 2, name: 'Pipeline review' });
  return { ...app, saved };
}

const TITLE = {
  en: 'Tandem could not save your last change.',
  de: 'Tandem konnte Ihre letzte Änderung nicht speichern.',
};
const STORAGE_MESSAGE = 'Tandem could not save this change. What you typed is still here; please try again.';
const warning = () => screen.queryByRole('alert', { name: TITLE.en });

describe('the write-failure warning', () => {
  it('appears when a point cannot be saved, keeps the typed statement, and goes after the next save', async () => {
    const { user, db } = await onRunScreen();
    await user.keyboard('{Alt>}l{/Alt}');
    await screen.findByRole('dialog', { name: 'Log point' });
    await user.keyboard('Discount bands differ between regions');
    await user.keyboard('{Alt>}1{/Alt}');
    failing = failWrites(['conflictPoints']);
    await user.keyboard('{Enter}');

    const alert = await screen.findByRole('alert', { name: TITLE.en });
    // Log point closed on Enter and comes back with the draft as typed, saying it was not saved.
    const dialog = await screen.findByRole('dialog', { name: 'Log point' });
    expect(within(dialog).getByText(STORAGE_MESSAGE)).toBeTruthy();
    // The page behind a modal dialog is inert: the warning is shown inside the dialog instead.
    await waitFor(() => expect(dialog.contains(alert)).toBe(true));
    expect(within(dialog).getByRole('radio', { name: 'Content issue' })).toHaveProperty('checked', true);
    expect(alert.textContent).toContain('Your input is kept on the screen.');
    expect(alert.textContent).toContain('The storage for Tandem is full.');
    expect(within(alert).getByRole('button', { name: 'Export meeting (JSON)' })).toBeTruthy();
    expect(within(dialog).getByRole('textbox', { name: 'Statement' })).toHaveProperty(
      'value',
      'Discount bands differ between regions',
    );
    expect(await db.conflictPoints.count()).toBe(0);

    failing.restore();
    await user.click(within(dialog).getByRole('button', { name: 'Log point' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Log point' })).toBeNull());
    await waitFor(() => expect(warning()).toBeNull());
    expect((await db.conflictPoints.toArray()).map((point) => point.statement)).toEqual([
      'Discount bands differ between regions',
    ]);
  });

  it('offers the export of the open meeting, which works while nothing can be written', async () => {
    const { user, saved } = await onRunScreen();
    failing = failWrites();
    await user.click(screen.getByRole('button', { name: 'Add action item' }));
    await user.type(screen.getByRole('textbox', { name: 'What' }), 'Send the new discount table');
    await user.click(screen.getByRole('button', { name: 'Add action item' }));
    const alert = await screen.findByRole('alert', { name: TITLE.en });
    expect(screen.getByRole('textbox', { name: 'What' })).toHaveProperty(
      'value',
      'Send the new discount table',
    );

    await user.click(within(alert).getByRole('button', { name: 'Export meeting (JSON)' }));
    expect(await within(alert).findByText('Saved Q1 joint strategy-2026-12-01.tandem.json')).toBeTruthy();
    const file = saved[0];
    expect(file && parseExchange(String(file.data)).ok).toBe(true);
    // Reading for the export did not count as a successful write: the warning stays.
    expect(warning()).toBe(alert);
  });

  it('speaks German, keeps typed notes, and stays until it is dismissed', async () => {
    const app = await onRunScreen();
    await app.workspace.settings.setLanguage('de');
    // The notes live in their tab of the run screen.
    await app.user.click(await screen.findByRole('tab', { name: /^Notizen/ }));
    const notes = await screen.findByRole('textbox', { name: /^Notizen/ });
    failing = failWrites(['agendaItems']);
    // One paste, one write: no later keystroke brings the warning back after it is dismissed.
    await app.user.click(notes);
    await app.user.paste('Regionen');
    const alert = await screen.findByRole('alert', { name: TITLE.de });
    // The export offer names the open meeting, which its own live query reads a moment later.
    await waitFor(() =>
      expect(alert.textContent).toContain('Exportieren Sie die Besprechung, um eine Kopie zu sichern.'),
    );
    expect(notes).toHaveProperty('value', 'Regionen');

    await app.user.click(within(alert).getByRole('button', { name: 'Warnung schließen' }));
    await waitFor(() => expect(screen.queryByRole('alert', { name: TITLE.de })).toBeNull());
  });
});
