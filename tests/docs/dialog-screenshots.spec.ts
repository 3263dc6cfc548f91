/**
 * Screenshots of the run screen's dialogs and its undo notice, in English and German, at the two
 * laptop sizes a facilitator projects from (1366×768 and 1280×720): Reframe and Resolve over a
 * started meeting, Log point while typing, Record decision sent empty, and the undo notice after a point was deleted. The 1366×768 ones go into
 * docs/screenshots; the 1280×720 ones into test-results/screenshots, to look at, not to keep.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../e2e/support/tandem-test';
import { shootAtLaptopSizes } from './support/screenshot';
import { SETUP_WORDS, startedMeeting } from './support/started-meeting';

const WORDS = {
  en: {
    ...SETUP_WORDS.en,
    relationship: 'Our input on the spring campaign was ignored again',
    content: 'Lead scoring threshold is set too low for field sales',
    reframe: /^Reframe as content issue/,
    resolve: /^Resolve/,
    remove: /^Delete “Lead scoring/,
    reframeTitle: 'Reframe as content issue',
    resolveTitle: 'Resolve point',
    record: 'Record decision',
  },
  de: {
    ...SETUP_WORDS.de,
    relationship: 'Unsere Vorschläge zur Frühjahrskampagne wurden wieder übergangen',
    content: 'Die Lead-Schwelle ist für den Außendienst zu niedrig',
    reframe: /^Auf Sachebene überführen/,
    resolve: /lösen$/,
    remove: /^„Die Lead-Schwelle.*löschen$/,
    reframeTitle: 'Auf Sachebene überführen',
    resolveTitle: 'Punkt lösen',
    record: 'Entscheidung festhalten',
  },
} as const;

async function logPoint(page: Page, statement: string, level: 'Alt+1' | 'Alt+2') {
  await page.keyboard.press('Alt+L');
  await page.keyboard.type(statement);
  await page.keyboard.press(level);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeHidden();
}

for (const language of ['en', 'de'] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale: language === 'en' ? 'en-GB' : 'de-DE' });

    test(`Reframe, Resolve and the undo notice (${language})`, async ({ app }) => {
      const w = WORDS[language];
      const page = app.page;
      await startedMeeting(page, w);
      await logPoint(page, w.content, 'Alt+1');
      await logPoint(page, w.relationship, 'Alt+2');
      const row = (text: string) => page.getByRole('listitem').filter({ hasText: text });

      // Log point, a light dialog over the live cockpit, with a statement typed and a level chosen.
      await page.keyboard.press('Alt+L');
      await page.keyboard.type(w.content);
      await page.keyboard.press('Alt+1');
      await expect(page.getByRole('dialog')).toBeVisible();
      await shootAtLaptopSizes(page, `log-point-${language}`);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();

      const dialogs = [
        { statement: w.relationship, button: w.reframe, title: w.reframeTitle, name: 'reframe' },
        { statement: w.content, button: w.resolve, title: w.resolveTitle, name: 'resolve' },
      ];
      for (const { statement, button, title, name } of dialogs) {
        await row(statement).getByRole('button', { name: button }).click();
        const dialog = page.getByRole('dialog', { name: title });
        await expect(dialog).toBeVisible();
        await shootAtLaptopSizes(page, `${name}-${language}`);
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
      }

      // Record decision, sent empty: every message under its field, the heading clear of the first.
      await page.getByRole('button', { name: w.record, exact: true }).click();
      const decision = page.getByRole('dialog', { name: w.record });
      await decision.locator('button.primary').click();
      await expect(decision.locator('.field-error').first()).toBeVisible();
      await decision.evaluate((element) => element.scrollTo(0, 0));
      await shootAtLaptopSizes(page, `record-decision-${language}`);
      await page.keyboard.press('Escape');
      await expect(decision).toBeHidden();

      await row(w.content).getByRole('button', { name: w.remove }).click();
      await expect(page.getByRole('status').filter({ hasText: w.content.slice(0, 20) })).toBeVisible();
      await shootAtLaptopSizes(page, `undo-${language}`);
    });
  });
}
