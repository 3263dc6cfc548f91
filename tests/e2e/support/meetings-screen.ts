/**
 * A page object for the Meetings screen, in either UI language. It only finds elements by role and
 * accessible name (from `words.ts`) and performs whole user actions; assertions stay in the specs.
 */
import type { Locator, Page } from '@playwright/test';
import { WORDS, type UiLanguage } from './words';

export interface NewMeeting {
  title: string;
  /** `YYYY-MM-DD`, typed into the date input. */
  date: string;
  /** `HH:MM`, typed into the time input. */
  time: string;
  /** Submit with Enter in the title field instead of clicking the create button. */
  submitWithEnter?: boolean;
}

export class MeetingsScreen {
  readonly words: (typeof WORDS)[UiLanguage];

  constructor(
    readonly page: Page,
    language: UiLanguage = 'en',
  ) {
    this.words = WORDS[language];
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.words.meetings, exact: true });
  }

  get languagePicker(): Locator {
    return this.page.getByRole('combobox', { name: this.words.language, exact: true });
  }

  get newMeetingButton(): Locator {
    return this.page.getByRole('button', { name: this.words.newMeeting, exact: true });
  }

  get newMeetingDialog(): Locator {
    return this.page.getByRole('dialog', { name: this.words.newMeeting, exact: true });
  }

  get renameDialog(): Locator {
    return this.page.getByRole('dialog', { name: this.words.renameMeeting, exact: true });
  }

  get deleteDialog(): Locator {
    return this.page.getByRole('alertdialog', { name: this.words.deleteMeeting, exact: true });
  }

  /** The screen's region: the lists of its groups (Running, Upcoming, Past) are inside it. */
  get list(): Locator {
    return this.page.getByRole('region', { name: this.words.meetings, exact: true });
  }

  /** Every listed meeting, group after group. */
  get items(): Locator {
    return this.list.getByRole('list').getByRole('listitem');
  }

  /** The list of one group, named by its heading (the group's name and its count). */
  group(name: 'running' | 'upcoming' | 'past'): Locator {
    return this.list.getByRole('list', { name: new RegExp(`^${this.words.groups[name]}\\b`) });
  }

  get searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: this.words.search, exact: true });
  }

  /** The alert that refuses an empty title, wherever the app puts it. */
  get titleAlert(): Locator {
    return this.page.getByRole('alert').filter({ hasText: this.words.enterTitle });
  }

  /** The status message shown after a deletion. */
  get deletedStatus(): Locator {
    return this.page.getByRole('status').filter({ hasText: this.words.meetingDeleted });
  }

  get undoButton(): Locator {
    return this.page.getByRole('button', { name: this.words.undo, exact: true });
  }

  /** The list item of the meeting with exactly this title (found by its rename button, not by substring). */
  item(title: string): Locator {
    return this.items.filter({ has: this.button(this.page, this.words.renameButton(title)) });
  }

  /** A field of a meeting dialog, found by its label. */
  field(dialog: Locator, name: 'title' | 'date' | 'startTime'): Locator {
    return name === 'title'
      ? dialog.getByRole('textbox', { name: this.words.title, exact: true })
      : dialog.getByLabel(this.words[name], { exact: true });
  }

  button(scope: Locator | Page, name: string): Locator {
    return scope.getByRole('button', { name, exact: true });
  }

  /** Creates a meeting through the dialog and waits until the dialog has closed. */
  async createMeeting(meeting: NewMeeting): Promise<void> {
    await this.newMeetingButton.click();
    const dialog = this.newMeetingDialog;
    await this.field(dialog, 'date').fill(meeting.date);
    await this.field(dialog, 'startTime').fill(meeting.time);
    await this.field(dialog, 'title').fill(meeting.title);
    if (meeting.submitWithEnter) await this.field(dialog, 'title').press('Enter');
    else await this.button(dialog, this.words.create).click();
    await dialog.waitFor({ state: 'hidden' });
    await this.showList();
    await this.item(meeting.title).waitFor();
  }

  /**
   * Returns to the list if the app went elsewhere: creating a meeting may open it for preparation.
   * The app changes the route before the dialog leaves the page, so the URL is settled here.
   */
  async showList(): Promise<void> {
    const { hash } = new URL(this.page.url());
    if (hash !== '' && hash !== '#/' && hash !== '#/meetings') await this.page.goto('/#/meetings');
    await this.heading.waitFor();
  }

  /** Renames a meeting through its rename dialog and waits until the dialog has closed. */
  async renameMeeting(from: string, to: string): Promise<void> {
    await this.button(this.item(from), this.words.renameButton(from)).click();
    await this.field(this.renameDialog, 'title').fill(to);
    await this.button(this.renameDialog, this.words.rename).click();
    await this.renameDialog.waitFor({ state: 'hidden' });
  }

  /** Deletes a meeting and confirms, waiting until the confirmation has closed. */
  async deleteMeeting(title: string): Promise<void> {
    await this.button(this.item(title), this.words.deleteButton(title)).click();
    await this.button(this.deleteDialog, this.words.delete).click();
    await this.deleteDialog.waitFor({ state: 'hidden' });
  }
}
