import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { exportMeetingJson, parseExchange } from '../../renderer/domain/exchange/format';
import type { OutgoingFile } from '../../renderer/platform/platform';
import { createWebPlatform } from '../../renderer/platform/web';
import { ids, sampleMeeting } from '../unit/domain/exchange-fixture';
import { renderApp } from './render-app';

const NOW = '2026-12-02T08:00:00.000Z';

function jsonFile(text: string): File {
  return new File([text], 'meeting.tandem.json', { type: 'application/json' });
}

function picker(): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) throw new Error('no file picker');
  return input;
}

async function importFile(app: ReturnType<typeof renderApp>, text: string) {
  await screen.findByRole('button', { name: 'Import meeting' });
  await app.user.upload(picker(), jsonFile(text));
}

describe('Import meeting', () => {
  it('lists what is wrong with a bad file and writes nothing', async () => {
    const app = renderApp();
    const file = JSON.parse(exportMeetingJson(sampleMeeting(), NOW)) as { meeting: Record<string, unknown> };
    file.meeting.date = '2026-02-30';
    file.meeting.mood = 'tense';
    await importFile(app, JSON.stringify(file));
    const dialog = await screen.findByRole('alertdialog', { name: 'This file cannot be imported' });
    const items = within(dialog)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      'meeting.date: This is not a real calendar date (YYYY-MM-DD).',
      'meeting.mood: This field is unknown.',
    ]);
    expect(await app.db.meetings.count()).toBe(0);
    expect(await app.db.people.count()).toBe(0);
  });

  it('imports a new meeting and opens it in Prepare', async () => {
    const app = renderApp();
    await importFile(app, exportMeetingJson(sampleMeeting(), NOW));
    expect(await screen.findByRole('heading', { level: 1, name: 'Q1 joint strategy' })).toBeTruthy();
    expect(window.location.hash).toBe(`#/meetings/${ids.meeting}`);
    expect(await app.db.decisions.count()).toBe(1);
  });

  it('asks before importing a meeting that is already here, and imports a copy on request', async () => {
    const app = renderApp();
    const text = exportMeetingJson(sampleMeeting(), NOW);
    await app.workspace.exchange.importMeeting(JSON.parse(text), 'update');
    await importFile(app, text);
    const dialog = await screen.findByRole('dialog', { name: 'This meeting is already here' });
    await app.user.click(within(dialog).getByRole('button', { name: 'Import as a copy' }));
    // The copy's decision D-1 was taken by the original: the user is told its new number.
    expect(
      await screen.findByText('Decision D-1 is now D-2: its number was already taken here.'),
    ).toBeTruthy();
    await app.user.click(screen.getByRole('button', { name: 'Close' }));
    await screen.findByRole('heading', { level: 1, name: 'Q1 joint strategy (copy)' });
    expect(window.location.hash).not.toBe(`#/meetings/${ids.meeting}`);
    expect(await app.db.meetings.count()).toBe(2);
  });

  it('previews the update of the meeting that is already here, naming it by its title here', async () => {
    const app = renderApp();
    const records = sampleMeeting();
    await app.workspace.exchange.importMeeting(JSON.parse(exportMeetingJson(records, NOW)), 'update');
    records.meeting.title = 'Q1 joint strategy (final)';
    await importFile(app, exportMeetingJson(records, NOW));
    const dialog = await screen.findByRole('dialog', { name: 'This meeting is already here' });
    expect(within(dialog).getByText(/^“Q1 joint strategy” is already in this workspace/)).toBeTruthy();
    expect(
      within(dialog).getByText('Its title changes from “Q1 joint strategy” to “Q1 joint strategy (final)”.'),
    ).toBeTruthy();
    await app.user.click(within(dialog).getByRole('button', { name: 'Update the meeting here' }));
    await screen.findByRole('heading', { level: 1, name: 'Q1 joint strategy (final)' });
    expect(await app.db.meetings.count()).toBe(1);
  });

  it('changes nothing when the user cancels', async () => {
    const app = renderApp();
    const text = exportMeetingJson(sampleMeeting(), NOW);
    await app.workspace.exchange.importMeeting(JSON.parse(text), 'update');
    await importFile(app, text);
    const dialog = await screen.findByRole('dialog', { name: 'This meeting is already here' });
    await app.user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await app.db.meetings.count()).toBe(1);
  });

  it('tells a German user what is wrong, in German', async () => {
    const app = renderApp();
    await app.workspace.settings.setLanguage('de');
    await screen.findByRole('button', { name: 'Besprechung importieren' });
    await app.user.upload(picker(), jsonFile('{"format": "tandem.meeting", "version": 7}'));
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Diese Datei kann nicht importiert werden',
    });
    expect(within(dialog).getByRole('listitem').textContent).toBe(
      'version: Die Datei hat die Formatversion 7, die diese Tandem-Version nicht lesen kann. Aktualisieren Sie Tandem und versuchen Sie es erneut.',
    );
  });
});

describe('Export meeting (JSON)', () => {
  it('saves the meeting as <title>-<date>.tandem.json in the exchange format', async () => {
    const saved: OutgoingFile[] = [];
    const platform = {
      ...createWebPlatform(),
      async saveFile(file: OutgoingFile) {
        saved.push(file);
        return { ok: true as const, value: { path: file.name, bytes: 1 } };
      },
    };
    const app = renderApp({ platform });
    await app.workspace.exchange.importMeeting(JSON.parse(exportMeetingJson(sampleMeeting(), NOW)), 'update');
    window.location.hash = `#/meetings/${ids.meeting}`;
    await app.user.click(await screen.findByRole('button', { name: 'More' }));
    await app.user.click(screen.getByRole('menuitem', { name: 'Export meeting (JSON)' }));
    expect(await screen.findByText('Saved Q1 joint strategy-2026-12-01.tandem.json')).toBeTruthy();
    const [file] = saved;
    expect(file?.name).toBe('Q1 joint strategy-2026-12-01.tandem.json');
    expect(file?.mimeType).toBe('application/json');
    expect(parseExchange(String(file?.data)).ok).toBe(true);
  });
});
