/**
 * Fills the register the quick way: the two meetings of tests/docs/support/register-meetings.ts
 * imported through "Import meeting" in the UI language given.
 */
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { registerMeetingFiles } from '../../docs/support/register-meetings';
import { expect } from './tandem-test';

const WORDS = {
  en: { meetings: 'Meetings', import: 'Import meeting', confirm: 'Import' },
  de: { meetings: 'Besprechungen', import: 'Besprechung importieren', confirm: 'Importieren' },
} as const;

export async function importRegisterMeetings(
  page: Page,
  language: 'en' | 'de',
  fileAt: (name: string) => string,
) {
  const w = WORDS[language];
  for (const [index, text] of registerMeetingFiles(language).entries()) {
    const file = fileAt(`meeting-${index}.tandem.json`);
    await writeFile(file, text);
    await page.goto('/#/meetings');
    await expect(page.getByRole('heading', { level: 1, name: w.meetings })).toBeVisible();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: w.import, exact: true }).click();
    await (await chooser).setFiles(file);
    // The second meeting refers to a decision of the first: the import asks before it drops the link.
    const opened = /#\/meetings\/[0-9a-f-]+$/;
    const confirm = page.getByRole('dialog').getByRole('button', { name: w.confirm, exact: true });
    await expect.poll(async () => opened.test(page.url()) || (await confirm.isVisible())).toBe(true);
    if (await confirm.isVisible()) await confirm.click();
    await expect(page).toHaveURL(opened);
  }
}
