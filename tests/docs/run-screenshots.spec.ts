/**
 * Documentation screenshots of the run screen as a cockpit at 1280×720, 1366×768 and 1920×1080, in
 * English and German: a started quarterly session with points in the conflict log, a decision, an
 * action item and a parked point, captured by key as a facilitator would.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from '../e2e/support/chromium';
import { expect, test } from '../e2e/support/tandem-test';
import { SETUP_WORDS, startedMeeting } from './support/started-meeting';

const WORDS = {
  en: {
    ...SETUP_WORDS.en,
    record: 'Record decision',
    owner: 'Accountable owner',
    points: [
      ['Lead scoring threshold is set too low for field sales', 'content'],
      ['Campaign budget for Iberia is not split between the teams', 'content'],
      ['Our input on the spring campaign was ignored again', 'relationship'],
    ],
    decision: 'MQL threshold rises to 60 points from February.',
    action: 'Share the revised scoring model with field sales',
    parked: 'Pricing for the partner channel',
  },
  de: {
    ...SETUP_WORDS.de,
    record: 'Entscheidung festhalten',
    owner: 'Verantwortlich (Accountable)',
    points: [
      ['Die Lead-Schwelle ist für den Außendienst zu niedrig', 'content'],
      ['Das Kampagnenbudget für Iberia ist nicht aufgeteilt', 'content'],
      ['Unsere Vorschläge zur Frühjahrskampagne wurden wieder übergangen', 'relationship'],
    ],
    decision: 'Die MQL-Schwelle steigt ab Februar auf 60 Punkte.',
    action: 'Überarbeitetes Scoring-Modell an den Außendienst schicken',
    parked: 'Preise für den Partnerkanal',
  },
} as const;

async function runningMeeting(page: Page, language: 'en' | 'de') {
  const w = WORDS[language];
  await startedMeeting(page, w);
  for (const [statement, level] of w.points) {
    await page.keyboard.press('Alt+L');
    await page.keyboard.type(statement);
    await page.keyboard.press(level === 'content' ? 'Alt+1' : 'Alt+2');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeHidden();
  }
  await page.keyboard.press('Alt+E');
  await page.keyboard.type(w.decision);
  await page.getByRole('dialog').getByLabel(w.owner).selectOption({ label: 'Jon Vik' });
  await page.getByRole('dialog').getByRole('button', { name: w.record }).press('Enter');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.keyboard.press('Alt+A');
  await page.keyboard.type(w.action);
  await page.keyboard.press('Enter');
  await expect(page.getByText(w.action, { exact: true })).toBeVisible();
  await page.keyboard.press('Alt+K');
  await page.keyboard.type(w.parked);
  await page.keyboard.press('Enter');
  await expect(page.getByText(w.parked, { exact: true })).toBeVisible();
}

for (const language of ['en', 'de'] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale: language === 'en' ? 'en-GB' : 'de-DE' });

    test(`Run screen (${language})`, async ({ app }) => {
      await runningMeeting(app.page, language);
      await app.page.evaluate(() => {
        if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      });
      for (const { suffix, width, height } of [
        { suffix: '-1280', width: 1280, height: 720 },
        { suffix: '', width: 1366, height: 768 },
        { suffix: '-1920', width: 1920, height: 1080 },
      ]) {
        await app.page.setViewportSize({ width, height });
        await app.page.screenshot({
          path: path.join(REPO_ROOT, 'docs', 'screenshots', `run-${language}${suffix}.png`),
          animations: 'disabled',
          caret: 'hide',
        });
      }
    });
  });
}
