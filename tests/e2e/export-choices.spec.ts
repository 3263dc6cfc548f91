/**
 * The Export minutes dialog keeps the user's choices while it is open (issue 16): with a meeting
 * running behind it, every choice is changed by mouse, the meeting changes behind the dialog (the
 * timer ticks, a second window of the same workspace logs a point and writes notes), and the files
 * saved afterwards follow the choices: language, format, file name, notes and anonymity.
 */
import type { Page } from '@playwright/test';
import { startLiveMeeting } from './support/live-meeting';
import { downloadMinutes } from './support/minutes-download';
import { expect, test } from './support/tandem-test';

const TITLE = 'Export while running';

/** A second window of the same workspace, on the run screen: it logs a point and writes notes. */
async function changeFromAnotherWindow(page: Page, meetingId: string): Promise<void> {
  const other = await page.context().newPage();
  await other.goto(`/#/meetings/${meetingId}/run`);
  await other.getByRole('button', { name: 'Log point', exact: true }).click();
  const log = other.getByRole('dialog', { name: 'Log point' });
  await log.getByRole('textbox', { name: 'Statement' }).fill('Booth budget is still open');
  await log.getByRole('textbox', { name: 'Statement' }).press('Alt+1');
  await other.keyboard.press('Enter');
  await expect(log).toBeHidden();
  await other.getByRole('tab', { name: /^Notes/ }).click();
  await other.getByRole('textbox', { name: /^Notes on / }).fill('Private aside that stays out');
  await other.close();
}

test('the Export dialog keeps every choice while the meeting changes behind it', async ({ app }) => {
  const { page } = app;
  const meetingId = await startLiveMeeting(page, TITLE);
  const remaining = page.getByTestId('item-remaining');

  await page.getByRole('button', { name: 'Export minutes', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export minutes' });
  const language = dialog.getByRole('combobox', { name: 'Language of the minutes' });
  const anonymous = dialog.getByRole('checkbox', { name: 'Relationship issues anonymous' });
  const notes = dialog.getByRole('checkbox', { name: 'Notes per agenda item' });
  const csv = dialog.getByRole('radio', { name: 'Decision register (CSV)', exact: true });
  const preview = dialog.frameLocator('iframe[title="Preview of the minutes"]');

  // Every choice, by mouse.
  await language.click();
  await language.selectOption('de');
  await anonymous.click();
  await notes.click();
  await csv.click();
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(`Protokoll: ${TITLE}`);

  // The meeting changes behind the dialog: the timer ticks twice, another window writes.
  const before = await remaining.textContent();
  await expect(remaining).not.toHaveText(before ?? '');
  await changeFromAnotherWindow(page, meetingId);
  // The new point shows in the summary's open points and in the log.
  await expect(preview.getByText('Booth budget is still open').first()).toBeVisible();
  const later = await remaining.textContent();
  await expect(remaining).not.toHaveText(later ?? '');

  await expect(language).toHaveValue('de');
  await expect(anonymous).not.toBeChecked();
  await expect(notes).not.toBeChecked();
  await expect(csv).toBeChecked();

  const decisions = await downloadMinutes(page, dialog, 'Decision register (CSV)');
  // The meeting's date is today where the browser is (Europe/Berlin here), not in UTC.
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
  expect(decisions.name).toBe(`${TITLE}-${today}-Entscheidungen.csv`);
  const table = decisions.bytes.toString('utf8');
  expect(table.startsWith('\uFEFFNummer;Besprechung;')).toBe(true);

  // The choices still hold after a save and another tick; the minutes follow them too.
  const third = await remaining.textContent();
  await expect(remaining).not.toHaveText(third ?? '');
  const minutes = await downloadMinutes(page, dialog, 'Markdown');
  expect(minutes.name).toMatch(/-Protokoll\.md$/);
  const text = minutes.bytes.toString('utf8');
  expect(text).toContain(`Protokoll: ${TITLE}`);
  expect(text).toContain('Booth budget is still open');
  expect(text).not.toContain('Private aside that stays out');
});
