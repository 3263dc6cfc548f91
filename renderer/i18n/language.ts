/**
 * Tandem's one home for language: the languages, their locales, the catalogue of every word
 * (UI, minutes, exported files, native menu) and the lookup with `{placeholder}` values.
 *
 * Pure TypeScript (no React, DOM or Dexie), so the UI (through `react.tsx`), the minutes and
 * exports in domain/ and the Electron main process all read the same words. Each language is one
 * file in `languages/`, found by `import.meta.glob` (Vite, vitest and the Electron build all
 * resolve it); README.md says how to add one.
 */
/// <reference types="vite/client" />
import type { messages as english } from './languages/en';

/**
 * The codes of the languages. Empty here: each language file adds its own code by declaration
 * merging (`declare module '../language'`), so adding a file extends `Language` without edits.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the language files
export interface LanguageCodes {}

/** A language of Tandem, e.g. `'en'`: the name of its file in `languages/`. */
export type Language = keyof LanguageCodes & string;

/** A message key; the English file defines them, so an unknown key is a type error. */
export type MessageKey = keyof typeof english;
/** A complete set of messages: every English key, worded in one language. */
export type Catalogue = Readonly<Record<MessageKey, string>>;
export type MessageValues = Readonly<Record<string, string | number>>;

/** What one file in `languages/` exports by default. */
export interface LanguageFile {
  /** The language's code; equal to the file name. */
  code: Language;
  /** The language's name in itself, as the language choosers list it ("Deutsch"). */
  name: string;
  /** The BCP 47 locale for Intl and documents, e.g. `en-GB`. */
  locale: string;
  /** How a calendar date is written: "27 Nov 2026" or "27.11.2026". */
  dateFormat: Intl.DateTimeFormatOptions;
  /**
   * The plural form of a whole number, as the language's CLDR rule gives it (English and German:
   * "one" for 1 and -1 only). Written out because making `Intl.PluralRules` costs tens of milliseconds
   * on first use, on the start of every screen that counts something; fractions still ask Intl.
   * A unit test holds each rule against Intl for whole numbers.
   */
  pluralOfWhole: (count: number) => 'one' | 'other';
  /**
   * The separator between groups of three digits in a whole number, as Intl writes it ("1,234" or
   * "1.234"). Written out for the same reason: the first `Intl.NumberFormat` costs tens of
   * milliseconds, on the run screen's first render ("1,234 min behind"); a unit test holds it
   * against Intl.
   */
  groupSeparator: string;
  messages: Catalogue;
}

/**
 * The language files outside Vite: Playwright runs domain code (the minutes) in Node, where
 * `import.meta.glob` does not exist, so there the folder is read. Vite (the builds and vitest)
 * defines `import.meta.env` and takes the glob; this branch never reaches a bundle.
 */
async function filesFromNode(): Promise<Record<string, LanguageFile>> {
  const { readdirSync } = await import(/* @vite-ignore */ 'node:fs');
  const folder = new URL(/* @vite-ignore */ './languages/', import.meta.url);
  const names = readdirSync(folder).filter((name) => name.endsWith('.ts'));
  const files = await Promise.all(
    names.map(async (name): Promise<[string, LanguageFile]> => {
      const module = (await import(/* @vite-ignore */ new URL(name, folder).href)) as {
        default: LanguageFile;
      };
      return [`./languages/${name}`, module.default];
    }),
  );
  return Object.fromEntries(files);
}

const FILES: Record<string, LanguageFile> = import.meta.env
  ? import.meta.glob<LanguageFile>('./languages/*.ts', { eager: true, import: 'default' })
  : await filesFromNode();

/** The language of a new user whose system prefers none of the others; its file defines the keys. */
export const DEFAULT_LANGUAGE: Language = 'en';

const BY_CODE = new Map<Language, LanguageFile>();
for (const [path, file] of Object.entries(FILES)) {
  if (path !== `./languages/${file.code}.ts`) throw new Error(`${path} declares the code ${file.code}`);
  BY_CODE.set(file.code, file);
}

/** Every language: the default first, then the others by code. */
export const LANGUAGES = [
  DEFAULT_LANGUAGE,
  ...[...BY_CODE.keys()].filter((code) => code !== DEFAULT_LANGUAGE).sort(),
] as const satisfies readonly [Language, ...Language[]];

function languageFile(language: Language): LanguageFile {
  const file = BY_CODE.get(language);
  if (file === undefined) throw new Error(`No language file for ${language}`);
  return file;
}

/** The messages of every language. */
export const CATALOGUES = Object.fromEntries(
  LANGUAGES.map((language) => [language, languageFile(language).messages]),
) as Readonly<Record<Language, Catalogue>>;

/** Whether `value` (e.g. from a `<select>` or a file) names a language of Tandem. */
export function isLanguage(value: string): value is Language {
  return BY_CODE.has(value as Language);
}

/** `value` as a language; the default language if it names none. */
export function asLanguage(value: string): Language {
  return isLanguage(value) ? value : DEFAULT_LANGUAGE;
}

/** The language's name in itself: "English", "Deutsch". */
export function languageName(language: Language): string {
  return languageFile(language).name;
}

/** The BCP 47 locale of `language`, for Intl and for the `lang` of documents. */
export function localeOf(language: Language): string {
  return languageFile(language).locale;
}

/** The Intl options of a calendar date in `language`. */
export function dateFormatOf(language: Language): Intl.DateTimeFormatOptions {
  return languageFile(language).dateFormat;
}

/** `text` with each `{name}` placeholder filled from `values`; unknown placeholders stay visible. */
export function fill(text: string, values: MessageValues = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The message for `key` in `language`, with `{name}` placeholders filled from `values`. */
export function translate(language: Language, key: MessageKey, values: MessageValues = {}): string {
  return fill(languageFile(language).messages[key], values);
}

/** The rest of every key under `prefix`: `KeysUnder<'minutes'>` holds `'section.agenda'` for `minutes.section.agenda`. */
export type KeysUnder<Prefix extends string> = MessageKey extends infer Key
  ? Key extends `${Prefix}.${infer Rest}`
    ? Rest
    : never
  : never;

/** Keys that come in a singular and a plural form, e.g. `meetings.total.one` / `.other`. */
export type PluralBase = MessageKey extends infer Key
  ? Key extends `${infer Base}.one`
    ? Base
    : never
  : never;

/**
 * One formatter per language, made on first use: making an Intl formatter costs far more than
 * formatting with it, and a list of fifty meetings formats a hundred dates and numbers.
 */
export function oncePerLanguage<T>(
  make: (locale: string, language: Language) => T,
): (language: Language) => T {
  const made = new Map<Language, T>();
  return (language) => {
    let formatter = made.get(language);
    if (formatter === undefined) {
      formatter = make(localeOf(language), language);
      made.set(language, formatter);
    }
    return formatter;
  };
}

const pluralRules = oncePerLanguage((locale) => new Intl.PluralRules(locale));
const numberFormat = oncePerLanguage((locale) => new Intl.NumberFormat(locale));

/** A number with the language's separators: 1,234.5 or 1.234,5. */
export function formatNumber(language: Language, value: number): string {
  // Whole numbers need no Intl: below 1,000 they have no separators, above it the language's own.
  if (Number.isSafeInteger(value)) {
    if (value > -1000 && value < 1000) return String(value);
    return String(value).replace(/\B(?=(\d{3})+$)/g, languageFile(language).groupSeparator);
  }
  return numberFormat(language).format(value);
}

/** Whether `count` takes the language's singular ("one") or plural form ("other"). */
export function pluralFormOf(language: Language, count: number): 'one' | 'other' {
  if (Number.isInteger(count)) return languageFile(language).pluralOfWhole(count);
  return pluralRules(language).select(count) === 'one' ? 'one' : 'other';
}

/**
 * The singular or plural message for `count`, with `{count}` (formatted) and `values` filled in.
 * `.one` is used where the language's plural rules say "one", `.other` everywhere else.
 */
export function translateCount(
  language: Language,
  base: PluralBase,
  count: number,
  values: MessageValues = {},
): string {
  const form = pluralFormOf(language, count);
  // Every base with a `.one` key has an `.other` key too; the catalogue test checks it.
  const key = `${base}.${form}` as MessageKey;
  return translate(language, key, { ...values, count: formatNumber(language, count) });
}

/**
 * The language a new user sees: the first of the system's languages (BCP 47 tags, most preferred
 * first) if Tandem speaks it, otherwise the default.
 */
export function preferredLanguage(systemLanguages: readonly string[]): Language {
  const first = systemLanguages[0]?.toLowerCase() ?? DEFAULT_LANGUAGE;
  return LANGUAGES.find((language) => first.startsWith(language)) ?? DEFAULT_LANGUAGE;
}
