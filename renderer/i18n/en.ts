/**
 * The English catalogue. Its keys define `MessageKey`; every other catalogue must have exactly the
 * same keys and placeholders (a test checks both). The main controls use the exact words of DESIGN.md.
 */
export const en = {
  'app.name': 'Tandem',
  'app.loading': 'Loading…',
  'nav.label': 'Main',
  'nav.meetings': 'Meetings',
  'language.label': 'Language',
  'language.en': 'English',
  'language.de': 'Deutsch',

  'meetings.heading': 'Meetings',
  'meetings.new': 'New meeting',
  'meetings.search': 'Search meetings',
  'meetings.searchPlaceholder': 'Title or goal',
  'meetings.empty': 'No meetings yet',
  'meetings.emptyHint': 'Create the first one with “New meeting”.',
  'meetings.noMatch': 'No meeting matches “{query}”.',
  'meetings.shownOfTotal': '{shown} of {total} meetings',
  'meetings.total.one': '1 meeting',
  'meetings.total.other': '{count} meetings',
  'meetings.renameFor': 'Rename {title}',
  'meetings.deleteFor': 'Delete {title}',
  'meetings.minutesIn': 'Minutes in {language}',
  'meetings.startsAt': '{date}, {time}',

  'meeting.title': 'Title',
  'meeting.date': 'Date',
  'meeting.startTime': 'Start time',
  'meeting.language': 'Language of the minutes',
  'meeting.status.planned': 'Planned',
  'meeting.status.running': 'Running',
  'meeting.status.ended': 'Ended',

  'dialog.new.title': 'New meeting',
  'dialog.rename.title': 'Rename meeting',
  'dialog.delete.title': 'Delete meeting?',
  'dialog.delete.body': '“{title}” will be removed from the list. You can undo this right afterwards.',

  'action.create': 'Create',
  'action.cancel': 'Cancel',
  'action.rename': 'Rename',
  'action.delete': 'Delete',
  'action.undo': 'Undo',
  'action.dismiss': 'Dismiss',
  'action.reload': 'Reload',

  'toast.meetingDeleted': 'Meeting deleted: {title}',

  'error.title-empty': 'Enter a title.',
  'error.title-too-long': 'Keep the title to {max} characters or fewer.',
  'error.date-invalid': 'Enter a date that exists, for example 27 November 2026.',
  'error.time-invalid': 'Enter a start time such as 09:30.',
  'error.storage': 'Tandem could not save this change. What you typed is still here; please try again.',

  'crash.title': 'Something went wrong',
  'crash.body': 'Tandem could not show this screen. Everything saved so far is safe.',
} as const;

export type MessageKey = keyof typeof en;
