/**
 * Documentation screenshots of the cascade to local units in English and German: a decision scoped
 * to three units, one adopted, one adapted, one objecting by file; the Register's row with its state,
 * a unit's response dialog, and the run screen's Units tab. The page clock is fixed to 27 November
 * 2026 so the due dates are the same in every run.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from '../e2e/support/chromium';
import { prepareMeeting } from '../e2e/support/prepared-meeting';
import { expect, test } from '../e2e/support/tandem-test';

async function shoot(page: Page, name: string) {
  await page.screenshot({
    path: path.join(REPO_ROOT, 'docs', 'screenshots', `${name}.png`),
    animations: 'disabled',
    caret: 'hide',
  });
}

async function answer(page: Page, unit: string, choice: string, explanation?: string) {
  await page.getByRole('button', { name: `Response of ${unit} to D-1` }).click();
  const dialog = page.getByRole('dialog', { name: `${unit}: response to D-1` });
  await dialog.getByRole('combobox', { name: 'Response', exact: true }).selectOption({ label: choice });
  if (explanation) await dialog.locator('textarea').fill(explanation);
  await dialog.getByRole('button', { name: 'Save response' }).click();
  await expect(dialog).toBeHidden();
}

test('cascade to local units (en, de)', async ({ app }) => {
  const page = app.page;
  await page.clock.setFixedTime(new Date('2026-11-27T10:00:00+01:00'));
  await prepareMeeting(page, 'Pricing board');
  await page.getByRole('button', { name: 'Start meeting' }).click();
  await page.getByRole('button', { name: 'Record decision' }).click();
  const record = page.getByRole('dialog', { name: 'Record decision' });
  await record
    .getByRole('textbox', { name: 'Statement' })
    .fill('One price list for all of Europe from 2027.');
  await record.getByLabel('Accountable owner').selectOption({ label: 'Jon Vik' });
  await record.getByRole('textbox', { name: /^Scope/ }).fill('Sales Iberia, Sales Nordics, Sales DACH');
  await record.getByRole('button', { name: 'Record decision' }).click();
  await expect(record).toBeHidden();

  await page.getByRole('tab', { name: /^Units/ }).click();
  await answer(page, 'Sales DACH', 'Adapt (say how)', 'From Q2 2027, after the trade fair season.');
  await expect(page.getByText('0 of 3 adopted, 1 adapted, 2 awaiting')).toBeVisible();
  await shoot(page, 'cascade-run-en');

  await page.getByRole('button', { name: 'Show navigation' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Register' }).click();
  await answer(page, 'Sales Iberia', 'Adopt');
  await answer(page, 'Sales Nordics', 'Object (say why)', 'Public tenders fix our prices until June.');
  await expect(page.getByText('1 of 3 adopted, 1 adapted, 1 objection')).toBeVisible();
  await shoot(page, 'cascade-register-en');
  await page.getByRole('button', { name: 'Response of Sales Nordics to D-1' }).click();
  await expect(page.getByRole('dialog', { name: 'Sales Nordics: response to D-1' })).toBeVisible();
  await shoot(page, 'cascade-response-en');
  await page.keyboard.press('Escape');

  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  await expect(page.getByText('1 von 3 übernommen, 1 angepasst, 1 Einwand')).toBeVisible();
  await shoot(page, 'cascade-register-de');
  await page.getByRole('button', { name: 'Rückmeldung von Sales Nordics zu D-1' }).click();
  await expect(page.getByRole('dialog', { name: 'Sales Nordics: Rückmeldung zu D-1' })).toBeVisible();
  await shoot(page, 'cascade-response-de');
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Besprechungen' }).click();
  await page
    .getByRole('link', { name: /Pricing board/ })
    .first()
    .click();
  await page.getByRole('link', { name: /Live-Besprechung öffnen|Besprechung öffnen/ }).click();
  await page.getByRole('tab', { name: /^Einheiten/ }).click();
  await expect(page.getByText('1 von 3 übernommen, 1 angepasst, 1 Einwand')).toBeVisible();
  await shoot(page, 'cascade-run-de');
});
