/**
 * The reopen gate, in Chromium: a first meeting decides with a "revisit if" condition (mouse); the
 * next meeting of the series supersedes it (keyboard), is refused until it names the condition that
 * was met, and the reason shows in the run register and in the Register.
 */
import type { Page } from '@playwright/test';
import { prepareMeeting } from './support/prepared-meeting';
import { expect, test } from './support/tandem-test';

async function endAndPlanNext(page: Page) {
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
}

test('a decided decision is superseded only after naming the condition that was met', async ({ app }) => {
  const page = app.page;
  await prepareMeeting(page, 'Lead hand-over');
  await page.getByRole('button', { name: 'Start meeting' }).click();

  // First meeting, by mouse: a decision with one "revisit if" condition.
  await page.getByRole('button', { name: 'Record decision' }).click();
  const first = page.getByRole('dialog', { name: 'Record decision' });
  await first
    .getByRole('textbox', { name: 'Statement' })
    .fill('Leads with score 60 go to Sales within a day.');
  await first.getByLabel('Accountable owner').selectOption({ label: 'Jon Vik' });
  await first.getByRole('button', { name: 'Add condition' }).click();
  await first.getByRole('textbox', { name: 'Condition 1' }).fill('Conversion drops below 5 %');
  await first.getByRole('button', { name: 'Record decision' }).click();
  await expect(first).toBeHidden();
  const register = page.getByRole('list', { name: 'Decision register' });
  await expect(register.getByText('Revisit if: Conversion drops below 5 %')).toBeVisible();
  await endAndPlanNext(page);

  // Next meeting, by keyboard: a new decision supersedes D-1; the gate asks what is new.
  await page.getByRole('button', { name: 'Start meeting' }).click();
  await expect(page.getByRole('button', { name: 'Record decision' })).toBeVisible();
  await page.keyboard.press('Alt+E');
  const dialog = page.getByRole('dialog', { name: 'Record decision' });
  await expect(dialog.getByRole('textbox', { name: 'Statement' })).toBeFocused();
  await page.keyboard.type('Leads with score 70 go to Sales within a day.');
  await dialog.getByLabel('Accountable owner').selectOption({ label: 'Jon Vik' });
  await dialog.getByRole('searchbox', { name: 'Search earlier decisions' }).fill('leads');
  await dialog
    .getByLabel('Supersedes')
    .selectOption({ label: 'D-1 — Leads with score 60 go to Sales within a day.' });
  const gate = dialog.getByRole('region', { name: 'Reopening D-1: what is new?' });
  await expect(gate.getByRole('listitem')).toHaveText('Conversion drops below 5 %');
  await dialog.getByRole('button', { name: 'Record decision' }).press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText(
    'D-1 was decided. Name the condition that was met or what is new before it is reopened.',
  );
  await gate.getByLabel('Condition that was met').focus();
  await gate.getByLabel('Condition that was met').selectOption({ label: 'Conversion drops below 5 %' });
  await gate.getByRole('textbox', { name: 'What is new?' }).focus();
  await page.keyboard.type('It fell to 3 % in November.');
  await dialog.getByRole('button', { name: 'Record decision' }).press('Enter');
  await expect(dialog).toBeHidden();

  // The Register shows D-1 superseded with the reason.
  await page.getByRole('button', { name: 'Show navigation' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Register' }).click();
  await expect(
    page.getByText('Reopened because: Conversion drops below 5 % — It fell to 3 % in November.'),
  ).toBeVisible();
});
