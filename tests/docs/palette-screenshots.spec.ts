/**
 * Documentation screenshots of the Ctrl+K command palette and of the mirrored-screen safety on the
 * run screen, at 1366×768 (and 1280×720 to look at), in English and German.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../e2e/support/tandem-test';
import { shootAtLaptopSizes } from './support/screenshot';
import { SETUP_WORDS, startedMeeting } from './support/started-meeting';

const WORDS = {
  en: {
    commands: 'Commands',
    mirrored: 'Mirrored screen',
    hidden: '1 private point hidden',
    private: /^Private/,
    points: [
      ['Lead scoring threshold is set too low for field sales', false],
      ['Our input on the spring campaign was ignored again', true],
    ],
  },
  de: {
    commands: 'Befehle',
    mirrored: 'Gespiegelter Bildschirm',
    hidden: '1 vertraulicher Punkt ausgeblendet',
    private: /^Vertraulich/,
    points: [
      ['Die Lead-Schwelle ist für den Außendienst zu niedrig', false],
      ['Unsere Vorschläge zur Frühjahrskampagne wurden wieder übergangen', true],
    ],
  },
} as const;

async function withPoints(page: Page, language: 'en' | 'de') {
  const w = WORDS[language];
  await startedMeeting(page, SETUP_WORDS[language]);
  for (const [statement, secret] of w.points) {
    await page.keyboard.press('Alt+L');
    const dialog = page.getByRole('dialog');
    await page.keyboard.type(statement);
    await page.keyboard.press(secret ? 'Alt+2' : 'Alt+1');
    if (secret) await dialog.getByRole('checkbox', { name: w.private }).check();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
  }
}

for (const language of ['en', 'de'] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale: language === 'en' ? 'en-GB' : 'de-DE' });

    test(`palette and mirrored screen (${language})`, async ({ app }) => {
      const page = app.page;
      const w = WORDS[language];
      await page.setViewportSize({ width: 1366, height: 768 });
      await withPoints(page, language);

      await page.keyboard.press('Control+K');
      await expect(page.getByRole('dialog', { name: w.commands })).toBeVisible();
      await shootAtLaptopSizes(page, `palette-${language}`);
      await page.keyboard.type(language === 'en' ? 'log' : 'erfassen');
      await shootAtLaptopSizes(page, `palette-filtered-${language}`);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();

      await page.keyboard.press('Alt+M');
      await expect(page.getByText(w.hidden)).toBeVisible();
      await page.getByRole('button', { name: w.mirrored }).scrollIntoViewIfNeeded();
      await page.evaluate(() => {
        if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      });
      await shootAtLaptopSizes(page, `mirrored-screen-${language}`);
    });
  });
}
