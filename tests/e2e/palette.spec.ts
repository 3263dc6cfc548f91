/**
 * The Ctrl+K command palette end to end: by keyboard (type, Enter) and by mouse (a click), an
 * action that opens a dialog and a screen that navigates, the same entries as the "?" help, and
 * German names when the UI is German.
 */
import type { Page } from '@playwright/test';
import { startLiveMeeting } from './support/live-meeting';
import { expect, test } from './support/tandem-test';

const palette = (page: Page, name = 'Commands') => page.getByRole('dialog', { name });
const options = (page: Page) => page.getByRole('listbox').getByRole('option');

test('Ctrl+K, "log", Enter opens the Log point dialog', async ({ app }) => {
  const page = app.page;
  await startLiveMeeting(page, 'Pricing alignment');
  await page.keyboard.press('Control+K');
  await expect(palette(page).getByRole('combobox', { name: 'Command or screen' })).toBeFocused();
  await page.keyboard.type('log');
  await expect(options(page).first()).toHaveText(/Log point in the conflict log\s*Alt\+L/);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Log point' });
  await expect(dialog.getByRole('textbox', { name: 'Statement' })).toBeFocused();
  await expect(palette(page)).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a click runs an entry; a screen entry navigates', async ({ app }) => {
  const page = app.page;
  const meetingId = await startLiveMeeting(page, 'Pricing alignment');
  await page.keyboard.press('Control+K');
  await options(page).filter({ hasText: 'Record decision' }).click();
  await expect(page.getByRole('dialog', { name: 'Record decision' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Record decision' })).toBeHidden();

  await page.keyboard.press('Control+K');
  await page.keyboard.type('people');
  await options(page)
    .filter({ hasText: /^People$/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await expect(palette(page)).toBeHidden();

  // Back to the meeting: its screens are commands only while it is on screen.
  await page.goto(`${new URL(page.url()).origin}${new URL(page.url()).pathname}#/meetings/${meetingId}`);
  await page.keyboard.press('Control+K');
  await page.keyboard.type('run this');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/meetings/${meetingId}/run$`));
});

test('the "?" help and the palette list the same actions with the same keys', async ({ app }) => {
  const page = app.page;
  await startLiveMeeting(page, 'Pricing alignment');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const rows = help.getByRole('row');
  await expect(rows.nth(3)).toBeVisible();
  const helpEntries = (await rows.evaluateAll((trs) =>
    trs.slice(1).map((tr) => `${tr.children[1]?.textContent}|${tr.children[0]?.textContent}`),
  )) as string[];
  await help.getByRole('button', { name: 'Close' }).click();
  await page.keyboard.press('Control+K');
  await expect(options(page).first()).toBeVisible();
  const paletteEntries = await options(page).evaluateAll((lis) =>
    lis.map((li) => `${li.children[0]?.textContent}|${li.querySelector('kbd')?.textContent ?? ''}`),
  );
  const withKeys = paletteEntries.filter((entry) => !entry.endsWith('|'));
  expect([...withKeys].sort()).toEqual(helpEntries.filter((entry) => !entry.endsWith('|Ctrl+K')).sort());
  expect(paletteEntries).toContain('Meetings|');
});

test('names the entries in German when the UI is German', async ({ app }) => {
  const page = app.page;
  await startLiveMeeting(page, 'Preisabstimmung');
  // While the meeting runs the app header (with the language) is one click away.
  await page.getByRole('button', { name: 'Show navigation' }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  await expect(page.getByRole('button', { name: 'Punkt erfassen' })).toBeVisible();
  await page.keyboard.press('Control+K');
  await expect(palette(page, 'Befehle')).toBeVisible();
  await page.keyboard.type('konfliktprotokoll');
  await expect(options(page).first()).toHaveText(/Punkt im Konfliktprotokoll erfassen\s*Alt\+L/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Punkt erfassen' })).toBeVisible();
});
