/**
 * The Register across meetings, in Chromium: two meetings of a series are run through the UI
 * (decisions, one superseding an earlier one, and action items, one of them past its due date),
 * then the register is filtered, a superseded link is followed, and the filtered view is
 * downloaded as CSV and read back.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { prepareMeeting } from './support/prepared-meeting';
import { expect, test } from './support/tandem-test';

interface DecisionInput {
  statement: string;
  owner: string;
  scope?: string;
  supersedes?: { search: string; option: string };
}

async function recordDecision(page: Page, input: DecisionInput) {
  await page.getByRole('button', { name: 'Record decision' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record decision' });
  await dialog.getByRole('textbox', { name: 'Statement' }).fill(input.statement);
  await dialog.getByLabel('Accountable owner').selectOption({ label: input.owner });
  if (input.scope) await dialog.getByRole('textbox', { name: /^Scope/ }).fill(input.scope);
  if (input.supersedes) {
    await dialog.getByRole('searchbox', { name: 'Search earlier decisions' }).fill(input.supersedes.search);
    await dialog.getByLabel('Supersedes').selectOption({ label: input.supersedes.option });
    // The reopen gate asks what is new before a decided decision is superseded.
    await dialog.getByRole('textbox', { name: 'What is new?' }).fill('The 2027 costs are in.');
  }
  await dialog.getByRole('button', { name: 'Record decision' }).click();
  await expect(dialog).toBeHidden();
}

async function addAction(page: Page, what: string, owner: string, dueDate: string) {
  await page.getByRole('button', { name: 'Add action item', exact: true }).click();
  const form = page.getByRole('form', { name: 'Add action item' });
  await form.getByRole('textbox', { name: 'What' }).fill(what);
  await form.getByRole('combobox', { name: 'Owner' }).selectOption({ label: owner });
  await form.getByLabel('Due date').fill(dueDate);
  await form.getByRole('textbox', { name: 'What' }).press('Enter');
  await expect(page.getByRole('list').getByText(what)).toBeVisible();
}

/** The row of decision `number` in the register table. */
function decisionRow(page: Page, number: string): Locator {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: number, exact: true }) });
}

async function downloadCsv(page: Page): Promise<string[]> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  const text = await readFile(await file.path(), 'utf8');
  return text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
}

test('the register filters both meetings, follows a superseded link and exports the filtered CSV', async ({
  app,
}) => {
  const page = app.page;
  await prepareMeeting(page, 'Spring pricing');
  await page.getByRole('button', { name: 'Start meeting' }).click();
  await recordDecision(page, {
    statement: 'Price list 2027 stays as it is.',
    owner: 'Jon Vik',
    scope: 'Iberia',
  });
  await addAction(page, 'Send the old price list to Iberia', 'Jon Vik', '2026-01-15');
  await page.keyboard.press('Alt+X');
  await page
    .getByRole('alertdialog', { name: 'End meeting?' })
    .getByRole('button', { name: 'End meeting' })
    .click();
  await page.getByRole('link', { name: /Back to preparation/ }).click();
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Plan next meeting' }).click();
  await page
    .getByRole('dialog', { name: 'Plan next meeting' })
    .getByRole('button', { name: 'Plan and open' })
    .click();
  await expect(page.getByRole('combobox', { name: 'Role of Jon Vik' })).toBeVisible();
  await page.getByRole('button', { name: 'Start meeting' }).click();
  await recordDecision(page, {
    statement: 'Price list 2027 rises by 3 % in Iberia.',
    owner: 'Jon Vik',
    scope: 'Iberia',
    supersedes: { search: 'price', option: 'D-1 — Price list 2027 stays as it is.' },
  });
  await recordDecision(page, {
    statement: 'One discount table applies in every region.',
    owner: 'Mara Lind',
  });
  await addAction(page, 'Send the discount table to all regions', 'Mara Lind', '2099-01-31');

  // While the meeting runs, the navigation is one key away (focus mode).
  await page.getByRole('button', { name: 'Show navigation' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Register' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Register' })).toBeVisible();
  await expect(page.getByText('Showing 3 of 3 decisions')).toBeVisible();
  await expect(decisionRow(page, 'D-1')).toContainText('Superseded');

  await page.getByLabel('Status').selectOption({ label: 'Superseded' });
  await expect(page.getByText('Showing 1 of 3 decisions')).toBeVisible();
  await decisionRow(page, 'D-1').getByRole('button', { name: 'Superseded by D-2' }).click();
  await expect(page.getByText('The filters hid D-2, so they were cleared to show it.')).toBeVisible();
  await expect(page.getByText('Showing 3 of 3 decisions')).toBeVisible();
  await expect(decisionRow(page, 'D-2')).toBeFocused();

  await page.getByLabel('Owner').selectOption({ label: 'Mara Lind' });
  await expect(page.getByText('Showing 1 of 3 decisions')).toBeVisible();
  const decisions = await downloadCsv(page);
  expect(decisions).toHaveLength(2);
  expect(decisions[0]).toMatch(/^Number,Meeting,Meeting date,Statement,/);
  expect(decisions[1]).toMatch(
    /^D-3,Spring pricing.*,One discount table applies in every region\.,Consensus,/,
  );

  // Each tab keeps its own filters: the owner chosen for the decisions does not narrow the action items.
  await page.getByRole('tab', { name: 'Action items' }).click();
  await expect(page.getByRole('button', { name: 'Clear filters' })).toBeDisabled();
  // The open item carried over to the second meeting is one task: listed once, as its latest copy.
  await expect(page.getByText('Showing 2 of 2 action items')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Send the old price list to Iberia' })).toContainText(
    'Overdue',
  );
  await expect(page.getByRole('row').filter({ hasText: 'Send the discount table' })).not.toContainText(
    'Overdue',
  );
  await page.getByRole('searchbox', { name: 'Search the register' }).fill('IBERIA');
  const actions = await downloadCsv(page);
  expect(actions.slice(1).map((line) => line.split(',').slice(0, 3))).toEqual([
    ['Send the old price list to Iberia', 'Jon Vik', '2026-01-15'],
  ]);
});
