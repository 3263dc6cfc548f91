/**
 * Translation: the catalogues, message lookup with `{placeholder}` values, and per-language
 * formatting of dates, times and numbers. Pure functions; React access is in `react.tsx`.
 */
import type { CalendarDate, Language, TimeOfDay } from '../domain/types';
import { isTimeOfDay, toLocalDateTime } from '../domain/calendar';
import { de } from './de';
import { en, type MessageKey } from './en';

export type { MessageKey };
/** A complete catalogue: every English key, translated. */
export type Catalogue = Record<MessageKey, string>;
export type MessageValues = Record<string, string | number>;

export const CATALOGUES: Record<Language, Catalogue> = { en, de };
export const LANGUAGES: readonly Language[] = ['en', 'de'];

const LOCALES: Record<Language, string> = { en: 'en-GB', de: 'de-DE' };

/**
 * One formatter per language and kind, made on first use: making an Intl formatter costs far more
 * than formatting with it, and a list of fifty meetings formats a hundred dates and times.
 */
function once<T>(make: (locale: string, language: Language) => T): (language: Language) => T {
  const made = new Map<Language, T>();
  return (language) => {
    let formatter = made.get(language);
    if (formatter === undefined) {
      formatter = make(LOCALES[language], language);
      made.set(language, formatter);
    }
    return formatter;
  };
}

const pluralRules = once((locale) => new Intl.PluralRules(locale));
const dateFormat = once(
  (locale, language) =>
    new Intl.DateTimeFormat(
      locale,
      language === 'de'
        ? { day: '2-digit', month: '2-digit', year: 'numeric' }
        : { day: 'numeric', month: 'short', year: 'numeric' },
    ),
);
const timeFormat = once(
  (locale) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
);
const numberFormat = once((locale) => new Intl.NumberFormat(locale));

/** The message for `key` in `language`, with `{name}` placeholders filled from `values`. */
export function translate(language: Language, key: MessageKey, values: MessageValues = {}): string {
  return CATALOGUES[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** Keys that come in a singular and a plural form, e.g. `meetings.total.one` / `.other`. */
type PluralBase = MessageKey extends infer K ? (K extends `${infer B}.one` ? B : never) : never;

/** The singular or plural message for `count`, with `{count}` filled in. */
export function translateCount(language: Language, base: PluralBase, count: number): string {
  const form = pluralRules(language).select(count) === 'one' ? 'one' : 'other';
  // Every base with a `.one` key has an `.other` key too; the catalogue test checks it.
  const key = `${base}.${form}` as MessageKey;
  return translate(language, key, { count: formatNumber(language, count) });
}

/** A calendar date the way the language writes it: "27 Nov 2026" or "27.11.2026". */
export function formatDate(language: Language, date: CalendarDate): string {
  return dateFormat(language).format(toLocalDateTime(date, '00:00'));
}

/**
 * A time of day, 24-hour with two-digit hours in both languages ("09:30"): a valid stored time is
 * already written that way, so only another string goes through Intl (whose first use costs
 * milliseconds at start).
 */
export function formatTime(language: Language, time: TimeOfDay): string {
  return isTimeOfDay(time) ? time : timeFormat(language).format(toLocalDateTime('2000-01-01', time));
}

/** A number with the language's separators: 1,234.5 or 1.234,5. */
export function formatNumber(language: Language, value: number): string {
  // Whole numbers below 1,000 have no separators in either language: no Intl needed for them.
  if (Number.isInteger(value) && value > -1000 && value < 1000) return String(value);
  return numberFormat(language).format(value);
}

/** The language a new user sees: German when the system prefers it, otherwise English. */
export function preferredLanguage(systemLanguages: readonly string[]): Language {
  const first = systemLanguages[0]?.toLowerCase() ?? 'en';
  return first.startsWith('de') ? 'de' : 'en';
}
