/**
 * The cockpit tab chosen is remembered per meeting on this device: a tab chosen by mouse or by
 * Alt+W is shown again after a reload, and another meeting opens on its own (by default the
 * parking lot).
 */
import type { Page } from '@playwright/test';
import { startLiveMeeting } from './support/live-meeting';
import { expect, test } from './support/tandem-test';

const tab = (page: Page, name: RegExp) => page.getByRole('tab', { name });
const selected = (page: Page) =>
  page.getByRole('tablist', { name: 'More capture' }).getByRole('tab', { selected: true });

test('the chosen cockpit tab survives a reload, per meeting', async ({ app }) => {
  const page = app.page;
  await startLiveMeeting(page, 'Other meeting');
  const otherUrl = page.url();
  await page.goto(otherUrl.replace(/#.*$/, '#/meetings'));
  await startLiveMeeting(page, 'Pricing alignment');
  await expect(selected(page)).toHaveText(/^Parking lot/);

  await tab(page, /^Knowledge/).click();
  await expect(selected(page)).toHaveText(/^Knowledge/);
  await expect(page.getByRole('button', { name: 'Add fact or question' })).toBeVisible();
  await page.reload();
  await expect(selected(page)).toHaveText(/^Knowledge/);
  await expect(page.getByRole('button', { name: 'Add fact or question' })).toBeVisible();

  // By key: Alt+W moves on to Notes, which a reload keeps too.
  await page.keyboard.press('Alt+W');
  await expect(selected(page)).toHaveText(/^Notes/);
  await page.reload();
  await expect(selected(page)).toHaveText(/^Notes/);

  // The other meeting keeps its own: nothing chosen there, so the parking lot.
  await page.goto(otherUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Other meeting' })).toBeVisible();
  await expect(selected(page)).toHaveText(/^Parking lot/);
});
