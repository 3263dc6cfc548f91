/**
 * Screenshots of what issue 14 added for trust, in English and German at 1366×768 (docs/screenshots)
 * and 1280×720 (test-results/screenshots, to look at): the review of an import over a meeting that
 * is already here, with a person that differs shown side by side; "Changed in another window" on the
 * notes of a second window; and the note of the Export dialog naming characters the PDF cannot set.
 */
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { exportMeetingJson } from '../../renderer/domain/exchange/format';
import type { MeetingRecords } from '../../renderer/domain/exchange/write';
import { ids, sampleMeeting } from '../unit/domain/exchange-fixture';
import { expect, test } from '../e2e/support/tandem-test';
import { shootAtLaptopSizes } from './support/screenshot';
import { SETUP_WORDS, startedMeeting } from './support/started-meeting';

const WORDS = {
  en: {
    ...SETUP_WORDS.en,
    importMeeting: 'Import meeting',
    exists: 'This meeting is already here',
    notes: /^Notes on /,
    changed: 'Changed in another window',
    exportMinutes: 'Export minutes',
    gaps: 'The PDF cannot set some of the text',
    mine: 'Marketing pays for the booth at the trade fair; Sales staffs it.',
    theirs: 'Sales asks for two extra demo slots on the second day.',
  },
  de: {
    ...SETUP_WORDS.de,
    importMeeting: 'Besprechung importieren',
    exists: 'Diese Besprechung ist schon vorhanden',
    notes: /^Notizen zu /,
    changed: 'In einem anderen Fenster geändert',
    exportMinutes: 'Protokoll exportieren',
    gaps: 'kann das PDF nicht setzen',
    mine: 'Marketing zahlt den Messestand; der Vertrieb besetzt ihn.',
    theirs: 'Der Vertrieb bittet um zwei zusätzliche Vorführungen am zweiten Tag.',
  },
} as const;

async function importFile(page: Page, label: string, name: string, meeting: MeetingRecords) {
  const file = test.info().outputPath(name);
  await writeFile(file, exportMeetingJson(meeting, '2026-12-02T08:00:00.000Z'));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: label }).click();
  await (await chooser).setFiles(file);
}

for (const language of ['en', 'de'] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale: language === 'en' ? 'en-GB' : 'de-DE' });

    test(`import review over a meeting that is here (${language})`, async ({ app }) => {
      const w = WORDS[language];
      const page = app.page;
      await importFile(page, w.importMeeting, 'here.tandem.json', sampleMeeting());
      await expect(page.getByRole('heading', { level: 1, name: 'Q1 joint strategy' })).toBeVisible();
      await page.goto('/#/meetings');

      // The same meeting, edited on another laptop later: a new title, a person renamed, a decision sharpened.
      const later = sampleMeeting();
      const edited = '2026-12-02T07:00:00.000Z';
      later.meeting = { ...later.meeting, title: 'Q1 joint strategy (final)', updatedAt: edited };
      later.people = later.people.map((person) =>
        person.id === ids.anna ? { ...person, name: 'Anna Lindqvist', updatedAt: edited } : person,
      );
      await importFile(page, w.importMeeting, 'later.tandem.json', later);
      await expect(page.getByRole('dialog', { name: w.exists })).toBeVisible();
      await shootAtLaptopSizes(page, `import-review-${language}`);
    });

    test(`changed in another window (${language})`, async ({ app }) => {
      const w = WORDS[language];
      const a = app.page;
      await startedMeeting(a, w);
      const b = await a.context().newPage();
      try {
        await b.setViewportSize({ width: 1366, height: 768 });
        await b.goto(a.url());
        // The notes live in their tab of the run screen.
        for (const page of [a, b]) await page.getByRole('tab', { name: /^(Notes|Notizen)/ }).click();
        await b.getByRole('textbox', { name: w.notes }).click();
        await a.getByRole('textbox', { name: w.notes }).fill(w.theirs);
        const changed = b.getByRole('alert').filter({ hasText: w.changed });
        await expect(changed).toContainText(w.theirs);
        await b.getByRole('textbox', { name: w.notes }).pressSequentially(w.mine);
        await expect(changed).toContainText(w.mine);
        await changed.scrollIntoViewIfNeeded();
        await shootAtLaptopSizes(b, `changed-elsewhere-${language}`);
      } finally {
        await b.close();
      }
    });

    test(`PDF export names what it cannot set (${language})`, async ({ app }) => {
      const w = WORDS[language];
      const page = app.page;
      const meeting = sampleMeeting();
      const [decision] = meeting.decisions;
      if (decision) decision.rationale = 'Agreed with the Mumbai office (मुंबई कार्यालय).';
      await importFile(page, w.importMeeting, 'mumbai.tandem.json', meeting);
      await expect(page.getByRole('heading', { level: 1, name: 'Q1 joint strategy' })).toBeVisible();
      await page.getByRole('button', { name: w.exportMinutes, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: w.exportMinutes });
      await dialog.getByRole('radio', { name: 'PDF', exact: true }).check();
      await expect(dialog.getByRole('note')).toContainText(w.gaps);
      await shootAtLaptopSizes(page, `pdf-gaps-${language}`);
    });
  });
}
