/**
 * Preparing a meeting by keyboard alone: from the Meetings screen, a meeting from the quarterly
 * template, four people created on the fly as participants and five agenda items — no mouse at
 * all. Every key press is counted (the printed count is the cost of the task); after each "Create
 * and add" the focus is back in Add participant, ready for the next name. The same task by mouse
 * (where a mouse is natural, typing the words) is counted too, for comparison.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/tandem-test';

const TEMPLATE = 'Quarterly joint strategy session (120 min)';

const PEOPLE = [
  { name: 'Mara Lind', sales: false, unit: 'Central Marketing' },
  { name: 'Jon Vik', sales: true, unit: 'Sales Nordics' },
  { name: 'Inês Prado', sales: true, unit: 'Sales Iberia' },
  { name: 'Felix Braun', sales: false, unit: 'Product Marketing' },
] as const;

const ITEMS = ['Pipeline review', 'Lead scoring', 'Event budget', 'Price list 2027', 'Trade fair booth'];

/** The keyboard, counting every key pressed (a typed character is one key). */
function countingKeyboard(page: Page) {
  let keys = 0;
  return {
    get keys() {
      return keys;
    },
    async press(key: string) {
      keys += 1;
      await page.keyboard.press(key);
    },
    async type(text: string) {
      keys += [...text].length;
      await page.keyboard.type(text);
    },
    /** Presses `key` until `target` has the focus, as a user tabbing through the page would. */
    async pressUntilFocused(key: string, target: Locator, limit = 40) {
      for (let pressed = 0; pressed < limit; pressed += 1) {
        if (await target.evaluate((element) => element === document.activeElement)) return;
        await this.press(key);
      }
      throw new Error(`The focus never reached the target after ${limit} presses of ${key}.`);
    },
  };
}

/** The mouse, counting clicks; typing is counted as keys. */
function countingMouse() {
  let clicks = 0;
  let keys = 0;
  return {
    get clicks() {
      return clicks;
    },
    get keys() {
      return keys;
    },
    async click(target: Locator) {
      clicks += 1;
      await target.click();
    },
    async choose(select: Locator, label: string) {
      clicks += 2; // open the list, pick the option
      await select.selectOption({ label });
    },
    async type(target: Locator, text: string) {
      keys += [...text].length;
      await target.fill(text);
    },
  };
}

function agendaTitles(page: Page) {
  return page.getByRole('list', { name: 'Agenda' }).locator('.agenda-title');
}

function focused(target: Locator) {
  return expect(target).toBeFocused();
}

test('a meeting from a template with four new participants and five items, by keyboard alone', async ({
  app,
}) => {
  const page = app.page;
  const keyboard = countingKeyboard(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();

  const newMeeting = page.getByRole('button', { name: 'New meeting' });
  await keyboard.pressUntilFocused('Tab', newMeeting);
  await keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  const startFrom = dialog.getByRole('combobox', { name: 'Start from' });
  await keyboard.pressUntilFocused('Tab', startFrom);
  for (let pressed = 0; pressed < 20; pressed += 1) {
    if ((await startFrom.locator('option:checked').textContent()) === TEMPLATE) break;
    await keyboard.press('ArrowDown');
  }
  await expect(startFrom.locator('option:checked')).toHaveText(TEMPLATE);
  await keyboard.pressUntilFocused('Tab', dialog.getByRole('button', { name: 'Create', exact: true }));
  await keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Quarterly joint strategy/ })).toBeVisible();

  const outline = page.getByRole('navigation', { name: 'Sections of the preparation' });
  await keyboard.pressUntilFocused('Tab', outline.getByRole('link', { name: 'Participants' }));
  await keyboard.press('Enter');
  await focused(page.getByRole('heading', { level: 2, name: 'Participants' }));
  const picker = page.getByRole('combobox', { name: 'Add participant' });
  await keyboard.press('Tab');
  await focused(picker);

  for (const person of PEOPLE) {
    await keyboard.type(person.name);
    await expect(page.getByRole('option', { name: `Create “${person.name}”` })).toBeVisible();
    await keyboard.press('Enter');
    const form = page.getByRole('group', { name: 'New person' });
    await keyboard.press('Tab'); // the name, as typed
    await keyboard.press('Tab');
    await focused(form.getByRole('combobox', { name: 'Department' }));
    if (person.sales) await keyboard.press('ArrowDown');
    await keyboard.press('Tab');
    await focused(form.getByRole('textbox', { name: 'Organisation unit' }));
    await keyboard.type(person.unit);
    await keyboard.press('Enter');
    await expect(page.getByRole('combobox', { name: `Role of ${person.name}` })).toBeVisible();
    await focused(picker);
  }

  await keyboard.pressUntilFocused('Shift+Tab', outline.getByRole('link', { name: 'New agenda item' }));
  await keyboard.press('Enter');
  const title = page.getByRole('textbox', { name: 'Item title' });
  await focused(title);
  await expect(agendaTitles(page)).toHaveCount(8);
  for (const [index, item] of ITEMS.entries()) {
    await keyboard.type(item);
    await keyboard.press('Enter');
    await expect(agendaTitles(page)).toHaveCount(9 + index);
    await focused(title);
  }

  await expect(agendaTitles(page).last()).toHaveText(ITEMS.at(-1) ?? '');
  for (const person of PEOPLE) {
    await expect(page.getByRole('combobox', { name: `Role of ${person.name}` })).toBeVisible();
  }
  console.log(`Keyboard alone: ${keyboard.keys} keys, 0 clicks.`);
  test.info().annotations.push({ type: 'keys', description: String(keyboard.keys) });
});

test('the same task by mouse, counting clicks and keys', async ({ app }) => {
  const page = app.page;
  const mouse = countingMouse();
  await mouse.click(page.getByRole('button', { name: 'New meeting' }));
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await mouse.choose(dialog.getByRole('combobox', { name: 'Start from' }), TEMPLATE);
  await mouse.click(dialog.getByRole('button', { name: 'Create', exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: /Quarterly joint strategy/ })).toBeVisible();

  const picker = page.getByRole('combobox', { name: 'Add participant' });
  await mouse.click(picker);
  for (const person of PEOPLE) {
    await mouse.type(picker, person.name);
    await mouse.click(page.getByRole('option', { name: `Create “${person.name}”` }));
    const form = page.getByRole('group', { name: 'New person' });
    if (person.sales) await mouse.choose(form.getByRole('combobox', { name: 'Department' }), 'Sales');
    const unit = form.getByRole('textbox', { name: 'Organisation unit' });
    await mouse.click(unit);
    await mouse.type(unit, person.unit);
    await mouse.click(form.getByRole('button', { name: 'Create and add' }));
    await expect(page.getByRole('combobox', { name: `Role of ${person.name}` })).toBeVisible();
    // The focus is back in Add participant: the next name needs no click.
    await focused(picker);
  }

  await mouse.click(page.getByRole('link', { name: 'New agenda item' }));
  const title = page.getByRole('textbox', { name: 'Item title' });
  for (const [index, item] of ITEMS.entries()) {
    await mouse.type(title, item);
    await mouse.click(page.getByRole('button', { name: 'Add agenda item' }));
    await expect(agendaTitles(page)).toHaveCount(9 + index);
  }
  console.log(`By mouse: ${mouse.clicks} clicks and ${mouse.keys} keys.`);
});

test('in German at 1366×768: one line of header buttons, participants and agenda in view, outline and More by keyboard', async ({
  app,
}) => {
  const page = app.page;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  await page.getByRole('button', { name: 'Neue Besprechung' }).click();
  const dialog = page.getByRole('dialog', { name: 'Neue Besprechung' });
  await dialog
    .getByRole('combobox', { name: 'Ausgangspunkt' })
    .selectOption({ label: 'Gemeinsame Quartalsstrategie Marketing und Vertrieb (120 Min.)' });
  await dialog.getByRole('button', { name: 'Anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Gemeinsame Quartalsstrategie/ })).toBeVisible();

  // The header: one primary action, Export minutes and More, each on one line, all in one row.
  const start = page.getByRole('button', { name: 'Besprechung starten' });
  const more = page.getByRole('button', { name: 'Mehr' });
  const boxes = await Promise.all(
    [start, page.getByRole('button', { name: 'Protokoll exportieren' }), more].map((button) =>
      button.boundingBox(),
    ),
  );
  for (const box of boxes) expect(box?.height).toBeLessThan(48);
  expect(new Set(boxes.map((box) => Math.round(box?.y ?? 0))).size).toBe(1);

  // Above the fold: the participants' field and the agenda's first item.
  await expect(page.getByRole('combobox', { name: 'Teilnehmende hinzufügen' })).toBeInViewport();
  await expect(
    page.getByRole('list', { name: 'Tagesordnung' }).getByRole('listitem').first(),
  ).toBeInViewport();

  // The outline moves the focus to the section's heading.
  const outline = page.getByRole('navigation', { name: 'Abschnitte der Vorbereitung' });
  await outline.getByRole('link', { name: 'Vereinbarte Definitionen' }).focus();
  await page.keyboard.press('Enter');
  const definitions = page.getByRole('heading', { level: 2, name: 'Vereinbarte Definitionen' });
  await expect(definitions).toBeFocused();
  await expect(definitions).toBeInViewport();

  // More: a menu button; arrows move, Escape closes with the focus back on the button.
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  const menu = page.getByRole('menu', { name: 'Mehr' });
  await expect(menu.getByRole('menuitem', { name: 'Nächste Besprechung planen' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menu.getByRole('menuitem', { name: 'Besprechung exportieren (JSON)' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(more).toBeFocused();
  await more.click();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(menu).toBeHidden();
});
