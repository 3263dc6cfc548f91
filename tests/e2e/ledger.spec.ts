/**
 * The give-and-get ledger in Chromium: a first meeting agrees two agreements (one in Prepare by
 * mouse, one while it runs from the command palette by keyboard); Prepare of the next meeting of
 * the series offers the "Review agreements" block; the running follow-up reviews both (one side by
 * mouse with the figure reached, the other by keyboard); the Register's "Agreements" tab filters
 * them by verdict in its own address and exports the rows shown as CSV.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { prepareMeeting } from './support/prepared-meeting';
import { expect, test } from './support/tandem-test';

async function fillAgreementByMouse(page: Page) {
  const ledger = page.getByRole('region', { name: 'Give-and-get ledger' });
  await ledger.getByRole('button', { name: 'Add agreement' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add agreement' });
  await dialog.getByRole('textbox', { name: 'Agreement' }).fill('Leads for fast follow-up');
  await dialog.getByRole('textbox', { name: 'Marketing gives' }).fill('300 leads a month with score ≥ 60');
  await dialog.getByRole('textbox', { name: 'Target figure (Marketing)' }).fill('300');
  await dialog.getByRole('textbox', { name: 'Unit (Marketing)' }).fill('leads');
  await dialog.getByRole('combobox', { name: 'Owner (Marketing)' }).selectOption({ label: 'Mara Lind' });
  await dialog.getByRole('textbox', { name: 'Sales gives' }).fill('Follow up each lead within 48 hours');
  await dialog.getByRole('textbox', { name: 'Target figure (Sales)' }).fill('48');
  await dialog.getByRole('textbox', { name: 'Unit (Sales)' }).fill('h');
  await dialog.getByRole('combobox', { name: 'Owner (Sales)' }).selectOption({ label: 'Jon Vik' });
  await dialog.getByRole('textbox', { name: 'Period' }).fill('a month');
  await dialog.getByRole('button', { name: 'Add agreement' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    ledger.getByRole('list', { name: 'Agreed in this meeting' }).getByText('Leads for fast follow-up'),
  ).toBeVisible();
}

async function addAgreementByKeyboard(page: Page) {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Commands' });
  await expect(palette.getByRole('combobox', { name: 'Command or screen' })).toBeFocused();
  await page.keyboard.type('Add agreement');
  // Enter runs the first command of the list the typed text filters: wait until it is that one.
  await expect(palette.getByRole('option').first()).toHaveText(/^Add agreement/);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Add agreement' });
  await expect(dialog.getByRole('textbox', { name: 'Agreement' })).toBeFocused();
  await page.keyboard.type('Feedback on lead quality');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('textbox', { name: 'Marketing gives' })).toBeFocused();
  await page.keyboard.type('Adjust the score within a week of feedback');
  await dialog.getByRole('textbox', { name: 'Sales gives' }).focus();
  await page.keyboard.type('Rate every rejected lead with a reason');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
}

test('agreements are made, offered for review at the next meeting, reviewed and found in the register', async ({
  app,
}) => {
  const page = app.page;
  await prepareMeeting(page, 'Lead pipeline');
  await fillAgreementByMouse(page);

  await page.getByRole('button', { name: 'Start meeting' }).click();
  await addAgreementByKeyboard(page);
  await page.getByRole('tab', { name: /^Agreements/ }).click();
  const agreedHere = page.getByRole('list', { name: 'Agreed in this meeting' });
  await expect(agreedHere.getByRole('listitem')).toHaveCount(2);
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

  // The follow-up: Prepare offers the review block once, and lists what it will review.
  await expect(page.getByText('Agreements of this series to review: 2')).toBeVisible();
  await page.getByRole('button', { name: 'Add “Review agreements” to the agenda' }).click();
  await expect(page.getByRole('button', { name: 'Add “Review agreements” to the agenda' })).toBeHidden();
  await expect(
    page.getByRole('region', { name: 'Agenda' }).getByText('Review agreements').first(),
  ).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'To review' }).getByText('Leads for fast follow-up'),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Start meeting' }).click();
  await page.getByRole('tab', { name: 'Agreements (2)' }).click();
  const toReview = page.getByRole('list', { name: 'To review' });
  // By mouse: Marketing partly kept, with the figure reached.
  await toReview
    .getByRole('group', { name: 'Verdict of Marketing: Leads for fast follow-up' })
    .getByRole('radio', { name: 'Partly kept' })
    .click();
  const figure = toReview.getByRole('textbox', { name: 'Figure reached by Marketing' });
  await figure.fill('240');
  await figure.press('Tab');
  await toReview
    .getByRole('group', { name: 'Verdict of Sales: Leads for fast follow-up' })
    .getByRole('radio', { name: 'Kept', exact: true })
    .click();
  await expect(page.getByRole('tab', { name: 'Agreements (1)' })).toBeVisible();
  // By keyboard: Space chooses the focused verdict, the arrow key moves to the next one.
  await toReview
    .getByRole('group', { name: 'Verdict of Marketing: Feedback on lead quality' })
    .getByRole('radio', { name: 'Kept', exact: true })
    .focus();
  await page.keyboard.press('Space');
  await toReview
    .getByRole('group', { name: 'Verdict of Sales: Feedback on lead quality' })
    .getByRole('radio', { name: 'Kept', exact: true })
    .focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(
    toReview
      .getByRole('group', { name: 'Verdict of Sales: Feedback on lead quality' })
      .getByRole('radio', { name: 'Broken' }),
  ).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Only half were rated');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Agreements (0)' })).toBeVisible();

  // The Register's third tab, filtered by verdict in its own address, and its CSV.
  await page.getByRole('button', { name: 'Show navigation' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Register' }).click();
  await page.getByRole('tab', { name: 'Agreements' }).click();
  await expect(page.getByText('Showing 2 of 2 agreements')).toBeVisible();
  await page.getByLabel('Latest verdict').selectOption({ label: 'Broken' });
  await expect(page.getByText('Showing 1 of 2 agreements')).toBeVisible();
  expect(page.url()).toContain('#/register/agreements?verdict=broken');
  await expect(page.getByRole('row').filter({ hasText: 'Feedback on lead quality' })).toContainText('Broken');
  await page.reload();
  await expect(page.getByText('Showing 1 of 2 agreements')).toBeVisible();

  await page.getByLabel('Latest verdict').selectOption({ label: 'Partly kept' });
  await expect(page.getByRole('row').filter({ hasText: 'Leads for fast follow-up' })).toContainText(
    '240 leads',
  );
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const text = await readFile(await (await download).path(), 'utf8');
  const lines = text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(/^Agreement,Status,Marketing gives,/);
  expect(lines[1]).toMatch(
    /^Leads for fast follow-up,Active,300 leads a month with score ≥ 60,.*Partly kept/,
  );
});
