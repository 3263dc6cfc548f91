/**
 * The audience view end to end, in two pages of one browser context (two windows of one origin):
 * the facilitator's run screen and the projector. Points logged in one appear in the other without
 * a reload; relationship points carry no name or department; private points never appear; B and
 * Alt+R change what the room sees; the timer's colour band follows an injected clock; the layout is
 * legible at 1920×1080 and nothing runs off the screen at 1280×720.
 */
import type { Page } from '@playwright/test';
import { createFromTemplate } from './support/prepared-meeting';
import { expect, test } from './support/tandem-test';

async function runningMeeting(page: Page, title: string): Promise<string> {
  await createFromTemplate(page, title);
  await page.getByRole('combobox', { name: 'Add participant' }).fill('Mara Lind');
  await page.getByRole('option', { name: 'Create “Mara Lind”' }).click();
  const group = page.getByRole('group', { name: 'New person' });
  await group.getByRole('combobox', { name: 'Department' }).selectOption({ label: 'Marketing' });
  await group.getByRole('button', { name: 'Create and add' }).click();
  await expect(page.getByRole('combobox', { name: 'Role of Mara Lind' })).toBeVisible();
  await page.getByRole('button', { name: 'Start meeting' }).click();
  await expect(page.getByRole('button', { name: 'Log point' })).toBeVisible();
  // The second item has a 15-minute timebox: the timer starts in the calm band.
  await page.keyboard.press('Alt+N');
  await expect(page.getByRole('navigation', { name: 'Agenda' }).getByRole('listitem').nth(1)).toContainText(
    'Running',
  );
  return /#\/meetings\/([^/]+)\/run/.exec(page.url())?.[1] ?? '';
}

interface PointInput {
  statement: string;
  level: 'content' | 'relationship';
  department?: string;
  person?: string;
  private?: boolean;
}

async function logPoint(page: Page, input: PointInput) {
  await page.keyboard.press('Alt+L');
  const dialog = page.getByRole('dialog', { name: 'Log point' });
  await expect(dialog.getByRole('textbox', { name: 'Statement' })).toBeFocused();
  await page.keyboard.type(input.statement);
  await page.keyboard.press(input.level === 'content' ? 'Alt+1' : 'Alt+2');
  if (input.department)
    await dialog.getByLabel('Raised by (department)').selectOption({ label: input.department });
  if (input.person) await dialog.getByLabel('Raised by (person)').selectOption({ label: input.person });
  if (input.private) await dialog.getByRole('checkbox', { name: /^Private/ }).check();
  await dialog.getByRole('button', { name: 'Log point' }).click();
  await expect(dialog).toBeHidden();
}

/** Moves the focus out of any field, so plain-key shortcuts apply. */
async function blur(page: Page) {
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });
}

const wall = (page: Page) => page.locator('.audience');

test('the audience window follows the facilitator live and never exposes people', async ({ app }) => {
  const page = app.page;
  await runningMeeting(page, 'Pricing alignment');
  const [audience] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('button', { name: 'Audience view', exact: true }).click(),
  ]);
  await expect(audience.getByRole('heading', { level: 1, name: 'Pricing alignment' })).toBeVisible();
  await expect(audience.getByRole('navigation')).toHaveCount(0);
  const points = audience.getByRole('region', { name: 'Latest points' }).getByRole('listitem');

  await logPoint(page, {
    statement: 'Discount bands differ between regions',
    level: 'content',
    department: 'Sales',
  });
  await expect(points.first()).toContainText('Content issue · Sales Discount bands differ between regions');

  await logPoint(page, {
    statement: 'Our proposals are ignored every time',
    level: 'relationship',
    department: 'Marketing',
    person: 'Mara Lind',
  });
  const relationship = points.filter({ hasText: 'Our proposals are ignored every time' });
  await expect(relationship).toHaveText('Relationship issue Our proposals are ignored every time');
  await expect(wall(audience)).not.toContainText('Mara Lind');
  await expect(wall(audience)).not.toContainText('Marketing');

  await logPoint(page, { statement: 'A remark only for the minutes', level: 'content', private: true });
  await logPoint(page, { statement: 'List price for the bundle is open', level: 'content' });
  await expect(points.first()).toContainText('List price for the bundle is open');
  await expect(wall(audience)).not.toContainText('A remark only for the minutes');

  // B blanks the wall from the run screen, and again brings the current item back.
  await blur(page);
  await page.keyboard.press('b');
  await expect(wall(audience)).toHaveAttribute('data-mode', 'blank');
  await expect(wall(audience)).not.toContainText('Pricing alignment');
  await expect(wall(audience)).not.toContainText('Discount bands');
  await page.keyboard.press('b');
  await expect(wall(audience)).toHaveAttribute('data-mode', 'current');

  // Alt+R shows the ground rules, Alt+C the current item; B in the audience window blanks too.
  await page.keyboard.press('Alt+R');
  await expect(audience.getByRole('region', { name: 'Ground rules' })).toContainText(
    'We argue about the matter, never about the person.',
  );
  await page.keyboard.press('Alt+C');
  await expect(wall(audience)).toHaveAttribute('data-mode', 'current');
  await audience.keyboard.press('b');
  await expect(wall(audience)).toHaveAttribute('data-mode', 'blank');
  await expect(page.getByRole('combobox', { name: 'What the room sees' })).toHaveValue('blank');
  await audience.keyboard.press('b');
  await expect(wall(audience)).toHaveAttribute('data-mode', 'current');
});

test('the timer changes colour as the timebox runs out', async ({ app }) => {
  const page = app.page;
  const meetingId = await runningMeeting(page, 'Timed session');
  const audience = await page.context().newPage();
  await audience.clock.install();
  await audience.goto(`/#/audience/${meetingId}`);
  const timer = audience.getByRole('timer');
  await expect(timer).toHaveAttribute('data-band', 'ample');
  const colour = () =>
    audience.getByTestId('audience-remaining').evaluate((el) => getComputedStyle(el).color);
  const ample = await colour();

  await audience.clock.fastForward('10:30');
  await expect(timer).toHaveAttribute('data-band', 'closing');
  const closing = await colour();

  await audience.clock.fastForward('04:10');
  await expect(timer).toHaveAttribute('data-band', 'critical');
  const critical = await colour();
  expect(new Set([ample, closing, critical]).size).toBe(3);

  await audience.clock.fastForward('02:00');
  await expect(audience.getByTestId('audience-remaining')).toHaveText(/^\+/);
  await expect(timer).toHaveAttribute('data-band', 'critical');
});

/** The smallest computed font size of any visible text on the page. */
function smallestText(page: Page): Promise<number> {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let smallest = Infinity;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || (node.textContent ?? '').trim() === '') continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1 || getComputedStyle(parent).visibility === 'hidden') continue;
      smallest = Math.min(smallest, parseFloat(getComputedStyle(parent).fontSize));
    }
    return smallest;
  });
}

/** Elements that reach past the right edge of the window. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((element) => element.className.toString() || element.tagName),
  );
}

test('the wall is legible at 1920×1080 and nothing runs off at 1280×720', async ({ app }) => {
  const page = app.page;
  const meetingId = await runningMeeting(page, 'A very long meeting title '.repeat(6).trim());
  const long = 'Regional discount bands overlap with the partner programme and nobody owns the table '.repeat(
    4,
  );
  await logPoint(page, { statement: long.trim(), level: 'content', department: 'Sales' });
  await logPoint(page, { statement: 'Short point', level: 'relationship' });
  const audience = await page.context().newPage();
  await audience.goto(`/#/audience/${meetingId}`);
  await expect(audience.getByRole('region', { name: 'Latest points' }).getByRole('listitem')).toHaveCount(2);

  for (const mode of ['current', 'rules'] as const) {
    await page.getByRole('combobox', { name: 'What the room sees' }).selectOption(mode);
    await expect(wall(audience)).toHaveAttribute('data-mode', mode);
    await audience.setViewportSize({ width: 1920, height: 1080 });
    expect(await smallestText(audience)).toBeGreaterThanOrEqual(28);
    await audience.setViewportSize({ width: 1280, height: 720 });
    expect(await overflowing(audience)).toEqual([]);
    expect(await audience.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  }
});

test('on a single screen, F5 presents the audience layout in the same window and Esc leaves', async ({
  app,
}) => {
  const page = app.page;
  await runningMeeting(page, 'Single-screen session');
  await logPoint(page, { statement: 'Who approves discounts above 15 %?', level: 'content' });
  await blur(page);

  await page.keyboard.press('F5');
  const overlay = page.locator('.presentation-overlay');
  await expect(overlay).toBeVisible();
  await expect(overlay).toContainText('Who approves discounts above 15 %?');
  await expect(page).toHaveURL(/\/run$/);

  // The facilitator's keys keep working underneath: blank the wall and bring it back.
  await page.keyboard.press('b');
  await expect(overlay).not.toContainText('Who approves discounts above 15 %?');
  await page.keyboard.press('b');
  await expect(overlay).toContainText('Who approves discounts above 15 %?');

  await page.keyboard.press('Escape');
  await expect(overlay).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Log point' })).toBeVisible();
});
