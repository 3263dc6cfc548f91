/**
 * Documentation screenshots of the Export minutes dialog: the options, the formats and the live
 * preview of a realistic meeting's minutes, in English and German, at laptop (1366×768) and
 * projector (1920×1080) size. The meeting comes in through Import meeting.
 */
import { expect, test } from '../e2e/support/tandem-test';
import { importMinutesMeeting } from './support/minutes-meeting';
import { shootAtDocSizes } from './support/screenshot';

const WORDS = {
  en: { import: 'Import meeting', export: 'Export minutes', minutes: 'Minutes' },
  de: {
    import: 'Besprechung importieren',
    export: 'Protokoll exportieren',
    minutes: 'Protokoll',
  },
} as const;

for (const language of ['en', 'de'] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale: language === 'en' ? 'en-GB' : 'de-DE' });

    test(`Export minutes dialog (${language})`, async ({ app }, testInfo) => {
      const page = app.page;
      const w = WORDS[language];
      await page.getByRole('combobox', { name: /^(Language|Sprache)$/ }).selectOption(language);
      const title = await importMinutesMeeting(
        page,
        language,
        testInfo.outputPath('meeting.tandem.json'),
        w.import,
      );
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await page.getByRole('button', { name: w.export, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: w.export });
      const preview = dialog.locator('iframe').contentFrame();
      await expect(preview.getByRole('heading', { level: 1 })).toHaveText(`${w.minutes}: ${title}`);
      await shootAtDocSizes(page, `export-${language}`);
    });
  });
}
