/**
 * Check-in/check-out and the mirror round end to end: a check-in by mouse, a check-out by keys, a
 * mirror round on a conflict point by mouse and one by Alt+Y; the projector shows the running round;
 * after a reload everything is still there, and the Markdown minutes hold the rounds and the mirror
 * round.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { prepareMeeting } from './support/prepared-meeting';
import { expect, test } from './support/tandem-test';

const STATEMENT = 'Who owns lead scoring';

async function logPoint(page: Page) {
  await page.keyboard.press('Alt+L');
  const dialog = page.getByRole('dialog', { name: 'Log point' });
  await expect(dialog.getByRole('textbox', { name: 'Statement' })).toBeFocused();
  await page.keyboard.type(STATEMENT);
  await page.keyboard.press('Alt+1');
  await dialog.getByLabel('Raised by (department)').selectOption({ label: 'Sales' });
  await dialog.getByRole('button', { name: 'Log point' }).click();
  await expect(dialog).toBeHidden();
}

test('rounds and mirror rounds are entered by mouse and keys, projected, kept and in the minutes', async ({
  app,
}) => {
  const { page } = app;
  await prepareMeeting(page, 'Lead hand-over');
  await page.getByRole('button', { name: 'Start meeting' }).click();
  await expect(page.getByRole('button', { name: 'Log point' })).toBeVisible();

  // Check-in by mouse.
  await page.getByRole('button', { name: 'Check-in' }).click();
  const checkIn = page.getByRole('dialog', { name: 'Check-in: one word and a mood' });
  await checkIn.getByRole('textbox', { name: 'Word of Mara Lind' }).click();
  await page.keyboard.type('curious');
  await checkIn.getByRole('textbox', { name: 'Mood of Mara Lind' }).click();
  await page.keyboard.type('4');
  await checkIn.getByRole('textbox', { name: 'Word of Jon Vik' }).click();
  await page.keyboard.type('sceptical');
  await expect(checkIn.getByRole('status')).toHaveText('2 of 2 answered');
  await checkIn.getByRole('button', { name: 'Done' }).click();
  await expect(checkIn).toBeHidden();

  // A mirror round on a conflict point, by mouse, shown on the projector while it runs.
  await logPoint(page);
  const [audience] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('button', { name: 'Audience view', exact: true }).click(),
  ]);
  await page.getByRole('button', { name: `Mirror round on “${STATEMENT}”` }).click();
  const mirror = page.getByRole('dialog', { name: 'Mirror round' });
  await mirror
    .getByRole('textbox', { name: 'Marketing restates Sales’s position' })
    .fill('You carry the quota');
  const partly = mirror
    .getByRole('group', { name: 'Sales: is that right?' })
    .getByRole('radio', { name: 'Partly' });
  await partly.click();
  await expect(partly).toBeChecked();
  const wall = audience.getByRole('region', { name: 'Mirror round' });
  await expect(wall).toContainText(STATEMENT);
  await expect(wall).toContainText('You carry the quota');
  await expect(wall).toContainText('Confirmed: Partly');
  await expect(audience.locator('.audience')).not.toContainText('Mara Lind');
  await mirror.getByRole('button', { name: 'End mirror round' }).click();
  await expect(mirror).toBeHidden();
  await expect(wall).toBeHidden();

  // A second mirror round by Alt+Y, on the latest open point.
  await page.keyboard.press('Alt+Y');
  await expect(mirror.getByRole('textbox', { name: 'Marketing restates Sales’s position' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await mirror.getByRole('textbox', { name: 'Sales restates Marketing’s position' }).fill('You need reach');
  await expect(audience.getByRole('region', { name: 'Mirror round' })).toContainText('You need reach');
  await mirror.getByRole('button', { name: 'Close' }).click();
  await audience.close();

  // Check-out by keys: move past half the agenda, then Alt+J, digits and Tab.
  const items = await page.getByRole('navigation', { name: 'Agenda' }).getByRole('listitem').count();
  const now = page.locator('.run-active-title');
  for (let step = 0; step < Math.ceil(items / 2); step += 1) {
    // Each step is stored before the next: Alt+J reads how far the agenda is.
    const before = await now.textContent();
    await page.keyboard.press('Alt+N');
    await expect(now).not.toHaveText(before ?? '');
  }
  await page.keyboard.press('Alt+J');
  const checkOut = page.getByRole('dialog', { name: 'Check-out: how was the meeting?' });
  await expect(checkOut.getByRole('textbox', { name: '“Worth the time” of Jon Vik' })).toBeFocused();
  await page.keyboard.type('4');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await page.keyboard.type('5');
  await page.keyboard.press('Tab');
  await page.keyboard.type('5');
  await expect(checkOut.getByRole('status')).toHaveText('2 of 2 answered');
  await page.keyboard.press('Escape');
  await expect(checkOut).toBeHidden();

  // After a reload, all is still there.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Log point' })).toBeVisible();
  // The conflict log shows the running item's points: back to the item the point was logged on.
  for (let step = 0; step < Math.ceil(items / 2); step += 1) {
    await page.getByRole('button', { name: 'Previous item' }).click();
  }
  await expect(page.getByText('Mirror round: Sales Partly, Marketing not asked')).toBeVisible();
  await page.getByRole('button', { name: 'Check-in' }).click();
  await expect(checkIn.getByRole('textbox', { name: 'Word of Jon Vik' })).toHaveValue('sceptical');
  await expect(checkIn.getByRole('textbox', { name: 'Mood of Mara Lind' })).toHaveValue('4');
  await checkIn.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: `Open the running mirror round on “${STATEMENT}”` }).click();
  await expect(mirror.getByRole('textbox', { name: 'Sales restates Marketing’s position' })).toHaveValue(
    'You need reach',
  );
  await mirror.getByRole('button', { name: 'End mirror round' }).click();

  // The Markdown minutes hold both rounds and both mirror rounds.
  await page.getByRole('button', { name: 'Export minutes', exact: true }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export minutes' });
  await exportDialog.getByRole('radio', { name: 'Markdown', exact: true }).check();
  const downloaded = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Save', exact: true }).click();
  const file = await downloaded;
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  const markdown = await readFile(path, 'utf8');
  for (const text of [
    'Check-in and check-out',
    'curious',
    'sceptical',
    'Mirror rounds',
    'You carry the quota',
    'You need reach',
    'Partly',
  ])
    expect(markdown).toContain(text);
});
