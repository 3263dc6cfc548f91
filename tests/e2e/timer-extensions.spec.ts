/**
 * Timer extensions end to end: +1 min by mouse and +5 min by Alt+Shift+I on the running item,
 * still there after a reload, shown on the projector ("+6 min" beside the timer) and listed in the
 * exported Markdown and HTML minutes as planned vs extended vs actual. Who asked for an extension,
 * chosen by mouse from the meeting's people, is kept over a reload too.
 */
import type { Page } from '@playwright/test';
import { startLiveMeeting } from './support/live-meeting';
import { downloadMinutes } from './support/minutes-download';
import { prepareMeeting } from './support/prepared-meeting';
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

test('+5 min with who asked, chosen by mouse, survives a reload and is in the Markdown minutes', async ({
  app,
}) => {
  const { page } = app;
  await prepareMeeting(page, 'Pricing alignment');
  await page.getByRole('button', { name: 'Start meeting' }).click();
  const extensions = page.getByRole('group', { name: 'Extend the timer' });
  await expect(extensions.getByRole('button', { name: 'Add 5 minutes' })).toBeVisible();
  // Nobody asks before there is an extension to ask for.
  await expect(extensions.getByRole('combobox', { name: 'Asked by' })).toHaveCount(0);

  await extensions.getByRole('button', { name: 'Add 5 minutes' }).click();
  await expect(page.getByTestId('item-extended')).toHaveText('Extended by 5 min');
  const asker = extensions.getByRole('combobox', { name: 'Asked by' });
  await expect(asker.locator('option:checked')).toHaveText('Nobody in particular');
  await asker.selectOption({ label: 'Jon Vik' });
  // The choice shows once it is stored (the field follows the stored extension).
  await expect(asker.locator('option:checked')).toHaveText('Jon Vik');

  await page.reload();
  await expect(page.getByTestId('item-extended')).toHaveText('Extended by 5 min');
  await expect(asker.locator('option:checked')).toHaveText('Jon Vik');

  await page.getByRole('button', { name: 'Export minutes', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export minutes' });
  const markdown = (await downloadMinutes(page, dialog, 'Markdown')).bytes.toString('utf8');
  expect(markdown).toContain('| Planned | Extended | Actual |');
  // The running item: planned slot and timebox, then +5 min, then the time it has run so far.
  expect(markdown).toMatch(/\| \d\d:\d\d–\d\d:\d\d \(\d+ min\) \| \+5 min \| \d\d:\d\d–[^|]* \| running \|/);
  // The other items were not extended.
  expect(markdown.match(/\| \+5 min \|/g)).toHaveLength(1);
});
