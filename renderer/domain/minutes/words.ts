/**
 * The minutes' words: the `minutes.*` keys of the one catalogue (renderer/i18n/languages/). The
 * minutes follow the meeting's language (or the export dialog's) rather than the UI's, so they
 * look words up by language; terms match docs/product.md ("Conflict log" / "Konfliktprotokoll", …).
 */
import { translate, type KeysUnder, type MessageValues } from '../../i18n/language';
import type { Language } from '../types';

/** A word of the minutes: its key without the `minutes.` prefix. */
export type WordKey = KeysUnder<'minutes'>;

/** The word for `key` in `language`, with `{name}` placeholders filled from `values`. */
export function word(language: Language, key: WordKey, values?: MessageValues): string {
  return translate(language, `minutes.${key}`, values);
}

/** A piece of the page footer: literal text, or the place of the page number or the page count. */
export type FooterPart = string | { counter: 'page' | 'pages' };

/**
 * The page footer ("Page {page} of {pages}") in `language`, split so that each writer puts its own
 * page counters where the numbers go: Word fields in DOCX, CSS page counters in the printed HTML.
 */
export function pageFooterParts(language: Language): FooterPart[] {
  return word(language, 'page.footer')
    .split(/\{(page|pages)\}/)
    .map((part, index): FooterPart =>
      index % 2 === 1 ? { counter: part === 'page' ? 'page' : 'pages' } : part,
    )
    .filter((part) => part !== '');
}
