/**
 * The minutes as one self-contained HTML file: embedded CSS with a print stylesheet (A4, page
 * breaks before the major sections, table rows, field lists and short blocks kept whole, "Page X
 * of Y" in the page's bottom margin), a Content-Security-Policy that allows nothing but inline
 * styles and data: images, and no scripts at all. Every text is escaped, so the file is safe to
 * open in any browser and is what Electron prints to PDF. Text without a break opportunity (a
 * pasted link, a long token) gets `<wbr>` break opportunities, so it wraps rather than pushing a
 * table wider than A4, where Chromium would shrink the whole page to fit it; ordinary words are
 * never split (CSS `overflow-wrap: anywhere` would split "Information" in a narrow column).
 * A table longer than LONG_TABLE_ROWS is written as a list of compact records (each cell after
 * the first labelled with its column's name), which Chromium prints quickly where a table of
 * thousands of rows fails to print at all.
 */
import { LANGUAGES } from '../../i18n/language';
import type { Language } from '../types';
import { LONG_TABLE_ROWS, type Block, type Minutes, type MinutesChart, type Section } from './model';
import { chartGeometry } from './trend-chart';
import { pageFooterParts } from './words';

/** The policy of the exported file: no scripts, no requests, inline styles only. */
export const MINUTES_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char) : text;
}

const SPECIAL = /[&<>"']/;

/** Runs of more non-space characters than this get break opportunities, every `CHUNK` characters. */
const LONG_RUN = 30;
const CHUNK = 15;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const SPACE = /\s/;

/**
 * Whether the text has a run of white space or of other characters longer than LONG_RUN (most
 * texts have none): one pass over the text, where a regular expression would retry at every position.
 */
function hasLongRun(text: string): boolean {
  if (text.length <= LONG_RUN) return false;
  let run = 0;
  let wasSpace = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    // The same white space as `\s` in the split below: ASCII by table, the rest by the expression.
    const space = code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(text.charAt(index));
    run = index > 0 && space === wasSpace ? run + 1 : 1;
    wasSpace = space;
    if (run > LONG_RUN) return true;
  }
  return false;
}
const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Escaped text in which every run of more than LONG_RUN characters without white space may break
 * (`<wbr>`) between grapheme clusters every CHUNK characters; shorter words are left whole.
 */
export function breakableHtml(text: string): string {
  if (!hasLongRun(text)) return escapeHtml(text);
  return text
    .split(/(\s+)/)
    .map((run) => {
      if (run.length <= LONG_RUN) return escapeHtml(run);
      const clusters = Array.from(graphemes.segment(run), (part) => part.segment);
      const chunks: string[] = [];
      for (let at = 0; at < clusters.length; at += CHUNK) {
        chunks.push(escapeHtml(clusters.slice(at, at + CHUNK).join('')));
      }
      return chunks.join('<wbr>');
    })
    .join('');
}

/** Escaped text whose line breaks are kept as `<br>`. */
function lines(text: string): string {
  return LINE_BREAK.test(text) ? text.split(LINE_BREAK).map(breakableHtml).join('<br>') : breakableHtml(text);
}

/**
 * A table cell's text: as `lines`, with each short hyphenated word ("D-18", "Minute-taker") kept
 * whole, as a browser would otherwise break it after its hyphen to narrow the column.
 */
function cellHtml(text: string): string {
  return lines(text).replace(
    /(^|[\s>])([^\s<>]*\w-[^\s<>]*)(?=$|[\s<])/g,
    (match: string, before: string, word: string) =>
      word.length > LONG_RUN ? match : `${before}<span class="word">${word}</span>`,
  );
}

/**
 * "Page {page} of {pages}" as a CSS value, the placeholders as page counters. The words are our
 * own constants; quotes and backslashes would still be escaped.
 */
function pageNumberContent(language: Language): string {
  return pageFooterParts(language)
    .map((part) =>
      typeof part === 'string'
        ? `"${part.replace(/["\\]/g, (char) => `\\${char}`)}"`
        : `counter(${part.counter})`,
    )
    .join(' ');
}

/**
 * The page-number words of every language as a custom property chosen by the document's `lang`
 * (page margin boxes inherit from the root), so the stylesheet is one constant for all languages:
 * the app's CSP admits it by its hash (electron/shared/csp.ts) for the preview and print frames.
 */
const PAGE_NUMBER_WORDS = LANGUAGES.map((language, index) => {
  const selector = index === 0 ? ':root' : `:root:lang(${language})`;
  return `${selector} { --page-number: ${pageNumberContent(language)}; }`;
}).join('\n');

const STYLE = `
:root { color-scheme: light; }
${PAGE_NUMBER_WORDS}
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 11pt;
  line-height: 1.45; color: #1a1a1a; background: #fff; max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem;
  overflow-wrap: break-word; }
h1 { font-size: 1.7rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.75rem; padding-bottom: 0.2rem; border-bottom: 2px solid #1a1a1a; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 0.5rem; }
.generated { color: #444; margin: 0 0 1.5rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid #999; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
th { background: #eee; }
.word { white-space: nowrap; }
dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.2rem 1rem; margin: 0.5rem 0 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
ul { margin: 0.5rem 0 1rem; }
ul.records { list-style: none; padding: 0; }
ul.records > li { padding: 0.2rem 0; border-top: 1px solid #ccc; }
.record-label { font-weight: 600; }
@page { size: A4; margin: 18mm 16mm 20mm;
  @bottom-center { content: var(--page-number); font-family: system-ui, Arial, sans-serif;
    font-size: 8pt; color: #444; } }
@media print {
  body { margin: 0; padding: 0; max-width: none; font-size: 10pt; }
  section.major { break-before: page; }
  section.major > h2 { margin-top: 0; }
  h2, h3 { break-after: avoid; }
  /* Soft: a table or field list taller than a page still breaks, between whole rows. */
  tr, dt, dd, li, dl, p, table { break-inside: avoid; }
  thead { display: table-header-group; }
  th { background: #eee; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

function block(entry: Block): string {
  switch (entry.kind) {
    case 'subheading':
      return `<h3>${breakableHtml(entry.text)}</h3>`;
    case 'paragraph':
      return `<p>${lines(entry.text)}</p>`;
    case 'fields':
      return `<dl>\n${entry.fields
        .map((field) => `<dt>${breakableHtml(field.label)}</dt><dd>${lines(field.value)}</dd>`)
        .join('\n')}\n</dl>`;
    case 'list':
      return `<ul>\n${entry.items.map((item) => `<li>${lines(item)}</li>`).join('\n')}\n</ul>`;
    case 'table': {
      if (entry.rows.length > LONG_TABLE_ROWS) return records(entry.header, entry.rows);
      const head = entry.header.map((cell) => `<th scope="col">${cellHtml(cell)}</th>`).join('');
      const body = entry.rows
        .map((row) => `<tr>${row.map((cell) => `<td>${cellHtml(cell)}</td>`).join('')}</tr>`)
        .join('\n');
      return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
    }
    case 'chart':
      return `${chartSvg(entry.chart)}\n${block({ kind: 'table', header: entry.chart.header, rows: entry.chart.rows })}`;
  }
}

/** The trend chart as inline SVG: colours as attributes (the minutes' style sheet stays as it is). */
function chartSvg(chart: MinutesChart): string {
  const width = 560;
  const height = 200;
  const geometry = chartGeometry(chart, width, height);
  const { plot } = geometry;
  const text = (x: number, y: number, anchor: string, value: string) =>
    `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" text-anchor="${anchor}" font-size="10" fill="#333">${escapeHtml(value)}</text>`;
  const parts = [
    ...geometry.grid.map(
      (line) =>
        `<line x1="${plot.x}" x2="${plot.x + plot.width}" y1="${line.y.toFixed(1)}" y2="${line.y.toFixed(1)}" stroke="#ccc"/>${text(plot.x - 4, line.y + 3, 'end', line.label)}`,
    ),
    ...geometry.bars.map(
      (bar) =>
        `<rect x="${bar.x.toFixed(1)}" y="${bar.y.toFixed(1)}" width="${bar.width.toFixed(1)}" height="${bar.height.toFixed(1)}" fill="${chart.series[bar.series]?.colour ?? '#555'}"/>`,
    ),
    ...geometry.labels.map((label) => text(label.x, plot.y + plot.height + 14, 'middle', label.text)),
  ];
  const legend = chart.series
    .map(
      (series) =>
        `<li><svg width="10" height="10" aria-hidden="true"><rect width="10" height="10" fill="${series.colour}"/></svg> ${escapeHtml(series.name)}</li>`,
    )
    .join('');
  return `<figure class="trend"><svg role="img" aria-label="${escapeHtml(chart.title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>\n<ul class="legend">${legend}</ul></figure>`;
}

/**
 * A long table as a list: per row the first cell in bold, then every other cell after its column's
 * name ("Status: open"), separated by middle dots.
 */
function records(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const labels = header.map((cell) => ` · <span class="record-label">${breakableHtml(cell)}:</span> `);
  const items = rows.map((row) => {
    let item = `<li><strong>${lines(row[0] ?? '')}</strong>`;
    for (let column = 1; column < header.length; column += 1)
      item += `${labels[column] ?? ''}${lines(row[column] ?? '')}`;
    return `${item}</li>`;
  });
  return `<ul class="records">\n${items.join('\n')}\n</ul>`;
}

function section(entry: Section): string {
  const className = entry.major ? ' class="major"' : '';
  const body = [`<h2>${breakableHtml(entry.heading)}</h2>`, ...entry.blocks.map(block)].join('\n');
  return `<section id="${escapeHtml(entry.id)}"${className}>\n${body}\n</section>`;
}

/** The whole minutes as one HTML document, ending with a newline. */
export function minutesToHtml(minutes: Minutes): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(minutes.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    // The policy is a constant without quotes or ampersands, so it is written as it is.
    `<meta http-equiv="Content-Security-Policy" content="${MINUTES_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(minutes.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${breakableHtml(minutes.title)}</h1>`,
    `<p class="generated">${breakableHtml(minutes.generated)}</p>`,
    '</header>',
    '<main>',
    ...minutes.sections.map(section),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
