/**
 * The Meetings list in its groups (Running, Upcoming, Past), the note on a planned meeting whose date
 * passed without it being held, the end summary's unfinished work and "Plan next meeting" from it (by
 * mouse and by keyboard), and the follow-up's place in its series.
 */
import type { Page } from '@playwright/test';
import { MeetingsScreen } from './support/meetings-screen';
import { prepareMeeting } from './support/prepared-meeting';
import { expect, test } from './support/tandem-test';
import { LANGUAGE_NAMES } from './support/words';

/** A calendar date this many days from now; far enough from today that the time zone never matters. */
function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const QUESTION = 'Why did churn rise in Iberia?';
const PARKED = 'Partner discounts in Iberia';
const POINT = 'Discount bands differ between regions';

/** A prepared meeting with an open question, started, with a parked point and a logged conflict point. */
async function meetingWithOpenWork(page: Page, by: 'mouse' | 'key'): Promise<void> {
  await prepareMeeting(page, 'Pricing alignment');
  const knowledge = page.getByRole('region', { name: 'Knowledge' });
  await knowledge.getByRole('radio', { name: 'Question' }).check();
  await knowledge.getByRole('textbox', { name: 'Text' }).fill(QUESTION);
  await knowledge.getByRole('button', { name: 'Add fact or question' }).click();
  // The list, not the field: the field may still hold the text for a moment after the save.
  await expect(
    knowledge.getByRole('list', { name: 'Open questions' }).getByText(QUESTION, { exact: true }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Start meeting' }).click();
  await expect(page.getByRole('button', { name: /^Next item/ })).toBeVisible();
  if (by === 'mouse') await page.getByRole('button', { name: 'Log point', exact: true }).click();
  else await page.keyboard.press('Alt+L');
  await expect(page.getByRole('dialog', { name: 'Log point' })).toBeVisible();
  await page.keyboard.type(POINT);
  await page.keyboard.press('Alt+1');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Log point' })).toBeHidden();
  if (by === 'mouse') {
    await page.getByRole('tab', { name: /^Parking lot/ }).click();
    await page.getByRole('button', { name: 'Add to parking lot', exact: true }).click();
  } else await page.keyboard.press('Alt+K');
  await expect(page.getByRole('textbox', { name: 'Point', exact: true })).toBeFocused();
  await page.keyboard.type(PARKED);
  await page.keyboard.press('Enter');
  await expect(page.getByText(PARKED, { exact: true })).toBeVisible();

  await page.keyboard.press('Alt+X');
  const confirm = page.getByRole('alertdialog', { name: 'End meeting?' });
  if (by === 'mouse') await confirm.getByRole('button', { name: 'End meeting' }).click();
  else await confirm.getByRole('button', { name: 'End meeting' }).press('Enter');
  await expect(page.getByText('This meeting has ended.')).toBeVisible();
}

function summaryOf(page: Page) {
  return page.getByRole('region', { name: 'Summary' });
}

async function expectUnfinishedWork(page: Page): Promise<void> {
  const summary = summaryOf(page);
  await expect(summary.getByRole('heading', { name: 'Not done' })).toBeVisible();
  // Ended while on the first item: every later item of the template was never reached.
  await expect(
    summary.getByRole('list', { name: 'Agenda items never reached' }).getByRole('listitem').first(),
  ).toBeVisible();
  await expect(summary.getByRole('list', { name: 'Unanswered questions' }).getByRole('listitem')).toHaveText([
    QUESTION,
  ]);
  await expect(summary.getByRole('list', { name: 'Open parking lot' }).getByRole('listitem')).toHaveText([
    PARKED,
  ]);
  await expect(summary).toContainText('1 open conflict point');
  await expect(summary).toContainText(POINT);
}

async function expectCarriedOver(page: Page): Promise<void> {
  const carried = page.getByRole('region', { name: 'Carried over from the last meeting' });
  await expect(carried.getByRole('list', { name: 'Open questions' }).getByRole('listitem')).toHaveText([
    new RegExp(QUESTION.replace('?', '\\?')),
  ]);
  await expect(carried.getByRole('list', { name: 'Parking lot' }).getByRole('listitem')).toHaveText([
    new RegExp(PARKED),
  ]);
  await expect(
    carried.getByRole('list', { name: 'Open and parked conflict points' }).getByRole('listitem'),
  ).toHaveText([new RegExp(POINT)]);
}

test('groups the meetings as Running, Upcoming and Past and says when a date passed unheld', async ({
  app,
}) => {
  const page = app.page;
  const screen = new MeetingsScreen(page);
  await screen.createMeeting({ title: 'Missed pricing sync', date: daysFromNow(-30), time: '09:00' });
  await screen.createMeeting({ title: 'Quarterly review', date: daysFromNow(40), time: '10:00' });
  await screen.createMeeting({ title: 'Lead handover review', date: daysFromNow(20), time: '10:00' });
  await page.goto('/#/meetings');
  await prepareMeeting(page, 'Live alignment');
  await page.getByRole('button', { name: 'Start meeting' }).click();
  await expect(page.getByRole('button', { name: /^Next item/ })).toBeVisible();
  await page.goto('/#/meetings');

  for (const name of ['Running 1', 'Upcoming 2', 'Past 1'])
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  await expect(screen.group('running').getByRole('listitem')).toHaveText([/Live alignment/]);
  // Upcoming: the soonest first.
  await expect(screen.group('upcoming').getByRole('listitem')).toHaveText([
    /Lead handover review/,
    /Quarterly review/,
  ]);
  await expect(screen.group('past').getByRole('listitem')).toHaveText([/Missed pricing sync/]);
  await expect(screen.item('Missed pricing sync')).toContainText(screen.words.passedNotHeld);
  await expect(screen.item('Quarterly review')).not.toContainText(screen.words.passedNotHeld);
  await expect(screen.item('Live alignment')).toContainText('Running');

  // The search keeps working across the groups; an empty group is not shown.
  await screen.searchBox.fill('review');
  await expect(screen.items).toHaveCount(2);
  await expect(screen.group('running')).toHaveCount(0);
  await expect(screen.group('past')).toHaveCount(0);

  await screen.searchBox.fill('');
  await screen.languagePicker.selectOption({ label: LANGUAGE_NAMES.de });
  const german = new MeetingsScreen(page, 'de');
  await expect(german.group('past').getByRole('listitem')).toHaveText([/Missed pricing sync/]);
  await expect(german.item('Missed pricing sync')).toContainText(german.words.passedNotHeld);
  await expect(page.getByRole('heading', { level: 2, name: 'Anstehend 2' })).toBeVisible();
});

test('the end summary lists what was not done and plans the next meeting from it, by mouse', async ({
  app,
}) => {
  const page = app.page;
  await meetingWithOpenWork(page, 'mouse');
  await expectUnfinishedWork(page);
  const endedUrl = page.url();

  await summaryOf(page).getByRole('button', { name: 'Plan next meeting' }).click();
  const plan = page.getByRole('dialog', { name: 'Plan next meeting' });
  const nextDate = daysFromNow(21);
  await plan.getByLabel('Date of the next meeting').fill(nextDate);
  await plan.getByRole('button', { name: 'Plan and open' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pricing alignment' })).toBeVisible();
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue(nextDate);
  await expectCarriedOver(page);
  const nextUrl = page.url();

  // Asked again from the summary, it opens the same follow-up and copies nothing twice.
  await page.goto(endedUrl);
  await summaryOf(page)
    .getByRole('button', { name: /^Open next meeting/ })
    .click();
  await expect(page).toHaveURL(nextUrl);
  await expectCarriedOver(page);

  // Two meetings of one series are told apart by their place in it.
  await page.getByRole('link', { name: 'Meetings', exact: true }).click();
  const screen = new MeetingsScreen(page);
  await expect(screen.items).toHaveCount(2);
  await expect(screen.group('upcoming').getByRole('listitem')).toHaveText([/No\. 2 in series/]);
  await expect(screen.group('past').getByRole('listitem')).toHaveText([/No\. 1 in series/]);
});

test('the end summary plans the next meeting by keyboard alone', async ({ app }) => {
  const page = app.page;
  await meetingWithOpenWork(page, 'key');
  await expectUnfinishedWork(page);

  await summaryOf(page).getByRole('button', { name: 'Plan next meeting' }).press('Enter');
  const dateField = page
    .getByRole('dialog', { name: 'Plan next meeting' })
    .getByLabel('Date of the next meeting');
  await expect(dateField).toBeFocused();
  const proposed = await dateField.inputValue();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Carried over from the last meeting' })).toBeVisible();
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue(proposed);
  await expectCarriedOver(page);
});
