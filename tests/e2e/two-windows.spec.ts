/**
 * Two windows on one meeting (issue 14, part 4): two pages of one browser share the workspace, as
 * two tabs or two run windows do. No write may silently replace a change it did not see: notes typed
 * in one window survive the other window typing from the old text, and a rationale saved in one
 * window survives a decision saved from an older draft in the other. Both show "Changed in another
 * window" with both versions instead.
 */
import type { Page } from '@playwright/test';
import { startLiveMeeting } from './support/live-meeting';
import { expect, test } from './support/tandem-test';

const notesOf = (page: Page) => page.getByRole('textbox', { name: /^Notes on / });

/** The notes live in their tab of the run screen. */
async function showNotes(page: Page) {
  await page.getByRole('tab', { name: /^Notes/ }).click();
  await expect(notesOf(page)).toBeVisible();
}

async function secondWindow(page: Page, meetingId: string): Promise<Page> {
  const other = await page.context().newPage();
  await other.goto(`/#/meetings/${meetingId}/run`);
  await showNotes(other);
  await showNotes(page);
  return other;
}

test('notes typed in one window are not lost when the other window types from the old text', async ({
  app,
}) => {
  const a = app.page;
  const meetingId = await startLiveMeeting(a, 'Two windows: notes');
  const b = await secondWindow(a, meetingId);

  // B's facilitator is in the notes field, which still shows the notes empty.
  await notesOf(b).click();
  await notesOf(a).fill('A: Marketing pays for the booth.');
  const changed = b.getByRole('alert').filter({ hasText: 'Changed in another window' });
  await expect(changed).toContainText('A: Marketing pays for the booth.');

  await notesOf(b).pressSequentially('B: Sales staffs it.');
  await expect(changed).toContainText('B: Sales staffs it.');

  // What A typed is still what is stored.
  await a.reload();
  await showNotes(a);
  await expect(notesOf(a)).toHaveValue('A: Marketing pays for the booth.');

  // B keeps its own text knowingly; A's window then takes it, as nobody types there.
  await changed.getByRole('button', { name: 'Keep mine' }).click();
  await expect(changed).toBeHidden();
  await expect(notesOf(a)).toHaveValue('B: Sales staffs it.');
});

test('a decision saved from an older draft does not blank a rationale saved in the other window', async ({
  app,
}) => {
  const a = app.page;
  const meetingId = await startLiveMeeting(a, 'Two windows: decisions');
  await a.getByRole('button', { name: 'Record decision', exact: true }).click();
  const record = a.getByRole('dialog', { name: 'Record decision' });
  await record.getByRole('textbox', { name: 'Statement' }).fill('One discount table for all regions');
  await record.getByRole('button', { name: 'Record decision', exact: true }).click();
  await expect(record).toBeHidden();

  const b = await secondWindow(a, meetingId);
  const editIn = async (page: Page) => {
    await page
      .getByRole('list', { name: 'Decision register' })
      .getByRole('listitem')
      .filter({ hasText: 'D-1' })
      .getByRole('button', { name: 'Edit D-1' })
      .click();
    return page.getByRole('dialog', { name: 'Edit D-1' });
  };

  // B opens the decision first; A then saves a rationale.
  const editB = await editIn(b);
  await expect(editB.getByRole('textbox', { name: 'Rationale' })).toHaveValue('');
  const editA = await editIn(a);
  await editA.getByRole('textbox', { name: 'Rationale' }).fill('Both regions asked for one table.');
  await editA.getByRole('button', { name: 'Save decision' }).click();
  await expect(editA).toBeHidden();

  // B saves its older draft with a sharper statement: refused, both versions shown.
  await editB
    .getByRole('textbox', { name: 'Statement' })
    .fill('One discount table for all regions from March');
  await editB.getByRole('button', { name: 'Save decision' }).click();
  const changed = editB.getByRole('alert').filter({ hasText: 'Changed in another window' });
  await expect(changed.getByRole('group', { name: 'Rationale' })).toContainText(
    'Both regions asked for one table.',
  );
  await expect(changed.getByRole('group', { name: 'Statement' })).toContainText(
    'One discount table for all regions from March',
  );

  // B takes theirs, makes its change on top, and saves: both changes are kept.
  await changed.getByRole('button', { name: 'Take theirs' }).click();
  await expect(editB.getByRole('textbox', { name: 'Rationale' })).toHaveValue(
    'Both regions asked for one table.',
  );
  await editB
    .getByRole('textbox', { name: 'Statement' })
    .fill('One discount table for all regions from March');
  await editB.getByRole('button', { name: 'Save decision' }).click();
  await expect(editB).toBeHidden();

  await a.reload();
  const reopened = await editIn(a);
  await expect(reopened.getByRole('textbox', { name: 'Statement' })).toHaveValue(
    'One discount table for all regions from March',
  );
  await expect(reopened.getByRole('textbox', { name: 'Rationale' })).toHaveValue(
    'Both regions asked for one table.',
  );
});
