/**
 * The mirrored-screen safety end to end: Alt+M and the button hide private points on the
 * facilitator's own run screen, a private point captured meanwhile is stored but not shown, the
 * state survives a reload and is off by default in another meeting.
 */
import type { Page } from '@playwright/test';
import { startLiveMeeting } from './support/live-meeting';
import { expect, test } from './support/tandem-test';

async function logPoint(page: Page, statement: string, level: 'content' | 'relationship', secret = false) {
  await page.keyboard.press('Alt+L');
  const dialog = page.getByRole('dialog', { name: 'Log point' });
  await expect(dialog.getByRole('textbox', { name: 'Statement' })).toBeFocused();
  await page.keyboard.type(statement);
  await page.keyboard.press(level === 'content' ? 'Alt+1' : 'Alt+2');
  if (secret) await dialog.getByRole('checkbox', { name: /^Private/ }).check();
  await dialog.getByRole('button', { name: 'Log point' }).click();
  await expect(dialog).toBeHidden();
}

const log = (page: Page) => page.getByRole('list', { name: 'Conflict points' });
const toggle = (page: Page) => page.getByRole('button', { name: 'Mirrored screen' });

test('hides private points by key and by mouse, remembers it per meeting over a reload', async ({ app }) => {
  const page = app.page;
  await startLiveMeeting(page, 'Other meeting');
  const firstUrl = page.url();
  await page.goto(firstUrl.replace(/#.*$/, '#/meetings'));
  await startLiveMeeting(page, 'Pricing alignment');

  await logPoint(page, 'Discount bands differ between regions', 'content');
  await logPoint(page, 'We are never asked before a campaign', 'relationship', true);
  await expect(log(page).getByText('We are never asked before a campaign')).toBeVisible();
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByText('Mirrored screen: off')).toBeVisible();

  await page.keyboard.press('Alt+M');
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Mirrored screen: private hidden')).toBeVisible();
  await expect(log(page).getByText('We are never asked before a campaign')).toBeHidden();
  await expect(log(page).getByText('Discount bands differ between regions')).toBeVisible();
  await expect(page.getByText('1 private point hidden')).toBeVisible();

  // Captured while the safety is on: stored, counted, not shown.
  await logPoint(page, 'Sales overrules us in every review', 'relationship', true);
  await expect(page.getByText('2 private points hidden')).toBeVisible();
  await expect(log(page).getByRole('listitem')).toHaveCount(1);

  await page.reload();
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(log(page).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByText('Sales overrules us in every review')).toHaveCount(0);

  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(log(page).getByText('Sales overrules us in every review')).toBeVisible();
  await expect(log(page).getByRole('listitem')).toHaveCount(3);
  await toggle(page).click();
  await expect(log(page).getByRole('listitem')).toHaveCount(1);

  // Off by default in another meeting.
  await page.goto(firstUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Other meeting' })).toBeVisible();
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByText('Mirrored screen: off')).toBeVisible();
});
