/**
 * Documentation screenshots of the audience view (projector) at 1280×720 and 1920×1080, in both
 * languages and both projector themes: a running session with points of both levels (one of them
 * private, which must not show), a decision and a 5-minute extension. The audience page is a second page of the same
 * browser context, as a second window would be. Plus the ground rules, dark, at 1920×1080.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from '../e2e/support/chromium';
import { expect, test } from '../e2e/support/tandem-test';
import { SETUP_WORDS, startedMeeting } from './support/started-meeting';

const WORDS = {
  en: {
    ...SETUP_WORDS.en,
    private: /^Private/,
    record: 'Record decision',
    owner: 'Accountable owner',
    theme: 'Projector theme',
    mode: 'What the room sees',
    extend: 'Add 5 minutes',
    points: [
      [
        'Lead scoring threshold is set too low for field sales, so reps chase contacts that never buy',
        'content',
      ],
      ['Campaign budget for Iberia is not split between the teams', 'content'],
      ['Our input on the spring campaign was ignored again', 'relationship'],
      ['Private: Jon feels sidelined by the new process', 'private'],
    ],
    decision: 'MQL threshold rises to 60 points from February.',
  },
  de: {
    ...SETUP_WORDS.de,
    private: /^Vertraulich/,
    record: 'Entscheidung festhalten',
    owner: 'Verantwortlich (Accountable)',
    theme: 'Farbschema des Projektors',
    mode: 'Was der Raum sieht',
    extend: '5 Minuten mehr',
    points: [
      [
        'Die Lead-Schwelle ist für den Außendienst zu niedrig, der Vertrieb jagt Kontakte ohne Kaufabsicht',
        'content',
      ],
      ['Das Kampagnenbudget für Iberia ist nicht aufgeteilt', 'content'],
      ['Unsere Vorschläge zur Frühjahrskampagne wurden wieder übergangen', 'relationship'],
      ['Vertraulich: Jon fühlt sich vom neuen Prozess übergangen', 'private'],
    ],
    decision: 'Die MQL-Schwelle steigt ab Februar auf 60 Punkte.',
  },
} as const;

async function runningMeeting(page: Page, language: 'en' | 'de'): Promise<string> {
  const w = WORDS[language];
  await startedMeeting(page, w);
  for (const [statement, level] of w.points) {
    await page.keyboard.press('Alt+L');
    await page.keyboard.type(statement);
    await page.keyboard.press(level === 'content' ? 'Alt+1' : 'Alt+2');
    if (level === 'private')
      await page.getByRole('dialog').getByRole('checkbox', { name: w.private }).check();
    await page.getByRole('dialog').getByRole('button', { name: w.logPoint }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
  }
  await page.keyboard.press('Alt+E');
  await page.keyboard.type(w.decision);
  await page.getByRole('dialog').getByLabel(w.owner).selectOption({ label: 'Jon Vik' });
  await page.getByRole('dialog').getByRole('button', { name: w.record }).press('Enter');
  await expect(page.getByRole('dialog')).toBeHidden();
  // The item was extended: the wall shows "+5 min" beside the timer.
  await page.getByRole('button', { name: w.extend }).click();
  return /#\/meetings\/([^/]+)\/run/.exec(page.url())?.[1] ?? '';
}

const shot = (page: Page, name: string) =>
  page.screenshot({
    path: path.join(REPO_ROOT, 'docs', 'screenshots', `audience-${name}.png`),
    animations: 'disabled',
    caret: 'hide',
  });

for (const language of ['en', 'de'] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale: language === 'en' ? 'en-GB' : 'de-DE' });

    test(`Audience view (${language})`, async ({ app }) => {
      const w = WORDS[language];
      const page = app.page;
      const meetingId = await runningMeeting(page, language);
      const audience = await page.context().newPage();
      await audience.goto(`/#/audience/${meetingId}`);
      const wall = audience.locator('.audience');
      await expect(wall.locator('.audience-point')).toHaveCount(3);
      await expect(wall).not.toContainText(w.points[3][0]);
      await expect(audience.getByTestId('audience-extended')).toBeVisible();
      for (const theme of ['dark', 'light'] as const) {
        await page.getByRole('combobox', { name: w.theme }).selectOption(theme);
        await expect(wall).toHaveAttribute('data-theme', theme);
        for (const [width, height] of [
          [1280, 720],
          [1920, 1080],
        ] as const) {
          await audience.setViewportSize({ width, height });
          await shot(audience, `${language}-${theme}-${width}x${height}`);
        }
      }
      await page.getByRole('combobox', { name: w.theme }).selectOption('dark');
      await page.getByRole('combobox', { name: w.mode }).selectOption('rules');
      await expect(wall).toHaveAttribute('data-mode', 'rules');
      await shot(audience, `${language}-rules-1920x1080`);
    });
  });
}
