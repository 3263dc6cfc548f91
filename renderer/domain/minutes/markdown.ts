/**
 * The minutes as Markdown (CommonMark with GFM tables). Every text from the model is escaped, so
 * what people typed stays text: no emphasis, links, images, raw HTML, headings or table cells can
 * be smuggled in through a statement or a name. Line breaks inside a text become hard breaks
 * (or `<br>` inside a table cell, the one place GFM allows no line break).
 */
import type { Block, Minutes } from './model';

/**
 * Characters with a meaning anywhere in a line. Parentheses need no escape: with `[` and `<`
 * escaped, no link or image can begin, so `(…)` stays text.
 */
const INLINE = /[\\`*_[\]#<>|~]/g;
/** Whether a line holds anything the inline escapes change (a quick test before replacing). */
const SPECIAL = /[\\`*_[\]#<>|~&]/;
/** The first characters of the line-start markers below. */
const LINE_START = /^[-+=\d]/;

/** Escapes one line of text so Markdown shows it literally. */
export function escapeMarkdownLine(line: string): string {
  let escaped = line.trim();
  if (SPECIAL.test(escaped))
    escaped = escaped
      .replace(INLINE, (char) => `\\${char}`)
      // An entity such as `&lt;` or `&#106;` would be decoded; `\&` keeps it as typed.
      .replace(/&(?=#?\w+;)/g, '\\&');
  // Most lines begin with a letter: none of the markers below can apply.
  if (!LINE_START.test(escaped)) return escaped;
  // Markers that count only at the start of a line: list items, ordered lists, and lines made of
  // `-` or `=` alone (a thematic break or a setext underline). "27.11.2026" is no list item.
  escaped = escaped
    .replace(/^([-+])(?=\s|$)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^(?=[-=][-=\s]*$)/, '\\');
  return escaped;
}

/** Escapes a text of one or more lines; lines are joined by `separator`. */
export function escapeMarkdown(text: string, separator = '\\\n'): string {
  return (
    text
      .split(/\r\n|\r|\n/)
      .map(escapeMarkdownLine)
      // Blank lines would end a paragraph, a list item or a table row; the lines around them stay.
      .filter((line) => line !== '')
      .join(separator)
  );
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (text: string) => escapeMarkdown(text, '<br>') || ' ';
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}

function block(entry: Block): string {
  switch (entry.kind) {
    case 'subheading':
      return `### ${escapeMarkdown(entry.text, ' ')}`;
    case 'paragraph':
      return escapeMarkdown(entry.text);
    case 'fields':
      return entry.fields
        .map((field) => `- **${escapeMarkdown(field.label, ' ')}:** ${escapeMarkdown(field.value, '\\\n  ')}`)
        .join('\n');
    case 'list':
      return entry.items.map((item) => `- ${escapeMarkdown(item, '\\\n  ')}`).join('\n');
    case 'table':
      return table(entry.header, entry.rows);
    case 'chart':
      // The numbers of the chart: Markdown has no pictures of its own.
      return table(entry.chart.header, entry.chart.rows);
  }
}

/** The whole minutes as one Markdown document, ending with a newline. */
export function minutesToMarkdown(minutes: Minutes): string {
  const parts = [`# ${escapeMarkdown(minutes.title, ' ')}`, `*${escapeMarkdown(minutes.generated, ' ')}*`];
  for (const section of minutes.sections) {
    parts.push(`## ${escapeMarkdown(section.heading, ' ')}`);
    for (const entry of section.blocks) parts.push(block(entry));
  }
  return `${parts.join('\n\n')}\n`;
}
