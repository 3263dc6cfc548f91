/**
 * Timer extensions end to end: +1 min by mouse and +5 min by Alt+Shift+I on the running item,
 * still there after a reload, shown on the projector ("+6 min" beside the timer) and listed in the
 * exported Markdown and HTML minutes as planned vs extended vs actual.
 */
import type { Page } from '@playwright/test';
import { startLiveMeeting } from './support/live-meeting';
import { downloadMinutes } from './support/minutes-download';
import { expect, test } from './support/tandem-test';

/** Moves the focus out of any field, so shortcuts reach the page. */
async function blur(page: Page) {
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });
}

test('extends the running item by mouse and by key, survives a reload, shows on the wall and in the minutes', async ({
  app,
}) => {
  const { page } = app;
  await startLiveMeeting(page, 'Pricing alignment');
  const extended = page.getByTestId('item-extended');

  await page.getByRole('button', { name: 'Add 1 minute' }).click();
  await expect(extended).toHaveText('Extended by 1 min');
  await blur(page);
  await page.keyboard.press('Alt+Shift+I');
  await expect(extended).toHaveText('Extended by 6 min');

  await page.reload();
  await expect(extended).toHaveText('Extended by 6 min');

  const [audience] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('button', { name: 'Audience view', exact: true }).click(),
  ]);
  await expect(audience.getByTestId('audience-extended')).toHaveText('+6 min');
  await expect(audience.getByTestId('audience-extended')).toHaveAttribute(
    'aria-label',
    'Extended by 6 minutes',
  );
  await audience.close();

  await page.getByRole('button', { name: 'Export minutes', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export minutes' });
  const markdown = (await downloadMinutes(page, dialog, 'Markdown')).bytes.toString('utf8');
  expect(markdown).toContain('| Planned | Extended | Actual |');
  expect(markdown).toContain('| +6 min |');
  const html = (await downloadMinutes(page, dialog, 'HTML')).bytes.toString('utf8');
  expect(html).toContain('<th scope="col">Extended</th>');
  expect(html).toContain('<td>+6 min</td>');
});
