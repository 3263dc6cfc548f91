/**
 * Documentation screenshots of the rounds, in both languages: the check-in and the check-out round
 * being entered, and a mirror round on a conflict point in the cockpit at 1366×768; the wall with
 * the running mirror round at 1920×1080 (legible from the back row: nothing under 28 px).
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from '../e2e/support/chromium';
import { expect, test } from '../e2e/support/tandem-test';
import { SETUP_WORDS, startedMeeting } from './support/started-meeting';
import { smallestFontSize } from './support/wall-legibility';

const WORDS = {
  en: {
    checkIn: 'Check-in',
    checkInTitle: 'Check-in: one word and a mood',
    word: (name: string) => `Word of ${name}`,
    mood: (name: string) => `Mood of ${name}`,
    words: ['curious', 'sceptical'],
    checkOut: 'Check-out',
    checkOutTitle: 'Check-out: how was the meeting?',
    worth: (name: string) => `“Worth the time” of ${name}`,
    heard: (name: string) => `“My side was heard” of ${name}`,
    answered: '2 of 2 answered',
    done: 'Done',
    statement: 'Who decides when a lead is ready for sales',
    mirrorFor: (text: string) => `Mirror round on “${text}”`,
    mirror: 'Mirror round',
    marketingRestates: 'Marketing restates Sales’s position',
    salesRestates: 'Sales restates Marketing’s position',
    salesConfirms: 'Sales: is that right?',
    marketingConfirms: 'Marketing: is that right?',
    restatedByMarketing: 'You want leads that have asked for a call, not everyone who opened a newsletter.',
    restatedBySales: 'You need a threshold you can plan campaigns against for the whole quarter.',
    partly: 'Partly',
    yes: 'Yes',
    close: 'Close',
  },
  de: {
    checkIn: 'Eingangsrunde',
    checkInTitle: 'Eingangsrunde: ein Wort und die Stimmung',
    word: (name: string) => `Wort von ${name}`,
    mood: (name: string) => `Stimmung von ${name}`,
    words: ['neugierig', 'skeptisch'],
    checkOut: 'Abschlussrunde',
    checkOutTitle: 'Abschlussrunde: Wie war das Treffen?',
    worth: (name: string) => `„Die Zeit wert“ von ${name}`,
    heard: (name: string) => `„Meine Seite wurde gehört“ von ${name}`,
    answered: '2 von 2 haben geantwortet',
    done: 'Fertig',
    statement: 'Wer entscheidet, wann ein Lead reif für den Vertrieb ist',
    mirrorFor: (text: string) => `Spiegelrunde zu „${text}“`,
    mirror: 'Spiegelrunde',
    marketingRestates: 'Marketing gibt die Position des Vertriebs wieder',
    salesRestates: 'Der Vertrieb gibt die Position des Marketings wieder',
    salesConfirms: 'Vertrieb: Trifft das zu?',
    marketingConfirms: 'Marketing: Trifft das zu?',
    restatedByMarketing:
      'Ihr wollt Leads, die um ein Gespräch gebeten haben, nicht alle, die einen Newsletter geöffnet haben.',
    restatedBySales: 'Ihr braucht eine Schwelle, mit der ihr Kampagnen für das ganze Quartal planen könnt.',
    partly: 'Teilweise',
    yes: 'Ja',
    close: 'Schließen',
  },
} as const;

const PEOPLE = ['Mara Lind', 'Jon Vik'] as const;

const shot = (page: Page, name: string) =>
  page.screenshot({
    path: path.join(REPO_ROOT, 'docs', 'screenshots', `rounds-${name}.png`),
    animations: 'disabled',
    caret: 'hide',
  });

for (const language of ['en', 'de'] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale: language === 'en' ? 'en-GB' : 'de-DE', viewport: { width: 1366, height: 768 } });

    test(`Rounds and the mirror round (${language})`, async ({ app }) => {
      const w = WORDS[language];
      const page = app.page;
      await startedMeeting(page, SETUP_WORDS[language]);
      const meetingId = /#\/meetings\/([^/]+)\/run/.exec(page.url())?.[1] ?? '';

      await page.getByRole('button', { name: w.checkIn, exact: true }).click();
      const checkIn = page.getByRole('dialog', { name: w.checkInTitle });
      for (const [index, name] of PEOPLE.entries()) {
        await checkIn.getByRole('textbox', { name: w.word(name) }).fill(w.words[index] ?? '');
        await checkIn.getByRole('textbox', { name: w.mood(name) }).fill(String(4 - index));
      }
      await expect(checkIn.getByRole('status')).toHaveText(w.answered);
      await shot(page, `${language}-check-in-1366x768`);
      await checkIn.getByRole('button', { name: w.done }).click();
      await expect(checkIn).toBeHidden();

      await page.getByRole('button', { name: w.checkOut, exact: true }).click();
      const checkOut = page.getByRole('dialog', { name: w.checkOutTitle });
      for (const [index, name] of PEOPLE.entries()) {
        await checkOut.getByRole('textbox', { name: w.worth(name) }).fill(String(5 - index));
        await checkOut.getByRole('textbox', { name: w.heard(name) }).fill(String(4 - index * 2));
      }
      await expect(checkOut.getByRole('status')).toHaveText(w.answered);
      await shot(page, `${language}-check-out-1366x768`);
      await checkOut.getByRole('button', { name: w.done }).click();
      await expect(checkOut).toBeHidden();

      await page.keyboard.press('Alt+L');
      await page.keyboard.type(w.statement);
      await page.keyboard.press('Alt+1');
      await page.getByRole('dialog').getByRole('button', { name: SETUP_WORDS[language].logPoint }).click();
      await expect(page.getByRole('dialog')).toBeHidden();
      await page.getByRole('button', { name: w.mirrorFor(w.statement) }).click();
      const mirror = page.getByRole('dialog', { name: w.mirror });
      await mirror.getByRole('textbox', { name: w.marketingRestates }).fill(w.restatedByMarketing);
      // The answers are controlled by what is stored: click, then wait for the stored choice.
      const partly = mirror
        .getByRole('group', { name: w.salesConfirms })
        .getByRole('radio', { name: w.partly });
      await partly.click();
      await expect(partly).toBeChecked();
      await mirror.getByRole('textbox', { name: w.salesRestates }).fill(w.restatedBySales);
      const yes = mirror
        .getByRole('group', { name: w.marketingConfirms })
        .getByRole('radio', { name: w.yes });
      await yes.click();
      await expect(yes).toBeChecked();

      const audience = await page.context().newPage();
      await audience.setViewportSize({ width: 1920, height: 1080 });
      await audience.goto(`/#/audience/${meetingId}`);
      const wall = audience.getByRole('region', { name: w.mirror });
      await expect(wall).toContainText(w.restatedBySales);
      await expect(wall).toContainText(w.restatedByMarketing);
      await shot(page, `${language}-mirror-1366x768`);
      await shot(audience, `${language}-mirror-wall-1920x1080`);
      expect(await smallestFontSize(wall)).toBeGreaterThanOrEqual(28);

      // Closed, the round keeps running: the point's row says so in the cockpit.
      await mirror.getByRole('button', { name: w.close, exact: true }).click();
      await expect(mirror).toBeHidden();
      await shot(page, `${language}-mirror-running-1366x768`);
    });
  });
}
