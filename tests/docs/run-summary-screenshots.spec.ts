/**
 * Documentation screenshots of the end of a meeting at 1366×768, in English and German: the summary
 * with the decision recorded, the open conflict point and what was not done (agenda items never
 * reached, an unanswered question, the open parking lot), and Plan next meeting offered from it.
 * Files land in docs/screenshots/ as run-summary-<language>.png.
 */
import path from 'node:path';
import { REPO_ROOT } from '../e2e/support/chromium';
import { expect, test } from '../e2e/support/tandem-test';
import { SETUP_WORDS, startedMeeting } from './support/started-meeting';

const WORDS = {
  en: {
    ...SETUP_WORDS.en,
    point: 'Campaign budget for Iberia is not split between the teams',
    question: 'Question',
    text: 'Text',
    questionText: 'Why did the win rate in DACH drop in October?',
    parked: 'Pricing for the partner channel',
    endTitle: 'End meeting?',
    end: 'End meeting',
    summary: 'Summary',
  },
  de: {
    ...SETUP_WORDS.de,
    point: 'Das Kampagnenbudget für Iberia ist nicht aufgeteilt',
    question: 'Frage',
    text: 'Text',
    questionText: 'Warum ist die Abschlussquote in DACH im Oktober gesunken?',
    parked: 'Preise für den Partnerkanal',
    endTitle: 'Besprechung beenden?',
    end: 'Besprechung beenden',
    summary: 'Zusammenfassung',
  },
} as const;

for (const language of ['en', 'de'] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale: language === 'en' ? 'en-GB' : 'de-DE' });

    test(`End summary (${language})`, async ({ app }) => {
      const page = app.page;
      const w = WORDS[language];
      await startedMeeting(page, w);
      await page.keyboard.press('Alt+L');
      await page.keyboard.type(w.point);
      await page.keyboard.press('Alt+1');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('dialog')).toBeHidden();
      await page.keyboard.press('Alt+Q');
      await page.getByRole('radio', { name: w.question, exact: true }).check();
      const text = page.getByRole('textbox', { name: w.text, exact: true });
      await text.fill(w.questionText);
      await text.press('Enter');
      await expect(page.getByText(w.questionText, { exact: true })).toBeVisible();
      await page.keyboard.press('Alt+K');
      await page.keyboard.type(w.parked);
      await page.keyboard.press('Enter');
      await expect(page.getByText(w.parked, { exact: true })).toBeVisible();
      await page.keyboard.press('Alt+X');
      await page
        .getByRole('alertdialog', { name: w.endTitle })
        .getByRole('button', { name: w.end, exact: true })
        .click();
      const summary = page.getByRole('region', { name: w.summary });
      await expect(summary).toContainText(w.parked);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await summary.scrollIntoViewIfNeeded();
      await page.screenshot({
        path: path.join(REPO_ROOT, 'docs', 'screenshots', `run-summary-${language}.png`),
        animations: 'disabled',
        caret: 'hide',
      });
    });
  });
}
