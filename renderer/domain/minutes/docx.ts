/**
 * The minutes as a Word document (DOCX), written with the `docx` library. The Export dialog loads
 * this module lazily (`await import(…/docx)`), so the library stays out of the start-up bundle.
 * The layout follows the HTML minutes: the title and the "generated" line, one Heading 1 per
 * section (the major sections begin a new page, as in print), Heading 2 for sub-headings, tables
 * whose header row repeats on every page and whose rows never split, bulleted lists and bold labels.
 * Every page is A4 with the print margins of the HTML and a footer "Page X of Y" whose numbers are
 * Word fields. The document's language (en-GB or de-DE), title and creator are set. The library
 * escapes all text; characters XML cannot hold at all are dropped before it sees them. A table
 * longer than LONG_TABLE_ROWS becomes one paragraph per row (the first cell in bold, the others
 * after their column's name), as in the HTML: a Word table of thousands of rows takes seconds to write.
 */
import {
  AlignmentType,
  convertMillimetersToTwip,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { localeOf } from '../../i18n/language';
import { chartPng } from './chart-png';
import type { Language } from '../types';
import { fitColumns } from './columns';
import { LONG_TABLE_ROWS, type Block, type Minutes, type Section } from './model';
import { pageFooterParts } from './words';

const PAGE = { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) };
/** The margins of the HTML print stylesheet (`@page { margin: 18mm 16mm 20mm }`). */
const MARGIN = { top: 18, right: 16, bottom: 20, left: 16 };
const TEXT_WIDTH = PAGE.width - convertMillimetersToTwip(MARGIN.left + MARGIN.right);
const FONT = 'Calibri';
/** Half-points: 10.5 pt body text, as the HTML's 10 pt print text reads a little larger in Word. */
const BODY_SIZE = 21;
const HEADER_FILL = 'EEEEEE';
/** A field of up to this many lines is kept on one page, as in the PDF. */
const FIELD_KEPT_LINES = 8;

/**
 * Removes what no XML 1.0 document may contain (the library already drops the C0 controls):
 * the non-characters U+FFFE and U+FFFF and unpaired surrogates.
 */
export function xmlSafe(text: string): string {
  return text.replace(
    /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}

/** The runs of a text whose line breaks are kept as breaks inside one paragraph. */
function runs(text: string, options: { bold?: boolean; size?: number } = {}): TextRun[] {
  // The body size is the document's default; only a smaller table's runs carry their size.
  const size = options.size === BODY_SIZE ? undefined : options.size;
  return xmlSafe(text)
    .split(/\r\n|\r|\n/)
    .map(
      (line, index) =>
        new TextRun({ text: line, bold: options.bold || undefined, size, break: index > 0 ? 1 : undefined }),
    );
}

/** Word's default cell margins, left and right, in twips. */
const CELL_MARGINS = 2 * 108;
/** Table text sizes in half-points, largest first: a table of many columns is set smaller. */
const TABLE_SIZES = [BODY_SIZE, 18, 16, 14] as const;
/** The least width a column asks for its longest body word, in ems: a pasted link breaks instead. */
const LONGEST_UNBROKEN_EMS = 11;

/**
 * The width of a text in Calibri at `size` half-points, in twips, from generous widths per
 * character (capitals and bold are wider): Word must never find a word wider than its column.
 */
export function textWidth(text: string, size: number, bold: boolean): number {
  let ems = 0;
  for (const char of text) {
    if (/[A-ZÄÖÜ@%&MWmw—–]/.test(char)) ems += 0.68;
    else if (/[ijlIft.,:;'’!|]/.test(char)) ems += 0.3;
    else ems += 0.53;
  }
  return ems * (bold ? 1.08 : 1) * size * 10;
}

function longestWord(text: string, size: number, bold: boolean): number {
  return Math.max(0, ...text.split(/\s+/).map((word) => textWidth(word, size, bold)));
}

function longestLine(text: string, size: number, bold: boolean): number {
  return Math.max(0, ...text.split(/\r\n|\r|\n/).map((line) => textWidth(line, size, bold)));
}

/**
 * The table's text size and its column widths in twips over the text width: each column at least
 * as wide as its longest word (the header's always), so Word never breaks a word inside a cell.
 */
export function tableLayout(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): { size: number; widths: number[] } {
  let fitted = { size: BODY_SIZE, widths: [] as number[] };
  for (const size of TABLE_SIZES) {
    const column = (index: number) => rows.map((row) => row[index] ?? '');
    const least = header.map(
      (cell, index) =>
        Math.max(
          longestWord(cell, size, true),
          ...column(index).map((text) =>
            Math.min(longestWord(text, size, false), LONGEST_UNBROKEN_EMS * size * 10),
          ),
        ) + CELL_MARGINS,
    );
    const most = header.map(
      (cell, index) =>
        Math.max(
          longestLine(cell, size, true),
          ...column(index).map((text) => longestLine(text, size, false)),
        ) + CELL_MARGINS,
    );
    const { widths, fits } = fitColumns(least, most, TEXT_WIDTH);
    fitted = { size, widths: widths.map((width) => Math.floor(width)) };
    if (fits) break;
  }
  return fitted;
}

function cell(text: string, width: number, header: boolean, size: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: header ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } : undefined,
    children: [new Paragraph({ children: runs(text, { bold: header, size }) })],
  });
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): Table {
  const { size, widths } = tableLayout(header, rows);
  const row = (cells: readonly string[], isHeader: boolean) =>
    new TableRow({
      // Left out rather than false, which would write an explicit "off" into every row.
      tableHeader: isHeader || undefined,
      cantSplit: true,
      children: header.map((_, column) => cell(cells[column] ?? '', widths[column] ?? 0, isHeader, size)),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    // Fixed: Word keeps the widths above instead of re-fitting the columns to its own guess.
    layout: TableLayoutType.FIXED,
    rows: [row(header, true), ...rows.map((cells) => row(cells, false))],
  });
}

/** A long table as paragraphs: "#12 · Level: Content issue · Status: open …", kept on one page each. */
function records(header: readonly string[], rows: readonly (readonly string[])[]): Paragraph[] {
  return rows.map((row) => {
    let rest = '';
    for (let column = 1; column < header.length; column += 1)
      rest += ` · ${header[column] ?? ''}: ${row[column] ?? ''}`;
    return new Paragraph({
      keepLines: true,
      children: [...runs(row[0] ?? '', { bold: true }), ...runs(rest)],
    });
  });
}

function block(entry: Block): (Paragraph | Table)[] {
  switch (entry.kind) {
    case 'subheading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: runs(entry.text) })];
    case 'paragraph':
      return [new Paragraph({ children: runs(entry.text) })];
    case 'fields':
      return entry.fields.map(
        (field) =>
          new Paragraph({
            // Kept on one page when short; a long value (an owner's many actions) may break.
            keepLines: field.value.split('\n').length <= FIELD_KEPT_LINES || undefined,
            children: [...runs(`${field.label}: `, { bold: true }), ...runs(field.value)],
          }),
      );
    case 'list':
      return entry.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
    case 'table':
      if (entry.rows.length > LONG_TABLE_ROWS) return records(entry.header, entry.rows);
      // An empty paragraph after the table keeps two tables in a row from merging into one.
      return [table(entry.header, entry.rows), new Paragraph({})];
    case 'chart': {
      const { chart } = entry;
      const picture = new ImageRun({
        type: 'png',
        data: chartPng(chart, 560, 200),
        transformation: { width: 560, height: 200 },
        altText: { name: chart.title, title: chart.title, description: chart.header.join(', ') },
      });
      return [
        new Paragraph({ keepNext: true, children: [picture] }),
        new Paragraph({ keepNext: true, children: runs(chart.labels.join(' · ')) }),
        new Paragraph({
          children: chart.series.flatMap((series, index) => [
            ...(index > 0 ? runs('   ') : []),
            new TextRun({ text: '■ ', color: series.colour.slice(1) }),
            ...runs(series.name),
          ]),
        }),
        table(chart.header, chart.rows),
        new Paragraph({}),
      ];
    }
  }
}

function section(entry: Section): (Paragraph | Table)[] {
  const heading = new Paragraph({
    heading: HeadingLevel.HEADING_1,
    pageBreakBefore: entry.major,
    keepNext: true,
    children: runs(entry.heading),
  });
  return [heading, ...entry.blocks.flatMap(block)];
}

/** "Page {page} of {pages}" in the minutes' language, the numbers as Word's PAGE and NUMPAGES fields. */
function pageFooter(language: Language): Footer {
  const children = pageFooterParts(language).map((part) =>
    typeof part === 'string' ? part : part.counter === 'page' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES,
  );
  return new Footer({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children, size: 18 })] }),
    ],
  });
}

function document(minutes: Minutes): Document {
  // The language tag Word uses for spelling and hyphenation of the minutes' text.
  const language = localeOf(minutes.language);
  return new Document({
    title: xmlSafe(minutes.title),
    description: xmlSafe(minutes.generated),
    creator: 'Tandem',
    lastModifiedBy: 'Tandem',
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY_SIZE, language: { value: language } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: PAGE,
            margin: {
              top: convertMillimetersToTwip(MARGIN.top),
              right: convertMillimetersToTwip(MARGIN.right),
              bottom: convertMillimetersToTwip(MARGIN.bottom),
              left: convertMillimetersToTwip(MARGIN.left),
            },
          },
        },
        footers: { default: pageFooter(minutes.language) },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: runs(minutes.title) }),
          new Paragraph({ children: [new TextRun({ text: xmlSafe(minutes.generated), italics: true })] }),
          ...minutes.sections.flatMap(section),
        ],
      },
    ],
  });
}

/** The whole minutes as the bytes of a .docx file; works in the browser and in Node. */
export async function minutesToDocx(minutes: Minutes): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(document(minutes)));
}
