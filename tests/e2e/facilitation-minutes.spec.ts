/**
 * The facilitation tools in the record: a meeting file with a timer extension, a quick vote that
 * informed a decision, check-in and check-out answers and a mirror round comes in through Import
 * meeting, and every format of the minutes (Markdown, HTML, Word, PDF) carries all four; the meeting
 * file exported again holds them unchanged. A meeting file of version 1 (before the cockpit) still
 * imports through the same dialog.
 */
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { exportMeetingJson } from '../../renderer/domain/exchange/format';
import { sampleMeeting } from '../unit/domain/exchange-fixture';
import { downloadMinutes } from './support/minutes-download';
import { expect, test } from './support/tandem-test';

async function importFile(page: Page, name: string, text: string): Promise<void> {
  const file = test.info().outputPath(name);
  await writeFile(file, text);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import meeting' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByRole('heading', { level: 1, name: 'Q1 joint strategy' })).toBeVisible();
}

/** Saves `format` from the open dialog and reads the file back as text. */
async function download(page: Page, dialog: Locator, format: string) {
  const { path, bytes } = await downloadMinutes(page, dialog, format);
  return { path, text: bytes.toString('utf8') };
}

/** What every format must say about the four tools, as the reader sees it. */
const EXPECTED = [
  // The agenda's column of time added while an item ran.
  'Extended',
  // The vote and the decision it informed.
  'Which split?',
  // The mirror round's restatements.
  'Sales finds the leads too cold to call',
  'Marketing sees the volume as agreed',
  // The check-in word.
  'curious',
];

test('the minutes in every format and the meeting file carry extensions, votes, rounds and mirror rounds', async ({
  app,
}) => {
  const { page } = app;
  const original = exportMeetingJson(sampleMeeting(), '2026-12-02T08:00:00.000Z');
  await importFile(page, 'seed.tandem.json', original);
  await page.getByRole('button', { name: 'Export minutes', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export minutes' });

  const markdown = await download(page, dialog, 'Markdown');
  const html = await download(page, dialog, 'HTML');
  const docx = await download(page, dialog, 'Word (DOCX)');
  const docxText = execFileSync('unzip', ['-p', docx.path, 'word/document.xml'], { encoding: 'utf8' })
    .replace(/<w:tab\/>/g, ' ')
    .replace(/<[^>]+>/g, '');
  const pdf = await download(page, dialog, 'PDF');
  const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf.path, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
  for (const [format, text] of [
    ['Markdown', markdown.text],
    ['HTML', html.text],
    ['DOCX', docxText],
    ['PDF', pdfText],
  ] as const) {
    for (const expected of EXPECTED) expect(text, `${format}: ${expected}`).toContain(expected);
  }

  const json = await download(page, dialog, 'Meeting file (JSON)');
  const strip = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '');
  expect(strip(json.text)).toBe(strip(original));
});

test('a meeting file of version 1 imports through Import meeting', async ({ app }) => {
  const { page } = app;
  const v1 = await readFile(new URL('../unit/domain/fixtures/meeting-v1.json', import.meta.url), 'utf8');
  await importFile(page, 'older.tandem.json', v1);
  await expect(page.getByText('Campaign budget').first()).toBeVisible();
});
