/**
 * The minutes laid out on A4 pages the way the HTML minutes' print stylesheet lays them out:
 * the title and its date line, every section under a ruled heading, major sections on a new
 * page, headings kept with what follows, paragraphs, field lists, list items, table rows and
 * records kept whole where they fit on a page, a table's header repeated on every page it runs
 * onto, a table longer than LONG_TABLE_ROWS as compact records, and "Page X of Y" at the foot of
 * every page.
 */
import {
  LONG_TABLE_ROWS,
  type Block,
  type Field,
  type Minutes,
  type MinutesChart,
  type Section,
} from '../model';
import { chartGeometry } from '../trend-chart';
import { fitColumns } from '../columns';
import { pageFooterParts } from '../words';
import { MEASURE, PAGE, Pages, type Op, type TextStyle } from '../../../pdf/page';
import { naturalWidth, widestWord, wrap, type Line, type Measure, type Run } from '../../../pdf/wrap';

const BODY: TextStyle = { face: 'regular', size: 10, leading: 14.5, gray: 0.1 };
const BOLD: TextStyle = { ...BODY, face: 'bold' };
const TITLE: TextStyle = { face: 'bold', size: 20, leading: 25, gray: 0.1 };
const GENERATED: TextStyle = { ...BODY, gray: 0.27 };
const HEADING: TextStyle = { face: 'bold', size: 15, leading: 19, gray: 0.1 };
const SUBHEADING: TextStyle = { face: 'bold', size: 12, leading: 15.5, gray: 0.1 };
const CHART_TEXT: TextStyle = { face: 'regular', size: 8, leading: 10, gray: 0.2 };
const FOOTER: TextStyle = { face: 'regular', size: 8, leading: 10, gray: 0.27 };

const AFTER_BLOCK = 7.5;
const CELL_X = 5.4;
const CELL_Y = 3.6;
const BORDER = { width: 0.75, gray: 0.6 };
const HEADER_FILL = 0.933;
const RECORD_RULE = { width: 0.75, gray: 0.8 };
const BULLET_INDENT = 22;
const FIELD_GAP = 12;
/** A field of up to this many lines is kept on one page; a longer one may break between its lines. */
const FIELD_KEPT_LINES = 8;
/**
 * The least width a table column asks for its longest word: a longer word (a pasted link) is
 * split inside its cell rather than squeezing the other columns, as the HTML minutes offer
 * break opportunities in it.
 */
const LONGEST_UNBROKEN = 110;
/** The sizes a table is set in, largest first: a wide table (nine count columns) is set smaller. */
const TABLE_SIZES = [10, 9, 8, 7] as const;

interface TableLayout {
  widths: number[];
  /** Whether every column is as wide as its longest word. */
  fits: boolean;
  /** The body text of the table; the header row is the same in bold. */
  style: TextStyle;
}

const plain = (text: string): Run[] => [{ text, face: 'regular' }];
const strong = (text: string): Run[] => [{ text, face: 'bold' }];

class MinutesLayout {
  constructor(
    private readonly pages: Pages,
    private readonly measure: Measure,
  ) {}

  private wrap(runs: readonly Run[], style: TextStyle, width = MEASURE): Line[] {
    return wrap(runs, style.size, width, this.measure);
  }

  /** Lines that stay together: on this page if they fit, else all on the next. */
  private kept(lines: readonly Line[], style: TextStyle, x = PAGE.side): void {
    this.pages.keep(lines.length * style.leading);
    this.pages.lines(lines, x, style);
  }

  title(minutes: Minutes): void {
    this.pages.lines(this.wrap(strong(minutes.title), TITLE), PAGE.side, TITLE);
    this.pages.y += 2;
    this.pages.lines(this.wrap(plain(minutes.generated), GENERATED), PAGE.side, GENERATED);
    this.pages.y += 15;
  }

  section(section: Section): void {
    if (section.major && !this.pages.atTop) this.pages.newPage();
    this.pages.space(18);
    const heading = this.wrap(strong(section.heading), HEADING);
    this.pages.hold(heading.length * HEADING.leading + 12, () => {
      this.pages.lines(heading, PAGE.side, HEADING);
      const rule = this.pages.y + 3;
      this.pages.draw({
        kind: 'line',
        x1: PAGE.side,
        y1: rule,
        x2: PAGE.side + MEASURE,
        y2: rule,
        width: 1.5,
        gray: 0.1,
      });
      this.pages.y = rule + 9;
    });
    for (const block of section.blocks) this.block(block);
    this.pages.flush();
  }

  private block(block: Block): void {
    switch (block.kind) {
      case 'subheading': {
        this.pages.space(7);
        const lines = this.wrap(strong(block.text), SUBHEADING);
        this.pages.hold(lines.length * SUBHEADING.leading + 4, () => {
          this.pages.lines(lines, PAGE.side, SUBHEADING);
          this.pages.y += 4;
        });
        return;
      }
      case 'paragraph':
        this.paragraph(this.wrap(plain(block.text), BODY));
        break;
      case 'fields':
        this.fields(block.fields);
        break;
      case 'list':
        for (const item of block.items) this.listItem(item);
        break;
      case 'table':
        if (block.rows.length > LONG_TABLE_ROWS) this.records(block.header, block.rows);
        else this.table(block.header, block.rows);
        break;
      case 'chart':
        this.chart(block.chart);
        this.pages.y += AFTER_BLOCK;
        this.table(block.chart.header, block.chart.rows);
        break;
    }
    this.pages.y += AFTER_BLOCK;
  }

  /** The trend chart as vector bars in shades of grey, its axis labels and a legend under it. */
  private chart(chart: MinutesChart): void {
    const height = 150;
    const legend = 18;
    this.pages.keep(height + 2 * legend);
    const top = this.pages.y;
    const geometry = chartGeometry(chart, MEASURE, height);
    const { plot } = geometry;
    const left = PAGE.side;
    const label = (text: string, x: number, y: number, align: 'end' | 'middle' | 'start') => {
      const width = naturalWidth(plain(text), CHART_TEXT.size, this.measure);
      const shift = align === 'end' ? width : align === 'middle' ? width / 2 : 0;
      for (const line of this.wrap(plain(text), CHART_TEXT, MEASURE))
        this.pages.line(line, x - shift, y, CHART_TEXT);
    };
    for (const line of geometry.grid) {
      this.pages.draw({
        kind: 'line',
        x1: left + plot.x,
        y1: top + line.y,
        x2: left + plot.x + plot.width,
        y2: top + line.y,
        width: 0.5,
        gray: 0.8,
      });
      label(line.label, left + plot.x - 4, top + line.y - CHART_TEXT.leading / 2, 'end');
    }
    for (const bar of geometry.bars)
      this.pages.draw({
        kind: 'fill',
        x: left + bar.x,
        y: top + bar.y,
        width: bar.width,
        height: bar.height,
        gray: chart.series[bar.series]?.gray ?? 0.5,
      });
    for (const entry of geometry.labels)
      label(entry.text, left + entry.x, top + plot.y + plot.height + 3, 'middle');
    // The legend under the chart, in as many lines as it needs.
    let x = left + plot.x;
    let legendTop = top + height;
    for (const series of chart.series) {
      const width = 11 + naturalWidth(plain(series.name), CHART_TEXT.size, this.measure);
      if (x + width > left + MEASURE && x > left + plot.x) {
        x = left + plot.x;
        legendTop += CHART_TEXT.leading + 2;
      }
      this.pages.draw({ kind: 'fill', x, y: legendTop + 2, width: 7, height: 7, gray: series.gray });
      label(series.name, x + 11, legendTop, 'start');
      x += width + 14;
    }
    this.pages.y = legendTop + legend;
  }

  /** A paragraph stays whole if it fits on a page; a longer one breaks between its lines. */
  private paragraph(lines: readonly Line[]): void {
    const height = lines.length * BODY.leading;
    if (height <= PAGE.height - PAGE.top - PAGE.bottom) this.pages.keep(height);
    this.pages.lines(lines, PAGE.side, BODY);
  }

  private fields(fields: readonly Field[]): void {
    const widest = Math.max(
      ...fields.map((field) => naturalWidth(strong(field.label), BOLD.size, this.measure)),
    );
    const labelWidth = Math.min(widest, MEASURE * 0.4);
    const valueX = PAGE.side + labelWidth + FIELD_GAP;
    const valueWidth = MEASURE - labelWidth - FIELD_GAP;
    for (const field of fields) {
      const label = this.wrap(strong(field.label), BOLD, labelWidth);
      const value = this.wrap(plain(field.value), BODY, valueWidth);
      // A short field stays whole; a longer one (an owner's many actions in the summary) starts
      // where a few of its lines fit and breaks between lines, leaving no half-empty page behind.
      this.pages.keep(Math.min(Math.max(label.length, value.length), FIELD_KEPT_LINES) * BODY.leading);
      const top = this.pages.y;
      const page = this.pages.pages.length;
      this.pages.lines(label, PAGE.side, BOLD);
      const labelEnd = this.pages.y;
      this.pages.y = top;
      this.pages.lines(value, valueX, BODY);
      if (this.pages.pages.length === page) this.pages.y = Math.max(this.pages.y, labelEnd);
      this.pages.y += 3;
    }
  }

  private listItem(item: string): void {
    const lines = this.wrap(plain(item), BODY, MEASURE - BULLET_INDENT);
    this.pages.keep(Math.min(lines.length, 3) * BODY.leading);
    const top = this.pages.y;
    this.pages.line([{ text: '•', face: 'regular', x: 0 }], PAGE.side + 8, top, BODY);
    this.pages.lines(lines, PAGE.side + BULLET_INDENT, BODY);
    this.pages.y += 2;
  }

  /**
   * The size a table is set in and its column widths, filling the measure. Every column is at least
   * as wide as its longest word (a header word always, a body word up to LONGEST_UNBROKEN), so no
   * word is broken inside a cell; a table whose words cannot fit side by side at 10 pt is set
   * smaller, down to TABLE_SIZES' last size. Only a table too wide even then squeezes its columns.
   */
  private columns(header: readonly string[], rows: readonly (readonly string[])[]): TableLayout {
    let fitted: TableLayout | undefined;
    for (const size of TABLE_SIZES) {
      fitted = this.columnsAt(header, rows, size);
      if (fitted.fits) return fitted;
    }
    return fitted ?? this.columnsAt(header, rows, BODY.size);
  }

  private columnsAt(
    header: readonly string[],
    rows: readonly (readonly string[])[],
    size: number,
  ): TableLayout {
    // The header row is set in bold, the body in regular: each column's widest cell by `width`.
    const widest = (column: number, width: (runs: Run[], size: number, measure: Measure) => number) =>
      Math.max(
        width(strong(header[column] ?? ''), size, this.measure),
        ...rows.map((row) => width(plain(row[column] ?? ''), size, this.measure)),
      );
    const cap = (LONGEST_UNBROKEN * size) / BODY.size;
    const least = header.map(
      (cell, column) =>
        Math.max(widestWord(strong(cell), size, this.measure), Math.min(widest(column, widestWord), cap)) +
        2 * CELL_X,
    );
    const most = header.map((_, column) => widest(column, naturalWidth) + 2 * CELL_X);
    const { widths, fits } = fitColumns(least, most, MEASURE);
    return { widths, fits, style: { ...BODY, size, leading: (BODY.leading * size) / BODY.size } };
  }

  private table(header: readonly string[], rows: readonly (readonly string[])[]): void {
    const { widths, style: body } = this.columns(header, rows);
    const bold: TextStyle = { ...body, face: 'bold' };
    const setRow = (cells: readonly string[], style: TextStyle) =>
      cells.map((cell, column) =>
        this.wrap(style === bold ? strong(cell) : plain(cell), style, (widths[column] ?? 0) - 2 * CELL_X),
      );
    const head = setRow(header, bold);
    const height = (cells: Line[][]) =>
      Math.max(...cells.map((lines) => lines.length)) * body.leading + 2 * CELL_Y;
    const rowsSet = rows.map((row) => setRow(row, body));
    const first = rowsSet[0];
    this.pages.keep(height(head) + (first ? height(first) : 0));
    this.row(head, widths, bold, true);
    for (const cells of rowsSet) {
      if (height(cells) > this.pages.room) {
        this.pages.newPage();
        this.row(head, widths, bold, true);
      }
      this.row(cells, widths, body, false);
    }
  }

  private row(cells: readonly Line[][], widths: readonly number[], style: TextStyle, header: boolean): void {
    const rowHeight = Math.max(...cells.map((lines) => lines.length)) * style.leading + 2 * CELL_Y;
    const top = this.pages.y;
    let x = PAGE.side;
    cells.forEach((lines, column) => {
      const width = widths[column] ?? 0;
      if (header) this.pages.draw({ kind: 'fill', x, y: top, width, height: rowHeight, gray: HEADER_FILL });
      this.pages.draw({
        kind: 'frame',
        x,
        y: top,
        width,
        height: rowHeight,
        lineWidth: BORDER.width,
        gray: BORDER.gray,
      });
      lines.forEach((line, index) =>
        this.pages.line(line, x + CELL_X, top + CELL_Y + index * style.leading, style),
      );
      x += width;
    });
    this.pages.y = top + rowHeight;
  }

  /** A long table as records: the first cell in bold, every other after its column's name. */
  private records(header: readonly string[], rows: readonly (readonly string[])[]): void {
    for (const row of rows) {
      const runs: Run[] = [{ text: row[0] ?? '', face: 'bold' }];
      for (let column = 1; column < header.length; column += 1) {
        runs.push(
          { text: ' · ', face: 'regular' },
          { text: `${header[column] ?? ''}:`, face: 'bold' },
          { text: ` ${row[column] ?? ''}`, face: 'regular' },
        );
      }
      const lines = this.wrap(runs, BODY);
      this.pages.keep(lines.length * BODY.leading + 5);
      const top = this.pages.y;
      this.pages.draw({
        kind: 'line',
        x1: PAGE.side,
        y1: top,
        x2: PAGE.side + MEASURE,
        y2: top,
        ...RECORD_RULE,
      });
      this.pages.y = top + 2.5;
      this.pages.lines(lines, PAGE.side, BODY);
      this.pages.y += 2.5;
    }
  }

  /** "Page X of Y" centred in every page's bottom margin. */
  footers(minutes: Minutes): void {
    const pages = this.pages.pages;
    pages.forEach((ops: Op[], index) => {
      const text = pageFooterParts(minutes.language)
        .map((part) =>
          typeof part === 'string' ? part : String(part.counter === 'page' ? index + 1 : pages.length),
        )
        .join('');
      const width = this.measure.width(text, 'regular', FOOTER.size);
      ops.push({
        kind: 'text',
        face: 'regular',
        size: FOOTER.size,
        x: (PAGE.width - width) / 2,
        baseline: PAGE.height - PAGE.bottom / 2,
        text,
        gray: FOOTER.gray,
      });
    });
  }
}

/** The minutes' pages as drawing operations. */
export function layOutMinutes(
  minutes: Minutes,
  measure: Measure,
  vertical: { ascent: number; descent: number },
): Op[][] {
  const pages = new Pages(measure, vertical);
  const layout = new MinutesLayout(pages, measure);
  layout.title(minutes);
  for (const section of minutes.sections) layout.section(section);
  layout.footers(minutes);
  return pages.pages;
}
