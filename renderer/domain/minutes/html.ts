/**
 * The minutes as one self-contained HTML file: embedded CSS with a print stylesheet (A4, page
 * breaks before the major sections, table rows kept whole), a Content-Security-Policy that allows
 * nothing but inline styles and data: images, and no scripts at all. Every text is escaped, so
 * the file is safe to open in any browser and is what Electron prints to PDF.
 */
import type { Block, Minutes, Section } from './model';

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
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Escaped text whose line breaks are kept as `<br>`. */
function lines(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => escapeHtml(line))
    .join('<br>');
}

const STYLE = `
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 11pt;
  line-height: 1.45; color: #1a1a1a; background: #fff; max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.7rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.75rem; padding-bottom: 0.2rem; border-bottom: 2px solid #1a1a1a; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 0.5rem; }
.generated { color: #444; margin: 0 0 1.5rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid #999; padding: 0.3rem 0.45rem; text-align: left; vertical-align: top; }
th { background: #eee; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.5rem 0 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
ul { margin: 0.5rem 0 1rem; }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  body { margin: 0; padding: 0; max-width: none; font-size: 10pt; }
  section.major { break-before: page; }
  h2, h3 { break-after: avoid; }
  tr, dt, dd, li { break-inside: avoid; }
  thead { display: table-header-group; }
  th { background: #eee; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

function block(entry: Block): string {
  switch (entry.kind) {
    case 'subheading':
      return `<h3>${escapeHtml(entry.text)}</h3>`;
    case 'paragraph':
      return `<p>${lines(entry.text)}</p>`;
    case 'fields':
      return `<dl>\n${entry.fields
        .map((field) => `<dt>${escapeHtml(field.label)}</dt><dd>${lines(field.value)}</dd>`)
        .join('\n')}\n</dl>`;
    case 'list':
      return `<ul>\n${entry.items.map((item) => `<li>${lines(item)}</li>`).join('\n')}\n</ul>`;
    case 'table': {
      const head = entry.header.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('');
      const body = entry.rows
        .map((row) => `<tr>${row.map((cell) => `<td>${lines(cell)}</td>`).join('')}</tr>`)
        .join('\n');
      return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
    }
  }
}

function section(entry: Section): string {
  const className = entry.major ? ' class="major"' : '';
  const body = [`<h2>${escapeHtml(entry.heading)}</h2>`, ...entry.blocks.map(block)].join('\n');
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
    `<h1>${escapeHtml(minutes.title)}</h1>`,
    `<p class="generated">${escapeHtml(minutes.generated)}</p>`,
    '</header>',
    '<main>',
    ...minutes.sections.map(section),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
