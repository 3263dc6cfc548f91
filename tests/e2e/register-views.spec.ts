/**
 * The Register's address, saved views and edits from the list (issue 16), in Chromium with the
 * clock fixed to 27 November 2026: filters survive a reload and the back and forward buttons and
 * are kept per tab; an address with nonsense in it shows the whole list; "Overdue · Sales Iberia"
 * is saved once and then applied in one click; an action item is marked done and its due date
 * changed from the list, by mouse and by keyboard, each undoable.
 */
import type { Page } from '@playwright/test';
import { importRegisterMeetings } from './support/register-import';
import { expect, test } from './support/tandem-test';

const BRIEF = 'Draft the campaign brief for Iberia';

async function openActions(page: Page) {
  await page.getByRole('link', { name: 'Register', exact: true }).click();
  await page.getByRole('tab', { name: 'Action items' }).click();
  await expect(page.getByText(/^Showing \d+ of \d+ action items$/)).toBeVisible();
}

const rows = (page: Page) => page.getByRole('tabpanel').locator('tbody tr');

test.beforeEach(async ({ app }, testInfo) => {
  await app.page.clock.setFixedTime(new Date('2026-11-27T10:00:00+01:00'));
  await importRegisterMeetings(app.page, 'en', (name) => testInfo.outputPath(name));
});

test('filters live in the address: reload, back and forward, per tab, nonsense ignored', async ({ app }) => {
  const page = app.page;
  await openActions(page);
  const total = await rows(page).count();
  await page.getByLabel('Organisation unit').selectOption('Sales Iberia');
  await page.getByLabel('Status').selectOption({ label: 'Overdue' });
  await expect(page).toHaveURL(/#\/register\/actions\?unit=Sales\+Iberia&status=overdue$/);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(BRIEF);

  await page.reload();
  await expect(page.getByLabel('Organisation unit')).toHaveValue('Sales Iberia');
  await expect(page.getByLabel('Status')).toHaveValue('overdue');
  await expect(rows(page)).toHaveCount(1);

  // The decisions tab has filters of its own; coming back, the action items' filters are still set.
  await page.getByRole('tab', { name: 'Decision register' }).click();
  await expect(page.getByLabel('Organisation unit')).toHaveValue('');
  await page.getByLabel('Status').selectOption({ label: 'Revoked' });
  await expect(page).toHaveURL(/#\/register\/decisions\?status=revoked$/);
  await page.getByRole('tab', { name: 'Action items' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Action items' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Organisation unit')).toHaveValue('Sales Iberia');
  await expect(rows(page)).toHaveCount(1);

  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Decision register' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Status')).toHaveValue('revoked');
  await page.goBack();
  await expect(page.getByLabel('Status')).toHaveValue('');
  await page.goForward();
  await page.goForward();
  await expect(page.getByLabel('Organisation unit')).toHaveValue('Sales Iberia');
  await expect(rows(page)).toHaveCount(1);

  // Search text is in the address too, without a history step per keystroke.
  await page.getByRole('searchbox', { name: 'Search the register' }).fill('campaign');
  await expect(page).toHaveURL(/q=campaign/);

  await page.goto('/#/register/actions?status=bogus&from=31.02.2026&owner=nobody&unit=');
  await expect(page.getByText(`Showing ${total} of ${total} action items`)).toBeVisible();
  await expect(page.getByLabel('Status')).toHaveValue('');
});

test('a saved view applies "Overdue · Sales Iberia" in one click; renamed, deleted and undone', async ({
  app,
}) => {
  const page = app.page;
  await openActions(page);
  await page.getByLabel('Organisation unit').selectOption('Sales Iberia');
  await page.getByLabel('Status').selectOption({ label: 'Overdue' });
  await page.getByRole('button', { name: 'Save view…' }).click();
  const name = page.getByRole('textbox', { name: 'Name of the view' });
  await expect(name).toHaveValue('Overdue · Sales Iberia');
  await name.press('Enter');
  const view = page.getByRole('button', { name: 'Overdue · Sales Iberia', exact: true });
  await expect(view).toHaveAttribute('aria-current', 'true');

  // Another day: open the Register (1 click), apply the view (1 click).
  await page.getByRole('link', { name: 'Meetings', exact: true }).click();
  await page.reload();
  await page.getByRole('link', { name: 'Register', exact: true }).click();
  await expect(page.getByRole('tab', { name: 'Decision register' })).toHaveAttribute('aria-selected', 'true');
  await view.click();
  await expect(page.getByRole('tab', { name: 'Action items' })).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/#\/register\/actions\?unit=Sales\+Iberia&status=overdue$/);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(BRIEF);

  // A name in use or empty is refused in words.
  await page.getByLabel('Status').selectOption({ label: 'Open' });
  await page.getByRole('button', { name: 'Save view…' }).click();
  await name.fill('overdue · sales iberia');
  await name.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('A view with this name exists already.');
  await name.press('Escape');
  await expect(name).toBeHidden();

  await page.getByRole('button', { name: 'Rename view “Overdue · Sales Iberia”' }).click();
  await name.fill('Iberia late');
  await name.press('Enter');
  const renamed = page.getByRole('button', { name: 'Iberia late', exact: true });
  await expect(renamed).toBeVisible();

  await page.getByRole('button', { name: 'Delete view “Iberia late”' }).click();
  await expect(renamed).toBeHidden();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(renamed).toBeVisible();
  await renamed.click();
  await expect(page.getByLabel('Status')).toHaveValue('overdue');
});

test('an action item is marked done and its due date changed from the list, by mouse and keyboard', async ({
  app,
}) => {
  const page = app.page;
  await openActions(page);
  const row = rows(page).filter({ hasText: BRIEF });
  const done = page.getByRole('checkbox', { name: `Done: ${BRIEF}` });
  await expect(row).toContainText('Overdue');

  // Mouse: tick, then undo from the notice.
  await done.click();
  await expect(done).toBeChecked();
  await expect(row).not.toContainText('Overdue');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(done).not.toBeChecked();
  await expect(row).toContainText('Overdue');

  // Keyboard: Space on the checkbox.
  await done.focus();
  await page.keyboard.press('Space');
  await expect(done).toBeChecked();
  await page.keyboard.press('Space');
  await expect(done).not.toBeChecked();

  // Mouse: open the date, pick a new one, click elsewhere.
  await row.getByRole('button', { name: `Due date: ${BRIEF}, 30 Oct 2026` }).click();
  const due = page.getByLabel(`Due date: ${BRIEF}`, { exact: true });
  await due.fill('2026-12-15');
  await page.getByRole('heading', { level: 1, name: 'Register' }).click();
  await expect(row.getByRole('button', { name: `Due date: ${BRIEF}, 15 Dec 2026` })).toBeVisible();
  await expect(row).not.toContainText('Overdue');

  // Keyboard: Enter opens the field, digits fill it (day and month alike, whatever order the field uses), Enter saves.
  await row.getByRole('button', { name: `Due date: ${BRIEF}, 15 Dec 2026` }).focus();
  await page.keyboard.press('Enter');
  await expect(due).toBeFocused();
  await page.keyboard.type('11112026');
  await page.keyboard.press('Enter');
  const back = row.getByRole('button', { name: `Due date: ${BRIEF}, 11 Nov 2026` });
  await expect(back).toBeFocused();
  await expect(row).toContainText('Overdue');

  // An incomplete date is refused in words; Escape leaves the date as it was.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Enter a real date.');
  await page.keyboard.press('Escape');
  await expect(back).toBeFocused();

  // The change is stored: after a reload it is still there.
  await page.reload();
  await expect(row.getByRole('button', { name: `Due date: ${BRIEF}, 11 Nov 2026` })).toBeVisible();
});
