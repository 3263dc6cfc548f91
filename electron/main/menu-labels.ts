/**
 * The words of the native application menu in English and German. The keys are typed from the
 * English set (as Excalidraw types its keys from the English catalogue), so a label missing in
 * German is a compile error; the action names follow DESIGN.md, "The words on the screen".
 */
import type { Language } from '../shared/ipc-contract';

const en = {
  file: 'File',
  newMeeting: 'New meeting',
  importMeeting: 'Import meeting',
  exportMinutes: 'Export minutes',
  restore: 'Restore from backup',
  quit: 'Quit',
  view: 'View',
  meetings: 'Meetings',
  people: 'People',
  definitions: 'Agreed definitions',
  register: 'Register',
  audienceView: 'Audience view',
  reload: 'Reload',
  developerTools: 'Developer tools',
  fullScreen: 'Full screen',
  help: 'Help',
  keyboardShortcuts: 'Keyboard shortcuts',
  about: 'About Tandem',
};

/** The key of one menu label. */
export type MenuLabelKey = keyof typeof en;
/** A complete set of menu labels in one language. */
export type MenuLabels = Readonly<Record<MenuLabelKey, string>>;

const de: MenuLabels = {
  file: 'Datei',
  newMeeting: 'Neue Besprechung',
  importMeeting: 'Besprechung importieren',
  exportMinutes: 'Protokoll exportieren',
  restore: 'Aus Sicherung wiederherstellen',
  quit: 'Beenden',
  view: 'Ansicht',
  meetings: 'Besprechungen',
  people: 'Personen',
  definitions: 'Vereinbarte Definitionen',
  register: 'Register',
  audienceView: 'Publikumsansicht',
  reload: 'Neu laden',
  developerTools: 'Entwicklerwerkzeuge',
  fullScreen: 'Vollbild',
  help: 'Hilfe',
  keyboardShortcuts: 'Tastenkürzel',
  about: 'Über Tandem',
};

/** The menu labels of each UI language. */
export const MENU_LABELS: Readonly<Record<Language, MenuLabels>> = { en, de };
