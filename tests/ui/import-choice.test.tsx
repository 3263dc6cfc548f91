// The import dialog's choice per differing person or definition (issue 14, part 3): keep mine is
// the default, the file's version is taken only where the user chose it, by keyboard or mouse.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renameIds, withFreshIds } from '../../renderer/domain/exchange/copy';
import { exportMeetingJson } from '../../renderer/domain/exchange/format';
import { ids, nth, sampleMeeting } from '../unit/domain/exchange-fixture';
import { renderApp } from './render-app';

// user-event walks a radio group with CSS.escape, which jsdom lacks; the group names here are
// letters, digits and dashes and start with a letter, so they need no escaping.
globalThis.CSS ??= { escape: (value: string) => value } as typeof CSS;

const NOW = '2026-12-02T08:00:00.000Z';
const LATER = '2026-12-03T10:00:00.000Z';

/** Another meeting naming Anna and Ben, renamed in the file; its decision reuses an id of the meeting here. */
function otherMeetingFile(): string {
  let n = 0;
  const fresh = withFreshIds(
    sampleMeeting(),
    () => `bbbbbbbb-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  );
  const b = renameIds(fresh, new Map([[nth(fresh.decisions).id, ids.decision]]));
  b.meeting.title = 'Lead handover';
  b.people = [
    { ...nth(b.people), name: 'Anna Renamed', updatedAt: LATER },
    { ...nth(b.people, 1), name: 'Ben Renamed', updatedAt: LATER },
  ];
  return exportMeetingJson(b, NOW);
}

async function importOther(app: ReturnType<typeof renderApp>) {
  await app.workspace.exchange.importMeeting(JSON.parse(exportMeetingJson(sampleMeeting(), NOW)), 'update');
  await screen.findByRole('button', { name: /^(Import meeting|Besprechung importieren)$/ });
  const input = document.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) throw new Error('no file picker');
  await app.user.upload(input, new File([otherMeetingFile()], 'b.json', { type: 'application/json' }));
}

describe('the choice per shared record in the import dialog', () => {
  it('keeps mine by default and takes the file’s version where chosen by keyboard or click', async () => {
    const app = renderApp();
    await importOther(app);
    const dialog = await screen.findByRole('dialog', { name: 'Before importing “Lead handover”' });
    expect(
      within(dialog).getByRole('list', { name: /ids that another meeting here already uses/ }).textContent,
    ).toBe('Decision: D-2 Budget split 60/40');
    const anna = within(dialog).getByRole('radiogroup', { name: 'Anna Marketing' });
    const ben = within(dialog).getByRole('radiogroup', { name: 'Ben Sales' });
    expect(within(anna).getByRole('radio', { name: 'Keep mine' })).toHaveProperty('checked', true);
    expect(within(ben).getByRole('radio', { name: 'Keep mine' })).toHaveProperty('checked', true);
    expect(within(dialog).getByText(/Anna Renamed/)).toBeTruthy();

    // Keyboard: into Anna's group, then the arrow key moves to the file's version.
    within(anna).getByRole('radio', { name: 'Keep mine' }).focus();
    await app.user.keyboard('{ArrowDown}');
    expect(within(anna).getByRole('radio', { name: 'Use the file’s version' })).toHaveProperty(
      'checked',
      true,
    );
    // Mouse: Ben's file version, then back to keep mine.
    await app.user.click(within(ben).getByRole('radio', { name: 'Use the file’s version' }));
    await app.user.click(within(ben).getByRole('radio', { name: 'Keep mine' }));

    await app.user.click(within(dialog).getByRole('button', { name: 'Import' }));
    await screen.findByText('Decision D-1 is now D-2: its number was already taken here.');
    await app.user.click(screen.getByRole('button', { name: 'Close' }));
    await screen.findByRole('heading', { level: 1, name: 'Lead handover' });
    expect((await app.db.people.get(ids.anna))?.name).toBe('Anna Renamed');
    expect((await app.db.people.get(ids.ben))?.name).toBe('Ben Sales');
    // The meeting here keeps its decision.
    expect((await app.db.decisions.get(ids.decision))?.meetingId).toBe(ids.meeting);
  });

  it('names the choices and buttons in German', async () => {
    const app = renderApp();
    await app.workspace.settings.setLanguage('de');
    await importOther(app);
    const dialog = await screen.findByRole('dialog', { name: 'Vor dem Import von „Lead handover“' });
    const anna = within(dialog).getByRole('radiogroup', { name: 'Anna Marketing' });
    expect(within(anna).getByRole('radio', { name: 'Meine Fassung behalten' })).toHaveProperty(
      'checked',
      true,
    );
    expect(within(anna).getByRole('radio', { name: 'Stand der Datei übernehmen' })).toBeTruthy();
    await app.user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(await app.db.meetings.count()).toBe(1);
  });
});
