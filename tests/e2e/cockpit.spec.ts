/**
 * The run screen as a cockpit (issue 15): at 1280×720 and 1366×768, in English and German, a
 * running meeting's screen does not scroll as a page and the agenda, conflict log, decision
 * register and action items are in view; every capture works by a real click on its visible
 * control and by its key, the entry showing in its panel; the tabs switch by click and by key and
 * show their counts; focus mode hides the navigation until Alt+Z.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/tandem-test';
import { SETUP_WORDS, startedMeeting } from '../docs/support/started-meeting';

const W = {
  en: {
    logPoint: 'Log point',
    record: 'Record decision',
    owner: 'Accountable owner',
    addAction: 'Add action item',
    what: 'What',
    park: 'Add to parking lot',
    parkText: 'Point',
    knowledge: 'Add fact or question',
    knowledgeText: 'Text',
    raiseHand: 'Raise a hand',
    raiseFor: (name: string) => `Raise hand for ${name}`,
    headings: ['Agenda', 'Conflict log', 'Decision register', 'Action items'],
    pointsList: 'Conflict points',
    tabs: { parking: 'Parking lot', knowledge: 'Knowledge', notes: 'Notes', speakers: 'Speaker queue' },
    showNav: 'Show navigation',
    nav: 'Meetings',
  },
  de: {
    logPoint: 'Punkt erfassen',
    record: 'Entscheidung festhalten',
    owner: 'Verantwortlich (Accountable)',
    addAction: 'Aufgabe hinzufügen',
    what: 'Was',
    park: 'In den Themenspeicher',
    parkText: 'Punkt',
    knowledge: 'Fakt oder Frage hinzufügen',
    knowledgeText: 'Text',
    raiseHand: 'Wortmeldung aufnehmen',
    raiseFor: (name: string) => `Wortmeldung für ${name}`,
    headings: ['Tagesordnung', 'Konfliktprotokoll', 'Entscheidungsregister', 'Aufgaben'],
    pointsList: 'Konfliktpunkte',
    tabs: { parking: 'Themenspeicher', knowledge: 'Wissensstand', notes: 'Notizen', speakers: 'Redeliste' },
    showNav: 'Navigation zeigen',
    nav: 'Besprechungen',
  },
} as const;

type Words = (typeof W)['en' | 'de'];

const tab = (page: Page, name: string, count?: number) =>
  page.getByRole('tab', { name: count === undefined ? name : `${name} (${count})` });

async function expectNoPageScroll(page: Page) {
  const { scrollHeight, innerHeight } = await page.evaluate(() => ({
    scrollHeight: document.scrollingElement?.scrollHeight ?? 0,
    innerHeight: window.innerHeight,
  }));
  expect(scrollHeight).toBeLessThanOrEqual(innerHeight);
}

async function expectInViewport(page: Page, heading: Locator) {
  const box = await heading.boundingBox();
  const size = page.viewportSize();
  expect(box).not.toBeNull();
  if (!box || !size) return;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(size.height);
  expect(box.x + box.width).toBeLessThanOrEqual(size.width);
}

async function captures(page: Page, w: Words, by: 'mouse' | 'key') {
  const mouse = by === 'mouse';
  const suffix = mouse ? 'clicked' : 'by key';
  // Log point.
  if (mouse) await page.getByRole('button', { name: w.logPoint, exact: true }).click();
  else await page.keyboard.press('Alt+L');
  await page.keyboard.type(`Point ${suffix}`);
  await page.keyboard.press('Alt+1');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByText(`Point ${suffix}`, { exact: true })).toBeVisible();
  // Record decision.
  if (mouse) await page.getByRole('button', { name: w.record, exact: true }).click();
  else await page.keyboard.press('Alt+E');
  await page.keyboard.type(`Decision ${suffix}`);
  await page.getByRole('dialog').getByLabel(w.owner).selectOption({ label: 'Jon Vik' });
  await page.getByRole('dialog').getByRole('button', { name: w.record }).press('Enter');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByText(`Decision ${suffix}`, { exact: true })).toBeVisible();
  // Add action item: an inline quick-capture; Enter adds and closes it.
  if (mouse) await page.getByRole('button', { name: w.addAction, exact: true }).click();
  else await page.keyboard.press('Alt+A');
  await expect(page.getByRole('textbox', { name: w.what, exact: true })).toBeFocused();
  await page.keyboard.type(`Action ${suffix}`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: w.what, exact: true })).toBeHidden();
  await expect(page.getByText(`Action ${suffix}`, { exact: true })).toBeVisible();
  // Park a point: from any tab, the key shows the parking lot.
  if (mouse) {
    await tab(page, w.tabs.parking, mouse ? 0 : 1).click();
    await page.getByRole('button', { name: w.park, exact: true }).click();
  } else {
    await tab(page, w.tabs.notes).click();
    await page.keyboard.press('Alt+K');
  }
  await expect(page.getByRole('textbox', { name: w.parkText, exact: true })).toBeFocused();
  await page.keyboard.type(`Parked ${suffix}`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: w.parkText, exact: true })).toBeHidden();
  await expect(page.getByText(`Parked ${suffix}`, { exact: true })).toBeVisible();
  await expect(tab(page, w.tabs.parking, mouse ? 1 : 2)).toBeVisible();
  // Knowledge.
  if (mouse) {
    await tab(page, w.tabs.knowledge, 0).click();
    await page.getByRole('button', { name: w.knowledge, exact: true }).click();
  } else await page.keyboard.press('Alt+Q');
  await expect(page.getByRole('textbox', { name: w.knowledgeText, exact: true })).toBeFocused();
  await page.keyboard.type(`Fact ${suffix}`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: w.knowledgeText, exact: true })).toBeHidden();
  await expect(page.getByText(`Fact ${suffix}`, { exact: true })).toBeVisible();
  await expect(tab(page, w.tabs.knowledge, mouse ? 1 : 2)).toHaveAttribute('aria-selected', 'true');
  // Raise a hand.
  const person = mouse ? 'Mara Lind' : 'Jon Vik';
  if (mouse) {
    await tab(page, w.tabs.speakers, 0).click();
    await page.getByRole('button', { name: w.raiseHand, exact: true }).click();
    await page.getByRole('button', { name: w.raiseFor(person) }).click();
  } else {
    await page.keyboard.press('Alt+H');
    await expect(page.getByRole('button', { name: w.raiseFor(person) })).toBeFocused();
    await page.keyboard.press('Enter');
  }
  await expect(tab(page, w.tabs.speakers, mouse ? 1 : 2)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: w.raiseHand, exact: true })).toBeVisible();
}

/** Fails unless every element of `items` (at least two) starts on the same line. */
async function expectOneLine(items: Locator): Promise<void> {
  const boxes = await items.evaluateAll((elements) =>
    elements.map((element) => element.getBoundingClientRect().top),
  );
  expect(boxes.length, 'elements on the line').toBeGreaterThan(1);
  expect(Math.max(...boxes) - Math.min(...boxes), 'tops of the elements').toBeLessThan(4);
}

for (const language of ['en', 'de'] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale: language === 'en' ? 'en-GB' : 'de-DE' });
    const w = W[language];

    for (const { width, height } of [
      { width: 1280, height: 720 },
      { width: 1366, height: 768 },
    ]) {
      test(`the cockpit fits ${width}×${height} and every capture works by mouse and key`, async ({
        app,
      }) => {
        const page = app.page;
        await page.setViewportSize({ width, height });
        await startedMeeting(page, SETUP_WORDS[language]);
        // Focus mode: no navigation until Alt+Z or the button.
        await expect(page.getByRole('link', { name: w.nav })).toBeHidden();
        await expectNoPageScroll(page);
        for (const name of w.headings)
          await expectInViewport(page, page.getByRole('heading', { name, exact: true, level: 2 }));

        await captures(page, w, 'mouse');
        await captures(page, w, 'key');
        await expectNoPageScroll(page);
        // The stage and the tab strip are seen whole, the tabs in one line; a point's actions (and
        // its mirror round) take one line too.
        await expectInViewport(page, page.locator('.cockpit .run-active'));
        await expectOneLine(page.getByRole('tab'));
        await expectInViewport(page, page.getByRole('tablist'));
        const firstPoint = page.getByRole('list', { name: w.pointsList }).getByRole('listitem').first();
        await expectOneLine(firstPoint.locator('.row-actions button'));
        for (const name of w.headings)
          await expectInViewport(page, page.getByRole('heading', { name, exact: true, level: 2 }));

        // Tabs: Alt+W cycles, arrow keys move between them.
        await tab(page, w.tabs.parking, 2).click();
        await page.keyboard.press('Alt+W');
        await expect(tab(page, w.tabs.knowledge, 2)).toHaveAttribute('aria-selected', 'true');
        await tab(page, w.tabs.knowledge, 2).focus();
        await page.keyboard.press('ArrowRight');
        await expect(tab(page, w.tabs.notes)).toHaveAttribute('aria-selected', 'true');
        await expect(tab(page, w.tabs.notes)).toBeFocused();

        await page.keyboard.press('Alt+Z');
        await expect(page.getByRole('link', { name: w.nav })).toBeVisible();
        await page.keyboard.press('Alt+Z');
        await expect(page.getByRole('link', { name: w.nav })).toBeHidden();
        await page.getByRole('button', { name: w.showNav }).click();
        await expect(page.getByRole('link', { name: w.nav })).toBeVisible();
      });
    }
  });
}
