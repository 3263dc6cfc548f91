/**
 * Documentation screenshots of the Restore screen at 1366×768, in English and German: three
 * meetings run and ended through the UI, each leaving its automatic backup in the browser's Origin
 * Private File System. Files: docs/screenshots/restore-<language>.png.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from '../e2e/support/chromium';
import { expect, test } from '../e2e/support/tandem-test';

const WORDS = {
  en: {
    newMeeting: 'New meeting',
    startFrom: 'Start from',
    create: 'Create',
    start: 'Start meeting',
    end: 'End meeting',
    saved: /^Backup saved at/,
    restore: 'Restore',
    titles: [
      'Lead handover: Marketing to Sales',
      'Q4 campaign review with Sales DACH',
      'Joint pricing strategy 2027',
    ],
  },
  de: {
    newMeeting: 'Neue Besprechung',
    startFrom: 'Ausgangspunkt',
    create: 'Anlegen',
    start: 'Besprechung starten',
    end: 'Besprechung beenden',
    saved: /^Sicherung um/,
    restore: 'Wiederherstellen',
    titles: [
      'Lead-Übergabe von Marketing an Vertrieb',
      'Q4-Kampagnenrückblick mit Vertrieb DACH',
      'Gemeinsame Preisstrategie 2027',
    ],
  },
} as const;

async function runAndEnd(page: Page, w: (typeof WORDS)['en' | 'de'], title: string) {
  await page.goto('/#/meetings');
  await page.getByRole('button', { name: w.newMeeting, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: w.startFrom }).selectOption({ index: 1 });
  await dialog.getByRole('textbox').first().fill(title);
  await dialog.getByRole('button', { name: w.create, exact: true }).click();
  await page.getByRole('button', { name: w.start }).click();
  await page.getByRole('button', { name: new RegExp(`^${w.end}`) }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: w.end }).click();
  await expect(page.getByText(w.saved)).toBeVisible();
}

for (const language of ['en', 'de'] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale: language === 'en' ? 'en-GB' : 'de-DE' });

    test(`Restore screen (${language})`, async ({ app }) => {
      const w = WORDS[language];
      for (const title of w.titles) await runAndEnd(app.page, w, title);
      await app.page.goto('/#/restore');
      await expect(app.page.getByRole('heading', { level: 1, name: w.restore })).toBeVisible();
      await expect(app.page.getByRole('table').getByRole('row')).toHaveCount(4);
      await app.page.screenshot({
        path: path.join(REPO_ROOT, 'docs', 'screenshots', `restore-${language}.png`),
        animations: 'disabled',
        caret: 'hide',
      });
    });
  });
}
