/**
 * Moving a meeting to another machine: export it as JSON from Prepare, import the file into a
 * fresh profile (another browser with empty storage), and export it there again — the same file
 * apart from the export time.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './support/chromium';
import { MeetingsScreen } from './support/meetings-screen';
import { expect, test } from './support/tandem-test';

async function exportJson(page: Page): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Export meeting (JSON)' }).click();
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

const withoutTime = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '"exportedAt": ""');

test('a meeting exported as JSON imports into a fresh profile without loss', async ({
  app,
  baseURL,
}, testInfo) => {
  const meetings = new MeetingsScreen(app.page);
  await meetings.createMeeting({ title: 'Q1 joint strategy', date: '2026-12-01', time: '09:30' });
  await meetings.item('Q1 joint strategy').getByRole('link', { name: 'Q1 joint strategy' }).click();
  await expect(app.page.getByRole('heading', { level: 1, name: 'Q1 joint strategy' })).toBeVisible();
  const first = await exportJson(app.page);
  expect(first.name).toBe('Q1 joint strategy-2026-12-01.tandem.json');
  const saved = testInfo.outputPath(first.name);
  await writeFile(saved, first.text);

  const browser = await chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ baseURL, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByText('No meetings yet')).toBeVisible();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import meeting' }).click();
    await (await chooser).setFiles(saved);
    await expect(page.getByRole('heading', { level: 1, name: 'Q1 joint strategy' })).toBeVisible();
    const again = await exportJson(page);
    expect(withoutTime(again.text)).toBe(withoutTime(first.text));
  } finally {
    await browser.close();
  }
});

test('a broken file is refused with its problems listed, and nothing is imported', async ({
  app,
}, testInfo) => {
  const broken = testInfo.outputPath('broken.tandem.json');
  await writeFile(broken, '{"format": "tandem.meeting", "version": 1');
  const chooser = app.page.waitForEvent('filechooser');
  await app.page.getByRole('button', { name: 'Import meeting' }).click();
  await (await chooser).setFiles(broken);
  const dialog = app.page.getByRole('alertdialog', { name: 'This file cannot be imported' });
  await expect(dialog.getByRole('listitem')).toHaveText([
    'The file ends too early; it may have been cut off while copying.',
  ]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(app.page.getByText('No meetings yet')).toBeVisible();
});
