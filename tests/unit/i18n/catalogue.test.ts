import { describe, expect, it } from 'vitest';
import { formatDate, formatTime } from '../../../renderer/i18n/format';
import {
  asLanguage,
  CATALOGUES,
  DEFAULT_LANGUAGE,
  fill,
  formatNumber,
  isLanguage,
  LANGUAGES,
  languageName,
  localeOf,
  pluralFormOf,
  preferredLanguage,
  translate,
  translateCount,
  type MessageKey,
} from '../../../renderer/i18n/language';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const english = Object.keys(CATALOGUES[DEFAULT_LANGUAGE]).sort() as MessageKey[];
const others = LANGUAGES.filter((language) => language !== DEFAULT_LANGUAGE);

describe('the languages', () => {
  it('are English first and at least German, each found from its own file', () => {
    expect(LANGUAGES[0]).toBe('en');
    expect(LANGUAGES).toContain('de');
    expect(Object.keys(CATALOGUES).sort()).toEqual([...LANGUAGES].sort());
  });

  it('each have a name in themselves and a BCP 47 locale', () => {
    expect([languageName('en'), languageName('de')]).toEqual(['English', 'Deutsch']);
    expect([localeOf('en'), localeOf('de')]).toEqual(['en-GB', 'de-DE']);
    for (const language of LANGUAGES)
      expect(Intl.getCanonicalLocales(localeOf(language))).toEqual([localeOf(language)]);
  });

  it('tell a language code from other text', () => {
    expect(isLanguage('de')).toBe(true);
    expect(isLanguage('xx')).toBe(false);
    expect(asLanguage('de')).toBe('de');
    expect(asLanguage('xx')).toBe(DEFAULT_LANGUAGE);
  });
});

describe('the catalogues', () => {
  it.each(others)('have exactly the English keys in %s', (language) => {
    expect(Object.keys(CATALOGUES[language]).sort()).toEqual(english);
  });

  it.each(others)('use the same placeholders in %s as in English', (language) => {
    for (const key of english)
      expect(placeholders(CATALOGUES[language][key]), key).toEqual(placeholders(CATALOGUES.en[key]));
  });

  it.each(LANGUAGES)('have no empty message in %s', (language) => {
    for (const [key, text] of Object.entries(CATALOGUES[language])) expect(text.trim(), key).not.toBe('');
  });

  it('hold the UI, the minutes, the exported files and the menu', () => {
    for (const prefix of ['meetings.', 'minutes.', 'file.', 'menu.'])
      expect(
        english.some((key) => key.startsWith(prefix)),
        prefix,
      ).toBe(true);
  });

  it('pair every singular with a plural', () => {
    const singulars = english.filter((key) => key.endsWith('.one'));
    for (const key of singulars) expect(english, key).toContain(key.replace(/\.one$/, '.other'));
  });

  it('use the exact words of docs/product.md for the main controls', () => {
    expect([CATALOGUES.en['meetings.new'], CATALOGUES.de['meetings.new']]).toEqual([
      'New meeting',
      'Neue Besprechung',
    ]);
    expect([CATALOGUES.en['meetings.heading'], CATALOGUES.de['meetings.heading']]).toEqual([
      'Meetings',
      'Besprechungen',
    ]);
  });
});

describe('translating', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'meetings.renameFor', { title: 'Q1' })).toBe('Rename Q1');
    expect(translate('de', 'meetings.renameFor', { title: 'Q1' })).toBe('Q1 umbenennen');
    expect(translate('en', 'meetings.renameFor')).toBe('Rename {title}');
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('chooses singular or plural by the language rules', () => {
    expect(translateCount('en', 'meetings.total', 1)).toBe('1 meeting');
    expect(translateCount('en', 'meetings.total', 0)).toBe('0 meetings');
    expect(translateCount('de', 'meetings.total', 1234)).toBe('1.234 Besprechungen');
    expect(translateCount('en', 'meetings.total', 1.5)).toBe('1.5 meetings');
  });

  it("writes each language's plural rule for whole numbers as Intl.PluralRules gives it", () => {
    for (const language of LANGUAGES) {
      const rules = new Intl.PluralRules(localeOf(language));
      for (let count = -50; count <= 2000; count += 1) {
        const intl = rules.select(count) === 'one' ? 'one' : 'other';
        expect(pluralFormOf(language, count), `${language} ${count}`).toBe(intl);
      }
    }
  });
});

describe('formatting per language', () => {
  it('writes dates, times and numbers the way each language does', () => {
    expect(formatDate('en', '2026-11-27')).toBe('27 Nov 2026');
    expect(formatDate('de', '2026-11-27')).toBe('27.11.2026');
    expect(formatTime('en', '09:05')).toBe('09:05');
    expect(formatTime('de', '14:30')).toBe('14:30');
    expect(formatNumber('en', 1234.5)).toBe('1,234.5');
    expect(formatNumber('de', 1234.5)).toBe('1.234,5');
  });

  it('starts in German only when the system prefers German', () => {
    expect(preferredLanguage(['de-AT', 'en'])).toBe('de');
    expect(preferredLanguage(['en-US', 'de'])).toBe('en');
    expect(preferredLanguage([])).toBe('en');
  });
});

describe('formatting without Intl where the text is already final', () => {
  it.each(['en', 'de'] as const)('writes every time of day as Intl does in %s', (language) => {
    const intl = new Intl.DateTimeFormat(localeOf(language), {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    for (let minute = 0; minute < 24 * 60; minute += 7) {
      const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
      expect(formatTime(language, time)).toBe(intl.format(new Date(2000, 0, 1, minute / 60, minute % 60)));
    }
  });

  it.each(['en', 'de'] as const)(
    'writes whole numbers as Intl does in %s, with separators from 1,000',
    (language) => {
      const intl = new Intl.NumberFormat(localeOf(language));
      for (const value of [
        -98765,
        -1000,
        -999,
        -1,
        0,
        1,
        7,
        42,
        999,
        1000,
        4770,
        12345,
        1234567,
        Number.MAX_SAFE_INTEGER,
        2.5,
        -0.5,
        12345.5,
      ]) {
        expect(formatNumber(language, value)).toBe(intl.format(value));
      }
    },
  );
});
