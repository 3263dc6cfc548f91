/**
 * A live meeting made through the UI, for the reliability specs: a new meeting from the price and
 * offer template (its timed items), started at once. Resolves to its id, on the run screen.
 */
import { expect, type Page } from '@playwright/test';
import { createFromTemplate } from './prepared-meeting';

export async function startLiveMeeting(page: Page, title: string): Promise<string> {
  await createFromTemplate(page, title);
  await page.getByRole('button', { name: 'Start meeting' }).click();
  await expect(page.getByRole('button', { name: /^Next item/ })).toBeVisible();
  const match = /#\/meetings\/([^/]+)\/run$/.exec(page.url());
  if (!match?.[1]) throw new Error(`Not on the run screen: ${page.url()}`);
  return match[1];
}
