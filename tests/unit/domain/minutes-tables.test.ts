// @vitest-environment jsdom
/**
 * Golden tests of the minutes as a manager forwards them (issue 16), a small and a long meeting in
 * English and German: every format opens with the summary; the PDF is read back with poppler's
 * `pdftotext` and the Word file unzipped, and no word of a table header or a short cell is broken
 * (in the PDF each such word comes back whole as often as the minutes hold it; in Word the table
 * layout is fixed and every column is wider than its longest word in Carlito, which has Calibri's
 * metrics); and no format sends the reader to a file of the repository.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMinutes } from '../../../renderer/domain/minutes/build';
import { minutesToDocx } from '../../../renderer/domain/minutes/docx';
import { minutesToHtml } from '../../../renderer/domain/minutes/html';
import { minutesToMarkdown } from '../../../renderer/domain/minutes/markdown';
import type { Minutes } from '../../../renderer/domain/minutes/model';
import { minutesToPdf } from '../../../renderer/domain/minutes/pdf';
import { minutesTexts } from '../../../renderer/domain/minutes/pdf/texts';
import { PdfFace } from '../../../renderer/pdf/font';
import { readDocx } from './docx-reader';
import { germanSnapshot, longSnapshot, minutesSnapshot, NOW, TIME_ZONE } from './minutes-fixture';
import { dejavu } from './pdf-faces';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const CARLITO = path.resolve(__dirname, '../../../node_modules/@fontsource/carlito/files');
const carlito = {
  regular: new PdfFace(readFileSync(path.join(CARLITO, 'carlito-latin-400-normal.woff')), true),
  bold: new PdfFace(readFileSync(path.join(CARLITO, 'carlito-latin-700-normal.woff')), true),
};
/** Word's default cell margins (left and right) in twips, and the document's text size in half-points. */
const CELL_MARGINS = 216;
const BODY_SIZE = 21;
/** Words longer than this may wrap inside a cell (pasted links): the minutes have none in tables. */
const SHORT_WORD = 24;

const dir = mkdtempSync(path.join(tmpdir(), 'tandem-minutes-'));

const cases = [
  {
    name: 'small meeting in English',
    minutes: build(minutesSnapshot()),
    summary: 'Summary',
    record: 'Meeting',
  },
  {
    name: 'small meeting in German',
    minutes: build(germanSnapshot()),
    summary: 'Zusammenfassung',
    record: 'Besprechung',
  },
  {
    name: 'long meeting in English',
    minutes: build(longSnapshot('en')),
    summary: 'Summary',
    record: 'Meeting',
  },
  {
    name: 'long meeting in German',
    minutes: build(longSnapshot('de')),
    summary: 'Zusammenfassung',
    record: 'Besprechung',
  },
];

function build(snapshot: ReturnType<typeof minutesSnapshot>): Minutes {
  return buildMinutes(snapshot, { now: NOW, timeZone: TIME_ZONE });
}

const words = (text: string) => text.split(/\s+/).filter((word) => word !== '');

/** The words of every table cell of the minutes that must never be broken. */
function tableWords(minutes: Minutes): Set<string> {
  const found = new Set<string>();
  for (const section of minutes.sections)
    for (const block of section.blocks)
      if (block.kind === 'table')
        for (const cell of [...block.header, ...block.rows.flat()])
          for (const word of words(cell))
            if (word.length <= SHORT_WORD && /\p{L}/u.test(word)) found.add(word);
  return found;
}

function occurrences(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/** The PDF's pages as text, read back by poppler. */
function pdfPages(minutes: Minutes, name: string): string[] {
  const pdf = minutesToPdf(minutes, dejavu, NOW);
  if (!pdf) throw new Error('the PDF writer refused the fixture');
  const file = path.join(dir, `${name.replace(/\W+/g, '-')}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}

describe.each(cases)('the minutes of a $name', ({ name, minutes, summary, record }) => {
  const pages = pdfPages(minutes, name);
  const pdfText = pages.join('\n');
  const docx = minutesToDocx(minutes).then(readDocx);

  it('open with the summary in every format: decisions, actions by owner, open conflict points, next meeting', async () => {
    expect(minutes.sections[0]?.id).toBe('summary');
    const headings = minutes.sections[0]?.blocks.filter((block) => block.kind === 'subheading');
    expect(headings).toHaveLength(4);
    const markdown = minutesToMarkdown(minutes);
    expect(markdown.indexOf(`## ${summary}`)).toBeLessThan(markdown.indexOf(`## ${record}`));
    expect(markdown.indexOf('| D-18 |')).toBeLessThan(markdown.indexOf(`## ${record}`));
    const html = minutesToHtml(minutes);
    expect(html.indexOf('<section id="summary"')).toBeLessThan(html.indexOf('<section id="header"'));
    const headings1 = Array.from((await docx).document.getElementsByTagNameNS(W, 'p'))
      .filter((p) => p.getElementsByTagNameNS(W, 'pStyle')[0]?.getAttributeNS(W, 'val') === 'Heading1')
      .map((p) => p.textContent);
    expect(headings1[0]).toBe(summary);
    // On the PDF's first page: the summary and both decisions with their owners.
    expect(pages[0]).toContain(summary);
    expect(pages[0]).toMatch(/D-18 +The Q1 campaign targets enterprise +Lena Vogel/);
    expect(pages[0]).toMatch(/D-19 +Qualified leads are handed over/);
  });

  it('print every word of every table whole in the PDF', () => {
    const printed = occurrences(words(pdfText));
    const held = occurrences([...minutesTexts(minutes)].flatMap(words));
    const broken = [...tableWords(minutes)].filter(
      (word) => (printed.get(word) ?? 0) < (held.get(word) ?? 0),
    );
    expect(broken, JSON.stringify(broken.map((word) => [word, printed.get(word), held.get(word)]))).toEqual(
      [],
    );
  });

  it('give every Word table fixed columns wider than their longest word, and header words whole', async () => {
    const { document } = await docx;
    const model = minutes.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'table'));
    const written = Array.from(document.getElementsByTagNameNS(W, 'tbl'));
    expect(written).toHaveLength(model.length);
    written.forEach((table, index) => {
      const block = model[index];
      if (!block) throw new Error('more Word tables than the minutes hold');
      expect(table.getElementsByTagNameNS(W, 'tblLayout')[0]?.getAttributeNS(W, 'type')).toBe('fixed');
      const grid = Array.from(table.getElementsByTagNameNS(W, 'gridCol')).map((col) =>
        Number(col.getAttributeNS(W, 'w')),
      );
      expect(grid).toHaveLength(block.header.length);
      const rows = Array.from(table.getElementsByTagNameNS(W, 'tr'));
      rows.forEach((row, rowIndex) => {
        const cells = Array.from(row.getElementsByTagNameNS(W, 'tc'));
        cells.forEach((cell, column) => {
          const text = Array.from(cell.getElementsByTagNameNS(W, 't'))
            .map((t) => t.textContent)
            .join('\n'); // one run per line of the cell
          if (rowIndex === 0) expect(text).toBe(block.header[column]);
          const size = Number(cell.getElementsByTagNameNS(W, 'sz')[0]?.getAttributeNS(W, 'val') ?? BODY_SIZE);
          const face = rowIndex === 0 ? carlito.bold : carlito.regular;
          for (const word of words(text).filter((entry) => entry.length <= SHORT_WORD)) {
            // Points to twips: a word must fit between the cell's margins.
            const twips = face.width(word, size / 2) * 20;
            expect(twips, `"${word}" in column ${column + 1}`).toBeLessThanOrEqual(
              (grid[column] ?? 0) - CELL_MARGINS,
            );
          }
        });
      });
    });
  });

  it('never send the reader to a file they cannot open', async () => {
    const { document } = await docx;
    for (const text of [
      minutesToMarkdown(minutes),
      minutesToHtml(minutes),
      pdfText,
      document.textContent ?? '',
    ])
      expect(text).not.toMatch(/docs\/|\w+\.md\b/);
  });
});

describe('page breaks', () => {
  it('fit the small meeting on few pages without a forced break, and break before major sections of a long one', () => {
    const small = pdfPages(build(minutesSnapshot()), 'pages-small');
    // Summary, decisions and the start of the record on page 1; no page left mostly empty.
    expect(small.length).toBeLessThanOrEqual(7);
    for (const page of small.slice(0, -1))
      expect(page.split('\n').filter((line) => line.trim() !== '').length).toBeGreaterThan(25);
    const long = build(longSnapshot('en'));
    expect(long.sections.filter((section) => section.major).map((section) => section.id)).toEqual([
      'decisions',
      'conflicts',
      'collaboration',
    ]);
    const pages = pdfPages(long, 'pages-long');
    for (const heading of ['Decision register', 'Conflict log', 'Collaboration check'])
      expect(pages.some((page) => page.trimStart().startsWith(heading))).toBe(true);
  });
});
