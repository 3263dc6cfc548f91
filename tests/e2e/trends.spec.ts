/**
 * The Trends screen end to end: two meetings of one series, each run with a conflict point logged
 * (content in the first, relationship in the second), then their trends reached from the palette,
 * the header and the Meetings list; the chart and its table show both meetings, the table toggles by
 * keyboard and by mouse, and the exports as SVG and PNG download and read back.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { prepareMeeting } from './support/prepared-meeting';
import { expect, test } from './support/tandem-test';

const TITLE = 'Lead handover';

/** Starts the meeting on screen, logs one point of `level` by keyboard, and ends it. */
async function runWithPoint(page: Page, statement: string, level: 'Alt+1' | 'Alt+2'): Promise<void> {
  await page.getByRole('button', { name: 'Start meeting' }).click();
  await expect(page.getByRole('button', { name: /^Next item/ })).toBeVisible();
  await page.keyboard.press('Alt+L');
  const dialog = page.getByRole('dialog', { name: 'Log point' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type(statement);
  await page.keyboard.press(level);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText(statement, { exact: true }).first()).toBeVisible();
  await page.keyboard.press('Alt+X');
  await page
    .getByRole('alertdialog', { name: 'End meeting?' })
    .getByRole('button', { name: 'End meeting' })
    .click();
  await expect(page.getByText('This meeting has ended.')).toBeVisible();
}

async function download(page: Page, button: ReturnType<Page['getByRole']>) {
  const downloaded = page.waitForEvent('download');
  await button.click();
  const file = await downloaded;
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

test('two meetings of a series show in the charts and tables, which export as SVG and PNG', async ({
  app,
}) => {
  const page = app.page;
  await prepareMeeting(page, TITLE);
  await runWithPoint(page, 'Lead score threshold', 'Alt+1');
  await page
    .getByRole('region', { name: 'Summary' })
    .getByRole('button', { name: 'Plan next meeting' })
    .click();
  await page
    .getByRole('dialog', { name: 'Plan next meeting' })
    .getByRole('button', { name: 'Plan and open' })
    .click();
  await expect(page.getByRole('region', { name: 'Carried over from the last meeting' })).toBeVisible();
  await runWithPoint(page, 'Tone in the handover call', 'Alt+2');

  // The palette opens the whole workspace's trends.
  await page.keyboard.press('Control+K');
  await page.keyboard.type('trends');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/trends$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Trends' })).toBeVisible();
  await expect(page.getByText('2 meetings held')).toBeVisible();

  // From the Meetings list (the header link, then the series' Trends link), by mouse.
  await page.getByRole('navigation').getByRole('link', { name: 'Meetings', exact: true }).click();
  await page
    .getByRole('link', { name: `Trends of the series “${TITLE}”` })
    .first()
    .click();
  await expect(page).toHaveURL(/#\/trends\/[0-9a-zA-Z-]+$/);
  await expect(page.getByRole('combobox', { name: 'Show' })).toHaveValue(/.+/);

  const chart = page.getByRole('region', { name: 'Content vs relationship' });
  await expect(chart.getByRole('img', { name: 'Content vs relationship' })).toBeVisible();
  // Two meetings: two groups of bars under two dates.
  await expect(chart.locator('svg .visx-axis-bottom .visx-axis-tick')).toHaveCount(2);

  // The table by keyboard: both meetings, the second with the carried content point and the new relationship one.
  const toggle = chart.getByRole('button', { name: 'Show as table: Content vs relationship' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const rows = chart.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toHaveText(new RegExp(`${TITLE}\\s*100%0%$`));
  await expect(rows.nth(2)).toHaveText(new RegExp(`${TITLE}\\s*50%50%$`));
  await expect(chart.getByRole('img')).toBeHidden();
  // And back by mouse.
  await toggle.click();
  await expect(chart.getByRole('img', { name: 'Content vs relationship' })).toBeVisible();

  const svg = await download(
    page,
    chart.getByRole('button', { name: 'Export “Content vs relationship” as SVG' }),
  );
  expect(svg.name).toMatch(/^Trends-Content vs relationship-\d{4}-\d{2}-\d{2}\.svg$/);
  const text = svg.bytes.toString('utf8');
  expect(text).toMatch(/^<\?xml/);
  expect(text).toContain('<title>Content vs relationship</title>');
  expect(text.match(/<rect[^>]*fill="#c2410c"/g)?.length).toBeGreaterThanOrEqual(2);
  await expect(chart.getByRole('status')).toHaveText(`Saved ${svg.name}`);

  const png = await download(
    page,
    chart.getByRole('button', { name: 'Export “Content vs relationship” as PNG' }),
  );
  expect(png.name).toMatch(/\.png$/);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // Twice the chart's size (640 × 260), read from the PNG header.
  expect(png.bytes.readUInt32BE(16)).toBe(1280);
  expect(png.bytes.readUInt32BE(20)).toBe(520);
});
