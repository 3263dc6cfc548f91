/** Messages of the app frame: navigation, language, generic actions and errors. */
import type { Messages } from './messages';

export const coreEn = {
  'app.name': 'Tandem',
  'app.loading': 'Loading…',
  'nav.label': 'Main',
  'nav.meetings': 'Meetings',
  'language.label': 'Language',
  'language.en': 'English',
  'language.de': 'Deutsch',

  'action.create': 'Create',
  'action.cancel': 'Cancel',
  'action.rename': 'Rename',
  'action.delete': 'Delete',
  'action.undo': 'Undo',
  'action.remove': 'Remove',
  'action.save': 'Save',
  'action.edit': 'Edit',
  'action.dismiss': 'Dismiss',
  'action.reload': 'Reload',

  'error.title-empty': 'Enter a title.',
  'error.title-too-long': 'Keep the title to {max} characters or fewer.',
  'error.date-invalid': 'Enter a date that exists, for example 27 November 2026.',
  'error.time-invalid': 'Enter a start time such as 09:30.',
  'error.storage': 'Tandem could not save this change. What you typed is still here; please try again.',

  'crash.title': 'Something went wrong',
  'crash.body': 'Tandem could not show this screen. Everything saved so far is safe.',
} as const;

export const coreDe: Messages<typeof coreEn> = {
  'app.name': 'Tandem',
  'app.loading': 'Wird geladen …',
  'nav.label': 'Hauptnavigation',
  'nav.meetings': 'Besprechungen',
  'language.label': 'Sprache',
  'language.en': 'English',
  'language.de': 'Deutsch',

  'action.create': 'Anlegen',
  'action.cancel': 'Abbrechen',
  'action.rename': 'Umbenennen',
  'action.delete': 'Löschen',
  'action.undo': 'Rückgängig',
  'action.remove': 'Entfernen',
  'action.save': 'Speichern',
  'action.edit': 'Bearbeiten',
  'action.dismiss': 'Schließen',
  'action.reload': 'Neu laden',

  'error.title-empty': 'Bitte einen Titel eingeben.',
  'error.title-too-long': 'Der Titel darf höchstens {max} Zeichen lang sein.',
  'error.date-invalid': 'Bitte ein existierendes Datum eingeben, zum Beispiel 27.11.2026.',
  'error.time-invalid': 'Bitte eine Uhrzeit wie 09:30 eingeben.',
  'error.storage':
    'Tandem konnte diese Änderung nicht speichern. Ihre Eingabe ist noch da; bitte versuchen Sie es erneut.',

  'crash.title': 'Etwas ist schiefgelaufen',
  'crash.body': 'Tandem konnte diese Ansicht nicht anzeigen. Alles bisher Gespeicherte ist sicher.',
};
