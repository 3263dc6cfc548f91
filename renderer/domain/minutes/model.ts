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
  | { kind: 'table'; header: string[]; rows: string[][] };

/**
 * Tables with more rows than this (the conflict log of a long meeting, hundreds of action items) are
 * laid out by the HTML and Word writers as a list of compact records, each cell with its column's
 * name: Chromium cannot print a table of thousands of rows (it fails after a minute), and Word
 * tables of that size take seconds to write. Markdown keeps every table a table.
 */
export const LONG_TABLE_ROWS = 200;

export type SectionId =
  | 'header'
  | 'participants'
  | 'agenda'
  | 'decisions'
  | 'votes'
  | 'actions'
  | 'conflicts'
  | 'knowledge'
  | 'parking-lot'
  | 'definitions'
  | 'next-meeting'
  | 'collaboration'
  | 'rounds'
  | 'mirror-rounds';

export interface Section {
  id: SectionId;
  heading: string;
  /** Printed on a new page: the sections readers look up on their own. */
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
