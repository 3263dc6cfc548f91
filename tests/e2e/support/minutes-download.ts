/** Saves one format from the open Export minutes dialog and reads the file back. */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './tandem-test';

/** Chooses a format, saves, and returns the downloaded file's name and bytes. */
export async function downloadMinutes(page: Page, dialog: Locator, format: string) {
  await dialog.getByRole('radio', { name: format, exact: true }).check();
  const downloaded = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  const file = await downloaded;
  const name = file.suggestedFilename();
  await expect(dialog.getByRole('status')).toHaveText(`Saved ${name}`);
  const path = test.info().outputPath(name);
  await file.saveAs(path);
  return { name, path, bytes: await readFile(path) };
}
