/** Messages of the write-failure warning: shown when Tandem could not save a change. */
import type { Messages } from './messages';

export const writeFailureEn = {
  'writeFailure.title': 'Tandem could not save your last change.',
  'writeFailure.kept': 'Your input is kept on the screen.',
  'writeFailure.exportHint': 'Export the meeting to keep a copy.',
  'writeFailure.noMeetingHint': 'Open a meeting to export it as a copy.',
  'writeFailure.quota': 'The storage for Tandem is full. Free some disk space, then try again.',
  'writeFailure.other': 'Try again; if it keeps failing, restart Tandem after exporting.',
  'writeFailure.dismiss': 'Dismiss warning',
} as const;

export const writeFailureDe: Messages<typeof writeFailureEn> = {
  'writeFailure.title': 'Tandem konnte Ihre letzte Änderung nicht speichern.',
  'writeFailure.kept': 'Ihre Eingabe bleibt auf dem Bildschirm erhalten.',
  'writeFailure.exportHint': 'Exportieren Sie die Besprechung, um eine Kopie zu sichern.',
  'writeFailure.noMeetingHint': 'Öffnen Sie eine Besprechung, um sie als Kopie zu exportieren.',
  'writeFailure.quota':
    'Der Speicher für Tandem ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut.',
  'writeFailure.other':
    'Versuchen Sie es erneut; schlägt es weiter fehl, exportieren Sie und starten Sie Tandem neu.',
  'writeFailure.dismiss': 'Warnung schließen',
};
