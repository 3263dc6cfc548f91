/**
 * A live meeting made through the UI, for the reliability specs: a new meeting from the price and
 * offer template (its timed items), started at once. Resolves to its id, on the run screen.
 */
import { expect, type Page } from '@playwright/test';

export async function startLiveMeeting(page: Page, title: string): Promise<string> {
  await page.getByRole('button', { name: 'New meeting' }).click();
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await dialog
    .getByRole('combobox', { name: 'Start from' })
    .selectOption({ label: 'Price and offer alignment (90 min)' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await page.getByRole('button', { name: 'Start meeting' }).click();
  await expect(page.getByRole('button', { name: /^Next item/ })).toBeVisible();
  const match = /#\/meetings\/([^/]+)\/run$/.exec(page.url());
  if (!match?.[1]) throw new Error(`Not on the run screen: ${page.url()}`);
  return match[1];
}
