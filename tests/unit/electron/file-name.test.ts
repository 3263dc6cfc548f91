/**
 * The one file-name rule (electron/shared/file-name.ts), table-driven: what the renderer makes of a
 * meeting title, and what main's `fileNameSchema` accepts. Every name the renderer suggests passes
 * main's check, for any title at all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fileNamePart,
  isSafeFileName,
  MAX_FILE_NAME_CHARS,
  safeFileName,
} from '../../../electron/shared/file-name';
import { fileNameSchema } from '../../../electron/shared/ipc-schemas';
import { exchangeFileName } from '../../../renderer/domain/exchange/file-name';
import { exportFileName } from '../../../renderer/domain/export/file-names';

const DATE = '2026-12-01';

describe('a title made into a file name', () => {
  it.each([
    ['plain text stays', 'Q1 joint strategy', 'Q1 joint strategy'],
    ['right-to-left override (U+202E) and pop (U+202C)', 'Right\u202Egnp.exe\u202C', 'Rightgnp.exe'],
    ['embeddings U+202A, U+202B, U+202D', 'a\u202Ab\u202Bc\u202Dd', 'abcd'],
    ['isolates U+2066–2069', '\u2066a\u2067b\u2068c\u2069', 'abc'],
    ['marks LRM, RLM, ALM', 'a\u200Eb\u200Fc\u061Cd', 'abcd'],
    [
      'zero-width characters and BOM',
      'zero\u200Bwidth\u200Cjoiner\u200D\u2060and\uFEFFmark',
      'zerowidthjoinerandmark',
    ],
    ['control characters', 'tab\there\u0000nul\u0007bell\u007Fdel\u009Fc1', 'tabherenulbelldelc1'],
    ['line breaks', 'line\r\nbreak', 'linebreak'],
    ['Windows-forbidden characters become hyphens', 'a:b*c?d"e<f>g|h', 'a-b-c-d-e-f-g-h'],
    ['path separators become hyphens', '../etc/passwd\\x', 'etc-passwd-x'],
    ['leading dots', '...hidden', 'hidden'],
    ['a leading dot', '.bashrc', 'bashrc'],
    ['trailing dots and spaces', 'name. . ', 'name'],
    ['runs of white space', 'a  \u00A0 b', 'a b'],
    ['runs of dots inside', 'Q1...Q2', 'Q1-Q2'],
    ['umlauts, emoji and CJK stay', 'Über 🤝 日本語', 'Über 🤝 日本語'],
    ['nothing left', '\u202E. .\u200B', ''],
  ])('%s', (_case, title, part) => {
    expect(fileNamePart(title)).toBe(part);
  });

  it('cuts to the most characters given, never inside an emoji, and trims again', () => {
    expect(fileNamePart('a'.repeat(200))).toHaveLength(MAX_FILE_NAME_CHARS);
    expect(fileNamePart(`${'a'.repeat(9)}🤝`, 10)).toBe('a'.repeat(9));
    expect(fileNamePart('abcd. efgh', 6)).toBe('abcd');
  });
});

describe('whole file names', () => {
  it.each([
    ['CON', 'md', 'file', 'file.md'],
    ['con', 'md', 'file', 'file.md'],
    ['PRN', 'csv', 'file', 'file.csv'],
    ['AUX', 'csv', 'file', 'file.csv'],
    ['NUL', 'csv', 'file', 'file.csv'],
    ['COM1', 'csv', 'file', 'file.csv'],
    ['com9', 'csv', 'file', 'file.csv'],
    ['LPT1', 'csv', 'file', 'file.csv'],
    ['Lpt9 ', 'csv', 'file', 'file.csv'],
    ['CON.tar', 'gz', 'file', 'file.gz'],
    ['CONSOLE', 'md', 'file', 'CONSOLE.md'],
    ['COM10', 'md', 'file', 'COM10.md'],
    ['CON-2026-12-01', 'md', 'file', 'CON-2026-12-01.md'],
    ['', 'ics', 'due dates', 'due dates.ics'],
    ['x'.repeat(300), 'tandem.json', 'meeting', `${'x'.repeat(MAX_FILE_NAME_CHARS - 12)}.tandem.json`],
  ])('%j with %j', (stem, extension, fallback, name) => {
    expect(safeFileName(stem, extension, fallback)).toBe(name);
    expect(isSafeFileName(name)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['too long', `${'a'.repeat(MAX_FILE_NAME_CHARS - 2)}.md`],
    ['a path', '../../.bashrc'],
    ['a slash', 'a/b.md'],
    ['a backslash', 'a\\b.md'],
    ['..', 'a..md'],
    ['a leading dot', '.bashrc'],
    ['a trailing dot', 'minutes.'],
    ['a trailing space', 'minutes.md '],
    ['a colon', 'C:minutes.md'],
    ['an asterisk', 'a*.md'],
    ['a question mark', 'a?.md'],
    ['a quote', 'a".md'],
    ['angle brackets', '<a>.md'],
    ['a pipe', 'a|b.md'],
    ['a NUL', 'a\u0000.md'],
    ['a line break', 'a\n.md'],
    ['a right-to-left override', 'a\u202Egnp.exe'],
    ['an isolate', 'a\u2066.md'],
    ['a zero-width space', 'a\u200B.md'],
    ['a BOM', '\uFEFFa.md'],
    ['CON', 'CON'],
    ['con.txt', 'con.txt'],
    ['NUL .md', 'NUL .md'],
    ['COM1.csv', 'COM1.csv'],
    ['LPT3.pdf', 'LPT3.pdf'],
  ])('main refuses a name with %s', (_case, name) => {
    expect(isSafeFileName(name)).toBe(false);
    expect(fileNameSchema.safeParse(name).success).toBe(false);
  });

  it('main accepts the names the renderer makes', () => {
    for (const name of [
      'minutes-2026-11-27.md',
      `${'a'.repeat(MAX_FILE_NAME_CHARS - 3)}.md`,
      'Q1- Marketing-Sales -joint- strategy-2026-12-01-Entscheidungen.csv',
      'Über 🤝-2026-12-01.tandem.json',
    ]) {
      expect(fileNameSchema.parse(name)).toBe(name);
    }
  });

  it('every name the renderer suggests for any title passes main’s check', () => {
    const contents = ['minutes', 'decisions', 'actions', 'calendar'] as const;
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.constantFrom(...contents),
        fc.constantFrom('en' as const, 'de' as const),
        (title, content, language) => {
          for (const name of [
            exchangeFileName(title, DATE),
            exportFileName({ title, date: DATE }, content, language, 'docx'),
          ]) {
            expect(fileNameSchema.safeParse(name).success, JSON.stringify(name)).toBe(true);
          }
        },
      ),
    );
  }, 60_000);

  it('keeps the date and the content even for the longest title', () => {
    expect(exportFileName({ title: 'T'.repeat(500), date: DATE }, 'decisions', 'de', 'csv')).toBe(
      `${'T'.repeat(80)}-${DATE}-Entscheidungen.csv`,
    );
  });
});
