/**
 * The words of the Meetings screen in both languages, as the UI contract fixes them. The tests find
 * elements by role and these names, the way a screen-reader user would.
 */
export type UiLanguage = 'en' | 'de';

export const WORDS = {
  en: {
    meetings: 'Meetings',
    language: 'Language',
    newMeeting: 'New meeting',
    title: 'Title',
    date: 'Date',
    startTime: 'Start time',
    minutesLanguage: 'Language of the minutes',
    create: 'Create',
    cancel: 'Cancel',
    enterTitle: 'Enter a title.',
    renameMeeting: 'Rename meeting',
    rename: 'Rename',
    renameButton: (title: string) => `Rename ${title}`,
    deleteMeeting: 'Delete meeting?',
    delete: 'Delete',
    deleteButton: (title: string) => `Delete ${title}`,
    meetingDeleted: 'Meeting deleted',
    undo: 'Undo',
    search: 'Search meetings',
    noMatch: 'No meeting matches',
    noMeetings: 'No meetings yet',
    groups: { running: 'Running', upcoming: 'Upcoming', past: 'Past' },
    passedNotHeld: 'Date passed — not held',
    seriesPlace: (place: number) => `No. ${place} in series`,
  },
  de: {
    meetings: 'Besprechungen',
    language: 'Sprache',
    newMeeting: 'Neue Besprechung',
    title: 'Titel',
    date: 'Datum',
    startTime: 'Beginn',
    minutesLanguage: 'Sprache des Protokolls',
    create: 'Anlegen',
    cancel: 'Abbrechen',
    enterTitle: 'Bitte einen Titel eingeben.',
    renameMeeting: 'Besprechung umbenennen',
    rename: 'Umbenennen',
    renameButton: (title: string) => `${title} umbenennen`,
    deleteMeeting: 'Besprechung löschen?',
    delete: 'Löschen',
    deleteButton: (title: string) => `${title} löschen`,
    meetingDeleted: 'Besprechung gelöscht',
    undo: 'Rückgängig',
    search: 'Besprechungen durchsuchen',
    noMatch: 'Keine Besprechung passt',
    noMeetings: 'Noch keine Besprechungen',
    groups: { running: 'Laufend', upcoming: 'Anstehend', past: 'Vergangen' },
    passedNotHeld: 'Termin verstrichen – nicht abgehalten',
    seriesPlace: (place: number) => `Nr. ${place} der Reihe`,
  },
} as const;

/** The names of the two UI languages as the language pickers show them. */
export const LANGUAGE_NAMES = { en: 'English', de: 'Deutsch' } as const;
