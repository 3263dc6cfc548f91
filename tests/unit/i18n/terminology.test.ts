/**
 * One word for one thing (issue 16): the table of docs/terminology.md is read here, and the one
 * catalogue (UI, minutes, exports, menu) is checked against it in English and German. No message
 * uses a variant the table rules out, and the messages the table names say exactly its term.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, type Language, type MessageKey } from '../../../renderer/i18n/language';

interface Term {
  concept: string;
  terms: Record<'en' | 'de', string>;
  forbidden: Record<'en' | 'de', string[]>;
  keys: string[];
}

const LANGUAGES = ['en', 'de'] as const;

/** The backticked items of a table cell. */
const ticked = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');

/** The rows of the table in docs/terminology.md. */
function readTable(): Term[] {
  const doc = readFileSync(join(__dirname, '../../../docs/terminology.md'), 'utf8');
  const rows = doc
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .slice(1, line.trimEnd().endsWith('|') ? line.trimEnd().length - 1 : undefined)
        .split('|')
        .map((cell) => cell.trim()),
    );
  return rows.slice(2).map(([concept = '', en = '', de = '', notEn = '', notDe = '', keys = '']) => ({
    concept,
    terms: { en, de },
    forbidden: { en: ticked(notEn), de: ticked(notDe) },
    keys: ticked(keys),
  }));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A variant as a whole word; one ending in `…` as the start of any word. */
function variantPattern(variant: string): RegExp {
  const prefix = variant.endsWith('…');
  const text = escape(prefix ? variant.slice(0, -1) : variant);
  return new RegExp(`(?<![\\p{L}\\p{N}])${text}${prefix ? '' : '(?![\\p{L}\\p{N}])'}`, 'u');
}

const TABLE = readTable();

describe('docs/terminology.md', () => {
  it('is a table of terms, each with an English and a German word', () => {
    expect(TABLE.length).toBeGreaterThan(10);
    for (const row of TABLE) {
      expect(row.concept, JSON.stringify(row)).not.toBe('');
      expect(row.terms.en, row.concept).not.toBe('');
      expect(row.terms.de, row.concept).not.toBe('');
    }
  });
});

describe.each(LANGUAGES)('the %s catalogue', (language: Language & ('en' | 'de')) => {
  const messages = Object.entries(CATALOGUES[language]) as [MessageKey, string][];

  it.each(TABLE.map((row) => [row.concept, row] as const))(
    'never words “%s” another way',
    (_concept, row) => {
      const offending = row.forbidden[language].flatMap((variant) => {
        const pattern = variantPattern(variant);
        return messages.filter(([, text]) => pattern.test(text)).map(([key, text]) => `${key}: ${text}`);
      });
      expect(offending).toEqual([]);
    },
  );

  it.each(TABLE.map((row) => [row.concept, row] as const))('says “%s” with its term', (_concept, row) => {
    const catalogue = CATALOGUES[language] as Record<string, string>;
    for (const key of row.keys) {
      expect(catalogue[key], `${key} is no key of the catalogue`).toBeDefined();
      expect(catalogue[key]?.toLowerCase(), key).toBe(row.terms[language].toLowerCase());
    }
    // The term is in use: a table word nothing says would be no guide.
    const term = variantPattern(row.terms[language]);
    expect(messages.some(([, text]) => new RegExp(term.source, 'iu').test(text))).toBe(true);
  });
});

describe('the variant patterns', () => {
  it('match whole words, and word starts for a variant ending in …', () => {
    expect(variantPattern('Weg').test('Kanal: Weg')).toBe(true);
    expect(variantPattern('Weg').test('wegen des Wegs')).toBe(false);
    expect(variantPattern('Teilnehmer…').test('Teilnehmer/in')).toBe(true);
    expect(variantPattern('Teilnehmer…').test('Teilnehmerinnen')).toBe(true);
    expect(variantPattern('Teilnehmer…').test('Teilnehmende')).toBe(false);
    expect(variantPattern('Anerkennung und Schuld').test('Anerkennung und Schuldzuweisung')).toBe(false);
  });
});
