/**
 * The exporters' words: the `file.*` keys of the one catalogue (renderer/i18n/languages/) for
 * column headers, calendar labels and file names, and the screen's own words for the values of
 * enumerations, so a spreadsheet reads like the screen. An export follows the language chosen for
 * the file rather than the UI's, so words are looked up by language.
 */
import { translate, type KeysUnder, type MessageValues } from '../../i18n/language';
import type { ActionChannel, ActionStatus, DecisionMethod, DecisionStatus, Language, Stance } from '../types';

/** A word of the exported files: its key without the `file.` prefix. */
export type WordKey = KeysUnder<'file'>;

/** The word for `key` in `language`, with `{name}` placeholders filled from `values`. */
export function word(language: Language, key: WordKey, values?: MessageValues): string {
  return translate(language, `file.${key}`, values);
}

/** Values of the enumerations, worded as the screen words them. */
export const valueWords = (language: Language) => ({
  method: (value: DecisionMethod) => translate(language, `decisions.method.${value}`),
  decisionStatus: (value: DecisionStatus) => translate(language, `decisions.status.${value}`),
  stance: (value: Stance) => translate(language, `decisions.stance.${value}`),
  channel: (value: ActionChannel) => translate(language, `actions.channel.${value}`),
  actionStatus: (value: ActionStatus) => translate(language, `actions.status.${value}`),
});
