/**
 * Cascade to local units, in Chromium: a decision scoped to two units asks each for a response.
 * One unit's adoption is recorded in the Register by mouse; the other unit's file is exported,
 * edited as the unit would, and imported — a broken copy first, refused whole with its reason and
 * nothing changed. Then a response is changed by keyboard alone.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { prepareMeeting } from './support/prepared-meeting';
import { expect, test } from './support/tandem-test';

function decisionRow(page: Page, number: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: number, exact: true }) });
}

async function importUnitFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import unit response' }).click();
  await (await chooser).setFiles(path);
}

/** Presses Tab until `target` has the focus (a date field takes several stops). */
async function tabTo(page: Page, target: Locator) {
  for (let step = 0; step < 12; step += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('a decision asks two units; one adopts in the register, the other answers by file', async ({
  app,
}, testInfo) => {
  const page = app.page;
  await prepareMeeting(page, 'Pricing board');
  await page.getByRole('button', { name: 'Start meeting' }).click();
  await page.getByRole('button', { name: 'Record decision' }).click();
  const record = page.getByRole('dialog', { name: 'Record decision' });
  await record.getByRole('textbox', { name: 'Statement' }).fill('One price list for all of Europe.');
  await record.getByLabel('Accountable owner').selectOption({ label: 'Jon Vik' });
  await record.getByRole('textbox', { name: /^Scope/ }).fill('Sales Iberia, Sales Nordics');
  await record.getByRole('button', { name: 'Record decision' }).click();
  await expect(record).toBeHidden();

  await page.getByRole('button', { name: 'Show navigation' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Register' }).click();
  const row = decisionRow(page, 'D-1');
  await expect(row).toContainText('0 of 2 adopted, 2 awaiting');

  // Sales Iberia adopts: recorded from the decision's row, by mouse.
  await row.getByRole('button', { name: 'Response of Sales Iberia to D-1' }).click();
  const answer = page.getByRole('dialog', { name: 'Sales Iberia: response to D-1' });
  await answer.getByRole('combobox', { name: 'Response', exact: true }).selectOption({ label: 'Adopt' });
  await answer.getByRole('button', { name: 'Save response' }).click();
  await expect(answer).toBeHidden();
  await expect(row).toContainText('1 of 2 adopted, 1 awaiting');
  await expect(row.getByRole('button', { name: 'Response of Sales Iberia to D-1' })).toHaveText(
    'Sales Iberia: adopted',
  );

  // Sales Nordics gets its file.
  await page.getByRole('button', { name: 'Export unit file' }).click();
  const exporting = page.getByRole('dialog', { name: 'Export unit file' });
  await exporting.getByRole('combobox', { name: 'Unit', exact: true }).selectOption('Sales Nordics');
  const download = page.waitForEvent('download');
  await exporting.getByRole('button', { name: 'Save file' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/^Sales Nordics-\d{4}-\d{2}-\d{2}\.tandem-unit\.json$/);
  const file = JSON.parse(await readFile(await saved.path(), 'utf8'));
  expect(file).toMatchObject({ format: 'tandem.unit-response', version: 1, unit: 'Sales Nordics' });
  expect(file.decisions).toEqual([
    expect.objectContaining({ number: 1, statement: 'One price list for all of Europe.', response: null }),
  ]);

  // A broken copy (a response the format does not know) is refused whole; nothing changes.
  const broken = testInfo.outputPath('broken.tandem-unit.json');
  await writeFile(
    broken,
    JSON.stringify({ ...file, decisions: [{ ...file.decisions[0], response: 'maybe' }] }),
  );
  await importUnitFile(page, broken);
  const refused = page.getByRole('alertdialog', { name: 'This response file cannot be imported' });
  await expect(refused.getByRole('listitem')).toHaveText([
    'decisions[0].response: The value is not allowed here.',
  ]);
  await refused.getByRole('button', { name: 'Close' }).click();
  await expect(row).toContainText('1 of 2 adopted, 1 awaiting');

  // The unit's owner fills it in and sends it back.
  file.decisions[0].response = 'object';
  file.decisions[0].explanation = 'Public tenders fix our prices until June.';
  const filled = testInfo.outputPath('filled.tandem-unit.json');
  await writeFile(filled, JSON.stringify(file, null, 2));
  await importUnitFile(page, filled);
  await expect(page.getByText('Imported 1 response of Sales Nordics.')).toBeVisible();
  await expect(row).toContainText('1 of 2 adopted, 1 objection');

  // Keyboard alone: the objection is withdrawn and the unit adopts after all.
  const nordics = row.getByRole('button', { name: 'Response of Sales Nordics to D-1' });
  await tabTo(page, nordics);
  await page.keyboard.press('Enter');
  const edit = page.getByRole('dialog', { name: 'Sales Nordics: response to D-1' });
  const response = edit.getByRole('combobox', { name: 'Response', exact: true });
  await expect(response).toHaveValue('object');
  await tabTo(page, response);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(response).toHaveValue('adopt');
  await tabTo(page, edit.getByRole('button', { name: 'Save response' }));
  await page.keyboard.press('Enter');
  await expect(edit).toBeHidden();
  await expect(row).toContainText('2 of 2 adopted');
  await expect(nordics).toBeFocused();
});
