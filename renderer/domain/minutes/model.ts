/**
 * The minutes as a plain, format-free model: a title, a few header lines and sections made of
 * blocks (fields, tables, lists, paragraphs, sub-headings). Every string in it is final text in the
 * meeting's language; the Markdown, HTML (and later DOCX) writers only lay it out and escape it.
 */
import type { Language } from '../types';

/** A label and its value, e.g. "Owner: Ana Ruiz". A value may span several lines. */
export interface Field {
  label: string;
  value: string;
}

export type Block =
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'fields'; fields: Field[] }
  | { kind: 'list'; items: string[] }
  /** Every row has as many cells as `header`. */
  | { kind: 'table'; header: string[]; rows: string[][] }
  /** A small bar chart of shares (0–1), one group per label; `header` and `rows` are its numbers as a table. */
  | { kind: 'chart'; chart: MinutesChart };

/** The series trend of the collaboration check (issue 17): shares per meeting, with its numbers. */
export interface MinutesChart {
  title: string;
  /** One per meeting, oldest first (its short date). */
  labels: string[];
  series: { name: string; colour: string; gray: number; values: (number | undefined)[] }[];
  /** The axis' labels at 0, 50 and 100 %. */
  axis: string[];
  header: string[];
  rows: string[][];
}

/**
 * Tables with more rows than this (the conflict log of a long meeting, hundreds of action items) are
 * laid out by the HTML and Word writers as a list of compact records, each cell with its column's
 * name: Chromium cannot print a table of thousands of rows (it fails after a minute), and Word
 * tables of that size take seconds to write. Markdown keeps every table a table.
 */
export const LONG_TABLE_ROWS = 200;

/**
 * Minutes whose blocks come to more than this many lines (`estimatedLines`, some eight A4 pages
 * of body text) are long: only long minutes start their major sections on a new page.
 */
export const LONG_MINUTES_LINES = 400;

/** A rough count of the printed lines of a section: a table row or a field counts its text's lines. */
export function estimatedLines(section: Section): number {
  /** The lines of a text set in `share` of the measure (about 90 characters a line). */
  const lines = (text: string, share = 1) =>
    text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / (90 * share))), 0);
  let total = 3;
  for (const block of section.blocks)
    switch (block.kind) {
      case 'subheading':
        total += 2;
        break;
      case 'paragraph':
        total += lines(block.text) + 1;
        break;
      case 'fields':
        total += block.fields.reduce((sum, field) => sum + lines(field.value), 1);
        break;
      case 'list':
        total += block.items.reduce((sum, item) => sum + lines(item), 1);
        break;
      case 'chart':
        total += 14 + block.chart.rows.length;
        break;
      case 'table':
        total += [block.header, ...block.rows].reduce(
          (sum, row) => sum + Math.max(...row.map((cell) => lines(cell, 1 / row.length))),
          1,
        );
        break;
    }
  return total;
}

export type SectionId =
  | 'summary'
  | 'header'
  | 'participants'
  | 'agenda'
  | 'decisions'
  | 'cascade'
  | 'votes'
  | 'actions'
  | 'conflicts'
  | 'knowledge'
  | 'parking-lot'
  | 'definitions'
  | 'next-meeting'
  | 'collaboration'
  | 'rounds'
  | 'mirror-rounds'
  | 'ledger'
  | 'indicator-definitions';

export interface Section {
  id: SectionId;
  heading: string;
  /**
   * Printed on a new page: the sections readers look up on their own, in long minutes only
   * (`LONG_MINUTES_LINES`); short minutes run on, so a small meeting fits on one or two pages.
   */
  major: boolean;
  blocks: Block[];
}

export interface Minutes {
  language: Language;
  /** "Minutes: <meeting title>". */
  title: string;
  /** When the minutes were made, as a line under the title. */
  generated: string;
  sections: Section[];
}
