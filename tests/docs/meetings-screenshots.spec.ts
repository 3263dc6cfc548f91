/**
 * Takes the documentation screenshots of the Meetings screen: a few realistic meetings, created through
 * the UI on a fixed day (20 Nov 2026), at laptop size (1366×768) and projector size (1920×1080), in
 * English and in German: one running, upcoming ones (two of one series, told apart by their place in
 * it) and past ones whose date passed without them being held.
 * Files land in docs/screenshots/ as meetings-<language>.png and meetings-<language>-1920.png.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from '../e2e/support/chromium';
import { MeetingsScreen, type NewMeeting } from '../e2e/support/meetings-screen';
import { expect, test } from '../e2e/support/tandem-test';
import type { UiLanguage } from '../e2e/support/words';
import { SETUP_WORDS, startedMeeting } from './support/started-meeting';

/** The day the pictures are taken on, so the groups and the passed-date notes are always the same. */
const TODAY = new Date('2026-11-20T08:30:00+01:00');

/** The meeting that gets a follow-up, the follow-up's date, and the words to plan it. */
const SERIES = {
  en: { planNext: 'Plan next meeting', date: 'Date of the next meeting', plan: 'Plan and open' },
  de: {
    planNext: 'Nächste Besprechung planen',
    date: 'Datum der nächsten Besprechung',
    plan: 'Planen und öffnen',
  },
} as const;

const MEETINGS: Record<UiLanguage, NewMeeting[]> = {
  en: [
    { title: 'Product launch readiness, Sales Iberia', date: '2026-10-29', time: '09:30' },
    { title: 'Lead handover: Marketing to Sales', date: '2026-11-12', time: '10:30' },
    { title: 'Joint pricing strategy 2027', date: '2026-12-03', time: '09:00' },
    { title: 'Q4 campaign review with Sales DACH', date: '2026-11-27', time: '14:00' },
  ],
  de: [
    { title: 'Launch-Bereitschaft mit Vertrieb Iberia', date: '2026-10-29', time: '09:30' },
    { title: 'Lead-Übergabe von Marketing an Vertrieb', date: '2026-11-12', time: '10:30' },
    { title: 'Gemeinsame Preisstrategie 2027', date: '2026-12-03', time: '09:00' },
    { title: 'Q4-Kampagnenrückblick mit Vertrieb DACH', date: '2026-11-27', time: '14:00' },
  ],
};

const SIZES = [
  { suffix: '', width: 1366, height: 768 },
  { suffix: '-1920', width: 1920, height: 1080 },
];

async function shoot(page: Page, language: UiLanguage): Promise<void> {
  const screen = new MeetingsScreen(page, language);
  await page.clock.setFixedTime(TODAY);
  await page.reload();
  await startedMeeting(page, SETUP_WORDS[language]);
  await page.goto('/#/meetings');
  for (const meeting of MEETINGS[language]) await screen.createMeeting(meeting);
  // The campaign review gets its follow-up two weeks later.
  const words = SERIES[language];
  const first = MEETINGS[language].at(-1)?.title ?? '';
  await page.getByRole('link', { name: first, exact: true }).click();
  await page.getByRole('button', { name: words.planNext, exact: true }).click();
  await page.getByRole('dialog').getByLabel(words.date).fill('2026-12-11');
  await page.getByRole('dialog').getByRole('button', { name: words.plan }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await screen.showList();
  await expect(screen.items).toHaveCount(MEETINGS[language].length + 2);
  await expect(screen.list.getByText(screen.words.passedNotHeld)).toHaveCount(2);
  for (const { suffix, width, height } of SIZES) {
    await page.setViewportSize({ width, height });
    // No focus ring or caret on the last button used: the picture shows the screen at rest.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.screenshot({
      path: path.join(REPO_ROOT, 'docs', 'screenshots', `meetings-${language}${suffix}.png`),
      animations: 'disabled',
      caret: 'hide',
    });
  }
}

test('Meetings screen in English', async ({ app }) => {
  await expect(new MeetingsScreen(app.page, 'en').heading).toBeVisible();
  await shoot(app.page, 'en');
});

test.describe('in German', () => {
  test.use({ locale: 'de-DE' });

  test('Meetings screen in German', async ({ app }) => {
    await expect(new MeetingsScreen(app.page, 'de').heading).toBeVisible();
    await shoot(app.page, 'de');
  });
});
