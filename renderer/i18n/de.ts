/** The German catalogue; typed against the English keys, so a missing key fails the typecheck. */
import type { Catalogue } from './catalogue';

export const de: Catalogue = {
  'app.name': 'Tandem',
  'app.loading': 'Wird geladen …',
  'nav.label': 'Hauptnavigation',
  'nav.meetings': 'Besprechungen',
  'language.label': 'Sprache',
  'language.en': 'English',
  'language.de': 'Deutsch',

  'meetings.heading': 'Besprechungen',
  'meetings.new': 'Neue Besprechung',
  'meetings.search': 'Besprechungen durchsuchen',
  'meetings.searchPlaceholder': 'Titel oder Ziel',
  'meetings.empty': 'Noch keine Besprechungen',
  'meetings.emptyHint': 'Legen Sie die erste mit „Neue Besprechung“ an.',
  'meetings.noMatch': 'Keine Besprechung passt zu „{query}“.',
  'meetings.shownOfTotal': '{shown} von {total} Besprechungen',
  'meetings.total.one': '1 Besprechung',
  'meetings.total.other': '{count} Besprechungen',
  'meetings.renameFor': '{title} umbenennen',
  'meetings.deleteFor': '{title} löschen',
  'meetings.minutesIn': 'Protokoll auf {language}',
  'meetings.startsAt': '{date}, {time} Uhr',

  'meeting.title': 'Titel',
  'meeting.date': 'Datum',
  'meeting.startTime': 'Beginn',
  'meeting.language': 'Sprache des Protokolls',
  'meeting.status.planned': 'Geplant',
  'meeting.status.running': 'Läuft',
  'meeting.status.ended': 'Beendet',

  'dialog.new.title': 'Neue Besprechung',
  'dialog.rename.title': 'Besprechung umbenennen',
  'dialog.delete.title': 'Besprechung löschen?',
  'dialog.delete.body':
    '„{title}“ wird aus der Liste entfernt. Sie können das direkt danach rückgängig machen.',

  'action.create': 'Anlegen',
  'action.cancel': 'Abbrechen',
  'action.rename': 'Umbenennen',
  'action.delete': 'Löschen',
  'action.undo': 'Rückgängig',
  'action.dismiss': 'Schließen',
  'action.reload': 'Neu laden',

  'toast.meetingDeleted': 'Besprechung gelöscht: {title}',

  'error.title-empty': 'Bitte einen Titel eingeben.',
  'error.title-too-long': 'Der Titel darf höchstens {max} Zeichen lang sein.',
  'error.date-invalid': 'Bitte ein existierendes Datum eingeben, zum Beispiel 27.11.2026.',
  'error.time-invalid': 'Bitte eine Uhrzeit wie 09:30 eingeben.',
  'error.storage':
    'Tandem konnte diese Änderung nicht speichern. Ihre Eingabe ist noch da; bitte versuchen Sie es erneut.',

  'crash.title': 'Etwas ist schiefgelaufen',
  'crash.body': 'Tandem konnte diese Ansicht nicht anzeigen. Alles bisher Gespeicherte ist sicher.',
};
