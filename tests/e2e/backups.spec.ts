/**
 * Automatic backups in real Chromium, kept in the browser's Origin Private File System: run a
 * meeting and end it, find its backup on the Restore screen, delete the meeting, restore it in place
 * from the backup after a preview of what changes, and see what was captured live come back — also
 * after a reload of the page.
 */
import type { Page } from '@playwright/test';
import { startLiveMeeting } from './support/live-meeting';
import { MeetingsScreen } from './support/meetings-screen';
import { expect, test } from './support/tandem-test';

const TITLE = 'Pricing alignment';
const POINT = 'Discount bands differ between regions';

async function runAndEnd(page: Page): Promise<string> {
  await startLiveMeeting(page, TITLE);
  await expect(page.getByRole('button', { name: 'Log point' })).toBeVisible();
  await page.keyboard.press('Alt+L');
  const log = page.getByRole('dialog', { name: 'Log point' });
  await expect(log.getByRole('textbox', { name: 'Statement' })).toBeFocused();
  await page.keyboard.type(POINT);
  await page.keyboard.press('Alt+1');
  await page.keyboard.press('Enter');
  await expect(log).toBeHidden();
  const runUrl = page.url();
  await page.keyboard.press('Alt+X');
  await page
    .getByRole('alertdialog', { name: 'End meeting?' })
    .getByRole('button', { name: 'End meeting' })
    .click();
  await expect(page.getByText(/^Backup saved at \d\d:\d\d\.$/)).toBeVisible();
  return runUrl;
}

const summary = (page: Page) => page.getByRole('region', { name: 'Summary' });

test('a meeting ended is backed up, and a deleted meeting comes back from its backup', async ({ app }) => {
  const page = app.page;
  const runUrl = await runAndEnd(page);
  await expect(summary(page)).toContainText(POINT);

  await page.goto('/#/meetings');
  await page.getByRole('link', { name: 'Restore from backup' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Restore' })).toBeVisible();
  const rows = page.getByRole('table', { name: 'Backups' }).getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1).getByRole('rowheader')).toHaveText(TITLE);
  await expect(rows.nth(1)).toContainText(/kB/);

  const meetings = new MeetingsScreen(page);
  await page.goto('/#/meetings');
  await meetings.deleteMeeting(TITLE);
  await expect(page.getByText('No meetings yet')).toBeVisible();

  await page.getByRole('link', { name: 'Restore from backup' }).click();
  await rows.nth(1).getByRole('button', { name: 'Restore' }).click();
  // The deleted meeting is still known here by its ids: the preview says what restoring in place
  // changes, and restoring in place (not a copy) is the primary choice.
  const exists = page.getByRole('dialog', { name: 'This meeting is already here' });
  await expect(exists).toContainText(`“${TITLE}” was deleted here; updating brings it back.`);
  await expect(exists.getByRole('listitem')).toHaveText([
    /^From the file, \d+ records replace their versions here\.$/,
  ]);
  await expect(exists.getByRole('button', { name: 'Import as a copy' })).not.toHaveClass(/primary/);
  const inPlace = exists.getByRole('button', { name: 'Restore in place' });
  await expect(inPlace).toHaveClass(/primary/);
  await inPlace.click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  await page.goto(runUrl);
  await expect(summary(page)).toContainText(POINT);
  await page.reload();
  await expect(summary(page)).toContainText(POINT);
  await page.goto('/#/meetings');
  await expect(meetings.item(TITLE)).toBeVisible();
  // Restored, not copied: the meeting is there once.
  await expect(meetings.items).toHaveCount(1);
  await page.goto('/#/restore');
  await expect(rows.nth(1).getByRole('rowheader')).toHaveText(TITLE);
});
