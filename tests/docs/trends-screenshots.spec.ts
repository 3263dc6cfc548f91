/**
 * Documentation screenshots of the Trends screen of a six-meeting series, in English and German, at
 * 1366×768 and 1920×1080: the charts, and one chart switched to its table.
 */
import { expect, test } from '../e2e/support/tandem-test';
import { shootAtDocSizes } from './support/screenshot';
import { seedTrendsWorkspace } from './support/trends-workspace';

const WORDS = {
  en: {
    held: '6 meetings held',
    chart: 'Content vs relationship',
    table: 'Show as table: Content vs relationship',
  },
  de: {
    held: '6 Besprechungen abgehalten',
    chart: 'Sachebene und Beziehungsebene',
    table: 'Als Tabelle zeigen: Sachebene und Beziehungsebene',
  },
} as const;

for (const language of ['en', 'de'] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale: language === 'en' ? 'en-GB' : 'de-DE' });

    test(`Trends (${language})`, async ({ app }) => {
      test.setTimeout(300_000);
      const page = app.page;
      const w = WORDS[language];
      await page.clock.setFixedTime(new Date('2026-12-01T10:00:00+01:00'));
      await expect(page.getByRole('button', { name: /New meeting|Neue Besprechung/ })).toBeVisible();
      const series = await seedTrendsWorkspace(page, language);
      await page.goto(`/#/trends/${series}`);
      await page.reload();
      await expect(page.getByText(w.held)).toBeVisible();
      await expect(page.getByRole('img', { name: w.chart })).toBeVisible();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await shootAtDocSizes(page, `trends-${language}`);
      // The whole page, every chart, to look at rather than keep.
      await page.screenshot({ path: test.info().outputPath(`trends-full-${language}.png`), fullPage: true });
      await page.getByRole('button', { name: w.table }).click();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await shootAtDocSizes(page, `trends-table-${language}`);
    });
  });
}
