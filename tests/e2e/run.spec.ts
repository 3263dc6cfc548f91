/**
 * Running a meeting end to end, from the keyboard only: the live part uses shortcuts, typing and
 * Enter — no clicks. The page is reloaded in the middle, and everything, the timer included, is
 * found as it was. Preparation (the setup) uses the ordinary UI.
 */
import type { Page } from '@playwright/test';
import { createFromTemplate, prepareMeeting } from './support/prepared-meeting';
import { expect, test } from './support/tandem-test';

async function logPoint(page: Page, statement: string, level: 'content' | 'relationship') {
  await page.keyboard.press('Alt+L');
  const dialog = page.getByRole('dialog', { name: 'Log point' });
  await expect(dialog.getByRole('textbox', { name: 'Statement' })).toBeFocused();
  await page.keyboard.type(statement);
  await page.keyboard.press(level === 'content' ? 'Alt+1' : 'Alt+2');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
}

interface DecisionInput {
  statement: string;
  owner: string;
  responsible?: string;
  consulted?: string;
  informed?: string;
  supersedes?: { search: string; option: string };
}

async function recordDecision(page: Page, input: DecisionInput) {
  // The shortcut exists once the run screen has loaded its panels.
  await expect(page.getByRole('button', { name: 'Record decision' })).toBeVisible();
  await page.keyboard.press('Alt+E');
  const dialog = page.getByRole('dialog', { name: 'Record decision' });
  await expect(dialog.getByRole('textbox', { name: 'Statement' })).toBeFocused();
  await page.keyboard.type(input.statement);
  await dialog.getByLabel('Accountable owner').selectOption({ label: input.owner });
  if (input.responsible)
    await dialog.getByLabel('Add to Responsible').selectOption({ label: input.responsible });
  if (input.consulted) await dialog.getByLabel('Add to Consulted').selectOption({ label: input.consulted });
  if (input.informed) await dialog.getByLabel('Add to Informed').selectOption({ label: input.informed });
  if (input.supersedes) {
    await dialog.getByRole('searchbox', { name: 'Search earlier decisions' }).fill(input.supersedes.search);
    await dialog.getByLabel('Supersedes').selectOption({ label: input.supersedes.option });
    // The reopen gate asks what is new before a decided decision is superseded.
    await dialog.getByRole('textbox', { name: 'What is new?' }).fill('The 2027 costs are in.');
  }
  await dialog.getByLabel('Stance of Marketing').selectOption({ label: 'Agree' });
  await dialog.getByLabel('Stance of Sales').selectOption({ label: 'Agree with reservations' });
  await dialog.getByRole('button', { name: 'Record decision' }).press('Enter');
  await expect(dialog).toBeHidden();
}

async function endMeeting(page: Page) {
  await page.keyboard.press('Alt+X');
  const confirm = page.getByRole('alertdialog', { name: 'End meeting?' });
  await confirm.getByRole('button', { name: 'End meeting' }).press('Enter');
  return page.getByRole('region', { name: 'Summary' });
}

const points = (page: Page) => page.getByRole('list', { name: 'Conflict points' }).getByRole('listitem');

test('runs a meeting from the keyboard, survives a reload, and ends with a summary', async ({ app }) => {
  const page = app.page;
  await prepareMeeting(page, 'Pricing alignment');
  await page.getByRole('button', { name: 'Start meeting' }).press('Enter');
  await recordDecision(page, { statement: 'Price list 2027 stays as it is.', owner: 'Jon Vik' });
  await expect(await endMeeting(page)).toContainText('1 decision recorded');

  // The next meeting of the series, with the same participants, is the one run from here on.
  await page.getByRole('link', { name: /Back to preparation/ }).press('Enter');
  await page.getByRole('button', { name: 'More' }).press('Enter');
  await page.getByRole('menuitem', { name: 'Plan next meeting' }).press('Enter');
  await expect(page.getByLabel('Date of the next meeting')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Role of Jon Vik' })).toBeVisible();
  await page.getByRole('button', { name: 'Start meeting' }).press('Enter');
  await expect(page.getByRole('button', { name: /^Next item/ })).toBeVisible();
  const agenda = page.getByRole('navigation', { name: 'Agenda' }).getByRole('listitem');
  const firstTitle = (await page.locator('.run-agenda-title').first().textContent()) ?? '';

  await logPoint(page, 'Discount bands differ between regions', 'content');
  await logPoint(page, 'List price for the SMB bundle is not agreed', 'content');
  await logPoint(page, 'Win-loss figures for Q4 are missing', 'content');
  await logPoint(page, 'Marketing never asks us before campaigns', 'relationship');
  await logPoint(page, 'Sales ignores the lead scores', 'relationship');
  await page.getByRole('checkbox', { name: 'Whole meeting' }).press('Space');
  await expect(points(page)).toHaveCount(5);
  await expect(page.getByText(/Content 3 · Relationship 2/).first()).toBeVisible();

  await page
    .getByRole('button', { name: 'Reframe as content issue: “Marketing never asks us before campaigns”' })
    .press('Enter');
  const reframe = page.getByRole('dialog', { name: 'Reframe as content issue' });
  await expect(reframe.getByRole('textbox', { name: 'Content question' })).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('How do Marketing and Sales agree campaign timing before launch?');
  await page.keyboard.press('Enter');
  await expect(reframe).toBeHidden();
  await expect(points(page)).toHaveCount(6);

  await page.getByRole('button', { name: 'Resolve “Discount bands differ between regions”' }).press('Enter');
  await page.keyboard.type('One discount table for all regions from March.');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Resolve point' })).toBeHidden();

  await page.keyboard.press('Alt+A');
  await page.keyboard.type('Send the new discount table to all sales regions');
  await page.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Jon Vik' });
  await page.getByRole('textbox', { name: 'What' }).press('Enter');
  await expect(page.getByText('Send the new discount table to all sales regions')).toBeVisible();

  await recordDecision(page, {
    statement: 'One discount table applies in every region.',
    owner: 'Mara Lind',
    responsible: 'Marketing',
    consulted: 'Sales',
    informed: 'Jon Vik',
  });
  await recordDecision(page, {
    statement: 'Price list 2027 rises by 3 % for the SMB bundle.',
    owner: 'Jon Vik',
    responsible: 'Sales',
    supersedes: { search: 'price', option: 'D-1 — Price list 2027 stays as it is.' },
  });
  const register = page.getByRole('list', { name: 'Decision register' }).getByRole('listitem');
  await expect(register).toHaveCount(2);
  await expect(register.filter({ hasText: 'D-3' })).toContainText('Sales: Agree with reservations');

  await page.keyboard.press('Alt+N');
  await expect(agenda.nth(1)).toContainText('Running');
  await page.keyboard.press('Alt+D');
  await expect(agenda.nth(1)).toContainText('Deferred');
  await expect(agenda.nth(2)).toContainText('Running');
  await page.getByRole('tab', { name: /^Parking lot/ }).click();
  await expect(page.getByRole('region', { name: 'Parking lot' })).toContainText(
    (await page.locator('.run-agenda-title').nth(1).textContent()) ?? '',
  );

  const elapsedBefore = await readSeconds(page);
  await page.reload();
  await expect(agenda.nth(2)).toContainText('Running');
  await expect(agenda.nth(0)).toContainText(firstTitle);
  expect(await readSeconds(page)).toBeGreaterThanOrEqual(elapsedBefore);
  await page.getByRole('checkbox', { name: 'Whole meeting' }).press('Space');
  await expect(points(page)).toHaveCount(6);
  await expect(page.getByText('Send the new discount table to all sales regions')).toBeVisible();

  await expect(register).toHaveCount(2);

  const summary = await endMeeting(page);
  await expect(summary).toContainText('2 decisions recorded');
  await expect(summary).toContainText('D-3 Price list 2027 rises by 3 % for the SMB bundle.');
  await expect(summary).toContainText('4 open conflict points');
  await expect(summary).toContainText('1 action item to fix before the minutes go out');
  await expect(summary).toContainText('no due date');
});

/** The whole meeting's elapsed time in seconds, as shown. */
async function readSeconds(page: Page): Promise<number> {
  const text = (await page.locator('.meeting-timer-value').textContent()) ?? '';
  const elapsed = /\d+(?::\d+)+/.exec(text)?.[0] ?? 'NaN';
  return elapsed
    .split(':')
    .map(Number)
    .reduce((total, part) => total * 60 + part, 0);
}

test('a shortcut pressed the instant the run screen appears is not lost', async ({ app }) => {
  const page = app.page;
  await createFromTemplate(page, 'Early key');
  // Alt+N arrives in the very task that puts the Next item button into the page: the earliest a
  // person (or a busy machine's queued key) can press it. A shortcut registered later would lose it.
  await page.evaluate(() => {
    const observer = new MutationObserver(() => {
      const next = [...document.querySelectorAll('button')].find((button) =>
        button.textContent?.startsWith('Next item'),
      );
      if (!next) return;
      observer.disconnect();
      document.body.dispatchEvent(
        new KeyboardEvent('keydown', {
          code: 'KeyN',
          key: 'n',
          altKey: true,
          bubbles: true,
          cancelable: true,
        }),
      );
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  await page.getByRole('button', { name: 'Start meeting' }).click();
  const agenda = page.getByRole('navigation', { name: 'Agenda' }).getByRole('listitem');
  await expect(agenda.nth(1)).toContainText('Running');
  await expect(agenda.nth(0)).toContainText('Done');
});
