/**
 * Export minutes in Chromium: a meeting with decisions, actions, a conflict point and notes comes
 * in through Import meeting (the way a colleague's file arrives), the dialog is opened from Prepare,
 * and every format is downloaded and read back, the PDF (set by Tandem's own writer) with poppler's
 * pdftotext. The preview is checked to be styled under the app's strict CSP; minutes in Chinese,
 * Arabic, Hebrew and emoji are set by the writer with fonts it loads on demand, and minutes with
 * text it cannot set (Devanagari) are said so before saving and printed through the browser's print frame
 * (tests/e2e/minutes-pdf.spec.ts reads both kinds of PDF page by page).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { exportMeetingJson } from '../../renderer/domain/exchange/format';
import type { MeetingRecords } from '../../renderer/domain/exchange/write';
import { sampleMeeting } from '../unit/domain/exchange-fixture';
import { downloadMinutes } from './support/minutes-download';
import { expect, test } from './support/tandem-test';

const STEM = 'Q1 joint strategy-2026-12-01';

async function importSample(page: Page, change: (meeting: MeetingRecords) => void = () => {}): Promise<void> {
  const file = test.info().outputPath('seed.tandem.json');
  const meeting = sampleMeeting();
  change(meeting);
  await writeFile(file, exportMeetingJson(meeting, '2026-12-02T08:00:00.000Z'));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import meeting' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByRole('heading', { level: 1, name: 'Q1 joint strategy' })).toBeVisible();
}

test('every format of the minutes downloads from the Export minutes dialog with the meeting in it', async ({
  app,
}) => {
  const { page } = app;
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await importSample(page);
  await page.getByRole('button', { name: 'Export minutes', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export minutes' });
  const preview = dialog.frameLocator('iframe[title="Preview of the minutes"]');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Minutes: Q1 joint strategy');
  // The minutes' own stylesheet applies inside the sandbox: the CSP admits it by its hash.
  await expect(preview.getByRole('heading', { level: 2, name: 'Decision register' })).toHaveCSS(
    'border-bottom-style',
    'solid',
  );

  const markdown = await downloadMinutes(page, dialog, 'Markdown');
  expect(markdown.name).toBe(`${STEM}-minutes.md`);
  expect(markdown.bytes.toString('utf8')).toContain('D-1: Budget split 60/40');

  const html = await downloadMinutes(page, dialog, 'HTML');
  expect(html.name).toBe(`${STEM}-minutes.html`);
  const htmlText = html.bytes.toString('utf8');
  expect(htmlText).toContain('D-1: Budget split 60/40');
  expect(htmlText).toContain('http-equiv="Content-Security-Policy"');
  expect(htmlText).not.toMatch(/<script/i);

  const docx = await downloadMinutes(page, dialog, 'Word (DOCX)');
  expect(docx.name).toBe(`${STEM}-minutes.docx`);
  expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  if (existsSync('/usr/bin/unzip')) {
    const xml = execFileSync('unzip', ['-p', docx.path, 'word/document.xml'], { encoding: 'utf8' });
    expect(xml).toContain('Minutes: Q1 joint strategy');
    expect(xml).toContain('Budget split 60/40');
  }

  const decisions = await downloadMinutes(page, dialog, 'Decision register (CSV)');
  expect(decisions.name).toBe(`${STEM}-decisions.csv`);
  expect([...decisions.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(decisions.bytes.toString('utf8')).toContain('D-1,Q1 joint strategy,2026-12-01,Budget split 60/40');

  const actions = await downloadMinutes(page, dialog, 'Action items (CSV)');
  expect(actions.name).toBe(`${STEM}-action-items.csv`);
  expect([...actions.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(actions.bytes.toString('utf8')).toContain('Draft the brief,Anna Marketing,2026-12-10');

  const calendar = await downloadMinutes(page, dialog, 'Calendar of due dates (ICS)');
  expect(calendar.name).toBe(`${STEM}-due-dates.ics`);
  const ics = calendar.bytes.toString('utf8');
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  expect(ics).toContain('SUMMARY:Action: Draft the brief');

  const json = await downloadMinutes(page, dialog, 'Meeting file (JSON)');
  expect(json.name).toBe(`${STEM}.tandem.json`);
  const parsed = JSON.parse(json.bytes.toString('utf8')) as {
    format: string;
    version: number;
    meeting: { title: string };
  };
  expect(parsed).toMatchObject({
    format: 'tandem.meeting',
    version: 3,
    meeting: { title: 'Q1 joint strategy' },
  });

  expect(violations).toEqual([]);
});

test('PDF downloads the minutes set by Tandem, in the chosen language', async ({ app }) => {
  const { page } = app;
  await importSample(page);
  await page.getByRole('button', { name: 'Export minutes', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export minutes' });
  await dialog.getByRole('combobox', { name: 'Language of the minutes' }).selectOption('de');
  const pdf = await downloadMinutes(page, dialog, 'PDF');
  expect(pdf.name).toMatch(/^Q1 joint strategy-2026-12-01-.+\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf.path, '-'], { encoding: 'utf8' });
  expect(text).toContain('Protokoll: Q1 joint strategy');
  expect(text).toContain('D-1: Budget split 60/40');
  expect(text).toMatch(/Seite 1 von \d+/);
});

test('PDF sets Chinese, Arabic, Hebrew and emoji with the fallback fonts it loads on demand', async ({
  app,
}) => {
  const { page } = app;
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await importSample(page, (meeting) => {
    const [decision] = meeting.decisions;
    if (decision) decision.rationale = '上海办公室同意 · فريق التسويق · צוות המכירות · 👍';
  });
  await page.getByRole('button', { name: 'Export minutes', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export minutes' });
  const pdf = await downloadMinutes(page, dialog, 'PDF');
  await expect(dialog.getByRole('note')).toHaveCount(0);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf.path, '-'], { encoding: 'utf8' });
  expect(text).toContain('上海办公室同意');
  for (const run of ['فريق التسويق', 'צוות המכירות', '👍']) expect(text).toContain(run);
  const fonts = execFileSync('pdffonts', [pdf.path], { encoding: 'utf8' });
  for (const face of [
    'NotoSansSC-Regular',
    'NotoSansArabic-Regular',
    'NotoSansHebrew-Regular',
    'NotoEmoji-Regular',
  ])
    expect(fonts).toContain(face);
  expect(violations).toEqual([]);
});

test('PDF minutes with text the PDF fonts cannot set print through a print frame', async ({ app }) => {
  const { page } = app;
  await importSample(page, (meeting) => {
    const [decision] = meeting.decisions;
    if (decision) decision.rationale = 'Agreed with the Mumbai office (मुंबई कार्यालय).';
  });
  // Record every print frame the page adds, with the document it was given.
  await page.evaluate(() => {
    const printed: string[] = [];
    Reflect.set(window, 'printedMinutes', printed);
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof HTMLIFrameElement && node.classList.contains('print-frame'))
            printed.push(node.srcdoc);
    }).observe(document.body, { childList: true });
  });
  await page.getByRole('button', { name: 'Export minutes', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export minutes' });
  await dialog.getByRole('combobox', { name: 'Language of the minutes' }).selectOption('de');
  await dialog.getByRole('radio', { name: 'PDF', exact: true }).check();
  // Said before saving, with Word and HTML offered.
  await expect(dialog.getByRole('note')).toContainText(
    'The PDF cannot set some of the text in these minutes (Devanagari)',
  );
  await expect(dialog.getByRole('note').getByRole('button', { name: 'Choose Word (DOCX)' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    'The print dialog is open: choose “Save as PDF” there.',
  );
  const printed = await page.evaluate(() => Reflect.get(window, 'printedMinutes') as string[]);
  expect(printed).toHaveLength(1);
  expect(printed[0]).toContain('<h1>Protokoll: Q1 joint strategy</h1>');
  expect(printed[0]).toContain('D-1: Budget split 60/40');
  expect(printed[0]).toContain('मुंबई कार्यालय');
  expect(printed[0]).not.toMatch(/<script/i);
});
