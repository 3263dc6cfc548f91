/**
 * The words of the native application menu, from the one catalogue (renderer/i18n/languages/):
 * each item names the catalogue key it shows. Items that do what a control of the UI does reuse
 * that control's words (so the menu and the screen never disagree); the rest are `menu.*` keys.
 */
import { translate, type Language, type MessageKey } from '../../renderer/i18n/language';

/** The catalogue key of each menu label. */
export const MENU_LABEL_KEYS = {
  file: 'menu.file',
  newMeeting: 'meetings.new',
  importMeeting: 'exchange.import',
  exportMinutes: 'export.open',
  restore: 'backups.link',
  quit: 'menu.quit',
  view: 'menu.view',
  meetings: 'nav.meetings',
  people: 'people.nav',
  definitions: 'nav.definitions',
  register: 'register.nav',
  audienceView: 'audience.open',
  reload: 'action.reload',
  developerTools: 'menu.developerTools',
  fullScreen: 'menu.fullScreen',
  help: 'menu.help',
  keyboardShortcuts: 'shortcuts.heading',
  about: 'menu.about',
} as const satisfies Record<string, MessageKey>;

/** The key of one menu label. */
export type MenuLabelKey = keyof typeof MENU_LABEL_KEYS;
/** A complete set of menu labels in one language. */
export type MenuLabels = Readonly<Record<MenuLabelKey, string>>;

/** The menu labels in `language`. */
export function menuLabels(language: Language): MenuLabels {
  return Object.fromEntries(
    Object.entries(MENU_LABEL_KEYS).map(([item, key]) => [item, translate(language, key)]),
  ) as Record<MenuLabelKey, string>;
}
