/**
 * The Meetings screen end to end: the built renderer in a real Chromium with a fresh persistent
 * profile per test, driven by role and accessible name only (the UI contract of the screen).
 */
import { MeetingsScreen } from './support/meetings-screen';
import { expect, test } from './support/tandem-test';
import { LANGUAGE_NAMES } from './support/words';

const PRICING = { title: 'Pricing workshop EMEA', date: '2026-11-27', time: '09:30' };
const KICKOFF = { title: 'Q1 kickoff with Sales Iberia', date: '2026-01-15', time: '14:00' };
const ROADMAP = { title: 'Partner roadmap review', date: '2027-02-03', time: '10:15' };

test('opens on an empty Meetings screen in English', async ({ app }) => {
  const screen = new MeetingsScreen(app.page);

  await expect(screen.heading).toBeVisible();
  await expect(app.page.getByRole('navigation')).toBeVisible();
  await expect(screen.languagePicker.locator('option:checked')).toHaveText(LANGUAGE_NAMES.en);
  await expect(app.page.getByText(screen.words.noMeetings)).toBeVisible();
  await expect(screen.items).toHaveCount(0);
});

test('creates meetings and lists the newest date first', async ({ app }) => {
  const screen = new MeetingsScreen(app.page);

  await screen.newMeetingButton.click();
  const minutesLanguage = screen.newMeetingDialog.getByRole('combobox', {
    name: screen.words.minutesLanguage,
    exact: true,
  });
  await expect(minutesLanguage.locator('option')).toHaveText([LANGUAGE_NAMES.en, LANGUAGE_NAMES.de]);
  await minutesLanguage.selectOption({ label: LANGUAGE_NAMES.de });
  await screen.field(screen.newMeetingDialog, 'date').fill(PRICING.date);
  await screen.field(screen.newMeetingDialog, 'startTime').fill(PRICING.time);
  await screen.field(screen.newMeetingDialog, 'title').fill(PRICING.title);
  await screen.button(screen.newMeetingDialog, screen.words.create).click();
  await expect(screen.newMeetingDialog).toBeHidden();
  await screen.showList();

  await screen.createMeeting({ ...KICKOFF, submitWithEnter: true });
  await screen.createMeeting(ROADMAP);

  await expect(app.page.getByText(screen.words.noMeetings)).toBeHidden();
  await expect(screen.items).toHaveCount(3);
  await expect(screen.items).toContainText([ROADMAP.title, PRICING.title, KICKOFF.title]);
  await expect(screen.item(ROADMAP.title)).toContainText('2027');
  await expect(screen.item(PRICING.title)).toContainText('2026');
  await expect(screen.item(KICKOFF.title)).toContainText('2026');
});

test('refuses an empty or blank title and keeps the dialog as typed', async ({ app }) => {
  const screen = new MeetingsScreen(app.page);
  const dialog = screen.newMeetingDialog;

  await screen.newMeetingButton.click();
  await screen.field(dialog, 'date').fill(PRICING.date);
  await screen.button(dialog, screen.words.create).click();

  await expect(screen.titleAlert).toBeVisible();
  await expect(dialog).toBeVisible();
  await expect(screen.field(dialog, 'date')).toHaveValue(PRICING.date);

  await screen.field(dialog, 'title').fill('   ');
  await screen.field(dialog, 'title').press('Enter');

  await expect(screen.titleAlert).toBeVisible();
  await expect(dialog).toBeVisible();
  await expect(screen.field(dialog, 'title')).toHaveValue('   ');
  await expect(screen.field(dialog, 'date')).toHaveValue(PRICING.date);

  await screen.button(dialog, screen.words.cancel).click();
  await expect(dialog).toBeHidden();
  await expect(screen.items).toHaveCount(0);
  await expect(app.page.getByText(screen.words.noMeetings)).toBeVisible();
});

test('renames a meeting and refuses an empty new title', async ({ app }) => {
  const screen = new MeetingsScreen(app.page);
  await screen.createMeeting(PRICING);

  await screen.button(screen.item(PRICING.title), screen.words.renameButton(PRICING.title)).click();
  const title = screen.field(screen.renameDialog, 'title');
  await expect(title).toHaveValue(PRICING.title);
  await title.fill('');
  await screen.button(screen.renameDialog, screen.words.rename).click();
  await expect(screen.titleAlert).toBeVisible();
  await expect(screen.renameDialog).toBeVisible();
  await screen.button(screen.renameDialog, screen.words.cancel).click();
  await expect(screen.renameDialog).toBeHidden();
  await expect(screen.item(PRICING.title)).toHaveCount(1);

  await screen.renameMeeting(PRICING.title, 'Pricing and discounts workshop');

  await expect(screen.item('Pricing and discounts workshop')).toContainText('2026');
  await expect(screen.item(PRICING.title)).toHaveCount(0);
  await expect(screen.items).toHaveCount(1);
});

test('keeps a meeting when the deletion is cancelled', async ({ app }) => {
  const screen = new MeetingsScreen(app.page);
  await screen.createMeeting(PRICING);

  await screen.button(screen.item(PRICING.title), screen.words.deleteButton(PRICING.title)).click();
  await expect(screen.deleteDialog).toBeVisible();
  await screen.button(screen.deleteDialog, screen.words.cancel).click();

  await expect(screen.deleteDialog).toBeHidden();
  await expect(screen.item(PRICING.title)).toHaveCount(1);
  await expect(screen.deletedStatus).toHaveCount(0);
});

test('deletes a meeting and brings it back with Undo', async ({ app }) => {
  const screen = new MeetingsScreen(app.page);
  await screen.createMeeting(PRICING);
  await screen.createMeeting(KICKOFF);

  await screen.deleteMeeting(PRICING.title);

  await expect(screen.item(PRICING.title)).toHaveCount(0);
  await expect(screen.items).toHaveCount(1);
  await expect(screen.deletedStatus).toContainText(PRICING.title);
  await screen.undoButton.click();

  await expect(screen.item(PRICING.title)).toContainText('2026');
  await expect(screen.items).toContainText([PRICING.title, KICKOFF.title]);
  await app.page.reload();
  await expect(screen.items).toContainText([PRICING.title, KICKOFF.title]);
});

test('filters the list by title, ignoring case', async ({ app }) => {
  const screen = new MeetingsScreen(app.page);
  await screen.createMeeting(PRICING);
  await screen.createMeeting(KICKOFF);
  await screen.createMeeting({ title: 'Pricing review for Sales DACH', date: '2026-06-01', time: '08:00' });

  await screen.searchBox.fill('pRICING');
  await expect(screen.items).toHaveCount(2);
  await expect(screen.items).toContainText([PRICING.title, 'Pricing review for Sales DACH']);

  await screen.searchBox.fill('iberia');
  await expect(screen.items).toHaveCount(1);
  await expect(screen.item(KICKOFF.title)).toBeVisible();

  await screen.searchBox.fill('budget');
  await expect(screen.items).toHaveCount(0);
  await expect(app.page.getByText(screen.words.noMatch)).toBeVisible();

  await screen.searchBox.fill('');
  await expect(screen.items).toHaveCount(3);
  await expect(app.page.getByText(screen.words.noMatch)).toBeHidden();
});

test('switches to German and keeps the choice over a reload', async ({ app }) => {
  const english = new MeetingsScreen(app.page, 'en');
  await english.languagePicker.selectOption({ label: LANGUAGE_NAMES.de });

  const german = new MeetingsScreen(app.page, 'de');
  await expect(german.heading).toBeVisible();
  await expect(german.newMeetingButton).toBeVisible();
  await expect(german.searchBox).toBeVisible();
  await expect(app.page.getByText(german.words.noMeetings)).toBeVisible();

  await app.page.reload();
  await expect(german.heading).toBeVisible();
  await expect(german.languagePicker.locator('option:checked')).toHaveText(LANGUAGE_NAMES.de);

  await german.newMeetingButton.click();
  await german.button(german.newMeetingDialog, german.words.create).click();
  await expect(german.titleAlert).toBeVisible();
  await german.field(german.newMeetingDialog, 'title').fill('Preisgestaltung Iberia');
  await german.field(german.newMeetingDialog, 'date').fill('2026-11-27');
  await german.field(german.newMeetingDialog, 'startTime').fill('09:30');
  await german.button(german.newMeetingDialog, german.words.create).click();
  await expect(german.newMeetingDialog).toBeHidden();
  await german.showList();

  const item = german.item('Preisgestaltung Iberia');
  await expect(item).toContainText('2026');
  await expect(german.button(item, german.words.deleteButton('Preisgestaltung Iberia'))).toBeVisible();
});

test.describe('with a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('starts in German', async ({ app }) => {
    const german = new MeetingsScreen(app.page, 'de');

    await expect(german.heading).toBeVisible();
    await expect(german.languagePicker.locator('option:checked')).toHaveText(LANGUAGE_NAMES.de);
  });
});

test('keeps meetings and the language over a reload and a full browser restart', async ({ app }) => {
  const english = new MeetingsScreen(app.page);
  await english.createMeeting(PRICING);
  await english.createMeeting(ROADMAP);
  await app.page.reload();
  await expect(english.items).toContainText([ROADMAP.title, PRICING.title]);
  await english.languagePicker.selectOption({ label: LANGUAGE_NAMES.de });
  await expect(new MeetingsScreen(app.page, 'de').heading).toBeVisible();

  const german = new MeetingsScreen(await app.restart(), 'de');

  await expect(german.heading).toBeVisible();
  await expect(german.items).toHaveCount(2);
  await expect(german.items).toContainText([ROADMAP.title, PRICING.title]);
  await expect(german.item(PRICING.title)).toContainText('2026');
});
