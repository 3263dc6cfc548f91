/**
 * Documentation screenshots of quick votes, in both languages: the setup dialog and the counting
 * dialog on the run screen at 1366×768, and the wall with the running vote at 1366×768 and
 * 1920×1080 (legible from the back row: nothing under 28 px at 1080p), plus a fist-of-five.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from '../e2e/support/chromium';
import { expect, test } from '../e2e/support/tandem-test';
import { SETUP_WORDS, startedMeeting } from './support/started-meeting';
import { smallestFontSize } from './support/wall-legibility';

const WORDS = {
  en: {
    quick: 'Quick vote',
    start: 'Start vote',
    question: 'Which segment do we serve first in Q1?',
    options: 'Enterprise accounts\nMid-market\nBoth at once, split by region',
    count: (q: string) => `Count hands: ${q}`,
    hands: (option: string, department: string) => `Hands: ${option}, ${department}`,
    marketing: 'Marketing',
    sales: 'Sales',
    fist: 'Fist of five (consent)',
    fistQuestion: 'Can we live with enterprise first?',
    close: 'Close vote',
  },
  de: {
    quick: 'Schnellabstimmung',
    start: 'Abstimmung starten',
    question: 'Welches Segment bedienen wir im ersten Quartal zuerst?',
    options: 'Großkunden\nMittelstand\nBeides, nach Region aufgeteilt',
    count: (q: string) => `Handzeichen zählen: ${q}`,
    hands: (option: string, department: string) => `Handzeichen: ${option}, ${department}`,
    marketing: 'Marketing',
    sales: 'Vertrieb',
    fist: 'Fist of Five (Konsent)',
    fistQuestion: 'Können wir mit Großkunden zuerst leben?',
    close: 'Abstimmung schließen',
  },
} as const;

const shot = (page: Page, name: string) =>
  page.screenshot({
    path: path.join(REPO_ROOT, 'docs', 'screenshots', `votes-${name}.png`),
    animations: 'disabled',
    caret: 'hide',
  });

for (const language of ['en', 'de'] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale: language === 'en' ? 'en-GB' : 'de-DE', viewport: { width: 1366, height: 768 } });

    test(`Quick votes (${language})`, async ({ app }) => {
      const w = WORDS[language];
      const page = app.page;
      await startedMeeting(page, SETUP_WORDS[language]);
      const meetingId = /#\/meetings\/([^/]+)\/run/.exec(page.url())?.[1] ?? '';

      await page.keyboard.press('Alt+V');
      const setup = page.getByRole('dialog', { name: w.quick });
      await page.keyboard.type(w.question);
      await setup.locator('textarea').fill(w.options);
      await shot(page, `${language}-setup-1366x768`);
      await setup.getByRole('button', { name: w.start }).click();
      const count = page.getByRole('dialog', { name: w.count(w.question) });
      const [first, second, third] = w.options.split('\n') as [string, string, string];
      const counts: [string, string, string][] = [
        [first, w.marketing, '2'],
        [first, w.sales, '6'],
        [second, w.marketing, '4'],
        [second, w.sales, '1'],
        [third, w.marketing, '1'],
      ];
      for (const [option, department, value] of counts)
        await count.getByRole('textbox', { name: w.hands(option, department) }).fill(value);
      await expect(count.getByRole('textbox', { name: w.hands(third, w.marketing) })).toHaveValue('1');
      await shot(page, `${language}-count-1366x768`);

      const audience = await page.context().newPage();
      await audience.goto(`/#/audience/${meetingId}`);
      const wall = audience.locator('.audience-vote');
      await expect(wall).toContainText(w.question);
      for (const [width, height] of [
        [1366, 768],
        [1920, 1080],
      ] as const) {
        await audience.setViewportSize({ width, height });
        await shot(audience, `${language}-wall-${width}x${height}`);
      }
      expect(await smallestFontSize(wall)).toBeGreaterThanOrEqual(28);

      await count.getByRole('button', { name: w.close }).click();
      await expect(count).toBeHidden();
      const panel = page.locator('.votes-panel');
      await panel.scrollIntoViewIfNeeded();
      await panel.screenshot({
        path: path.join(REPO_ROOT, 'docs', 'screenshots', `votes-${language}-panel.png`),
        animations: 'disabled',
        caret: 'hide',
      });
      await page.keyboard.press('Alt+V');
      await page.keyboard.type(w.fistQuestion);
      await setup.getByRole('radio', { name: w.fist }).check();
      await setup.getByRole('button', { name: w.start }).click();
      const fist = page.getByRole('dialog', { name: w.count(w.fistQuestion) });
      for (const [fingers, department, value] of [
        ['5', w.marketing, '3'],
        ['4', w.sales, '4'],
        ['3', w.marketing, '1'],
        ['1', w.sales, '1'],
      ] as const)
        await fist.getByRole('textbox', { name: w.hands(fingers, department) }).fill(value);
      await expect(audience.locator('.audience-vote')).toContainText(w.fistQuestion);
      await shot(page, `${language}-fist-count-1366x768`);
      await shot(audience, `${language}-fist-wall-1920x1080`);
    });
  });
}
