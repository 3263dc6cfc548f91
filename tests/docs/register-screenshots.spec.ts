/**
 * Documentation screenshots of the Register at 1366×768 and 1920×1080, in English and German: two
 * meetings imported through Import meeting, the decisions tab with a superseded and a revoked
 * decision, and the action items tab filtered to a department, with two items overdue. The page
 * clock is fixed to 27 November 2026 so "overdue" is the same in every run.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from '../e2e/support/chromium';
import { expect, test } from '../e2e/support/tandem-test';
import { importRegisterMeetings } from '../e2e/support/register-import';

const WORDS = {
  en: {
    register: 'Register',
    actions: 'Action items',
    department: 'Department',
    sales: 'Sales',
    saveView: 'Save view…',
    count: 'Showing 8 of 8 decisions',
  },
  de: {
    register: 'Register',
    actions: 'Aufgaben',
    department: 'Abteilung',
    sales: 'Vertrieb',
    saveView: 'Ansicht speichern…',
    count: '8 von 8 Entscheidungen angezeigt',
  },
} as const;

async function shoot(page: Page, name: string) {
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });
  for (const { suffix, width, height } of [
    { suffix: '', width: 1366, height: 768 },
    { suffix: '-1920', width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({
      path: path.join(REPO_ROOT, 'docs', 'screenshots', `${name}${suffix}.png`),
      animations: 'disabled',
      caret: 'hide',
    });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

for (const language of ['en', 'de'] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale: language === 'en' ? 'en-GB' : 'de-DE' });

    test(`Register (${language})`, async ({ app }, testInfo) => {
      const page = app.page;
      const w = WORDS[language];
      await page.clock.setFixedTime(new Date('2026-11-27T10:00:00+01:00'));
      await importRegisterMeetings(page, language, (name) => testInfo.outputPath(name));
      await page.getByRole('link', { name: w.register, exact: true }).click();
      await expect(page.getByText(w.count)).toBeVisible();
      await shoot(page, `register-${language}`);

      await page.getByRole('tab', { name: w.actions }).click();
      await page.getByLabel(w.department).selectOption({ label: w.sales });
      await page.getByRole('button', { name: w.saveView }).click();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('button', { name: w.sales, exact: true })).toHaveAttribute(
        'aria-current',
        'true',
      );
      await shoot(page, `register-actions-${language}`);
    });
  });
}
