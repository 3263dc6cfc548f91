// @vitest-environment jsdom
/**
 * Every free-text field of a meeting filled with hostile text (tests/hostile-text.ts: script and
 * markup payloads, formulas, Markdown, right-to-left and zero-width characters, emoji, 10,000
 * characters), then exported in every format: the HTML minutes hold no element or attribute of a
 * payload, the Markdown forms no link, image or HTML from one, every CSV cell is neutralised, and the
 * DOCX parses strictly with the text inside. Whether the HTML runs anything in a browser is proved
 * in Chromium by tests/e2e/hostile-text.spec.ts. jsdom provides the strict XML parser.
 */
import { describe, expect, it } from 'vitest';
import {
  actionItemsCsv,
  CSV_SEPARATOR,
  BOM,
  decisionRegisterCsv,
  neutraliseCell,
} from '../../../renderer/domain/export/csv';
import { meetingRegisterRows } from '../../../renderer/domain/export/meeting-rows';
import { buildMinutes } from '../../../renderer/domain/minutes/build';
import { minutesToDocx } from '../../../renderer/domain/minutes/docx';
import { minutesToHtml } from '../../../renderer/domain/minutes/html';
import { minutesToMarkdown } from '../../../renderer/domain/minutes/markdown';
import type { Minutes } from '../../../renderer/domain/minutes/model';
import type { Language } from '../../../renderer/domain/types';
import {
  FORMULA_PAYLOADS,
  hostile,
  LONG_PAYLOAD,
  ODD_TEXT,
  SCRIPT_PAYLOADS,
  SHORT_PAYLOADS,
} from '../../hostile-text';
import { paragraphs, readDocx } from './docx-reader';
import { minutesSnapshot, NOW, TIME_ZONE } from './minutes-fixture';

/**
 * One hostile meeting per payload offset: across them, every text field meets every payload, so a
 * payload the minutes leave out of one field (a hidden org unit) reaches them through another.
 */
const snapshots = SHORT_PAYLOADS.map((_payload, offset) => hostile(minutesSnapshot(), offset));
const minutesOf = (language: Language) =>
  snapshots.map((snapshot) =>
    buildMinutes(snapshot, { language, now: NOW, timeZone: TIME_ZONE, anonymousRelationship: false }),
  );

/** Every text of a minutes model, the writers' input. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(texts);
}

/** The lines of the payloads a minutes model carries; writers show a line break their own way. */
const carriedLines = (minutes: Minutes) =>
  carried(minutes).flatMap((payload) => payload.split(/\r\n|\r|\n/).filter((line) => line !== ''));

/** The payloads a minutes model carries. */
function carried(minutes: Minutes): string[] {
  const all = texts(minutes).join('\n');
  return [...SHORT_PAYLOADS, LONG_PAYLOAD].filter((payload) => all.includes(payload));
}

/** Two dozen whole meetings per format: more than the default five seconds on a loaded machine. */
const SLOW = { timeout: 60_000 };

describe.each(['en', 'de'] as const)('exports of meetings full of hostile text (%s)', SLOW, (language) => {
  const all = minutesOf(language);

  it('the minutes carry every script payload, odd text and the 10,000 characters', () => {
    const found = new Set(all.flatMap(carried));
    for (const payload of [...SCRIPT_PAYLOADS, ...ODD_TEXT, LONG_PAYLOAD]) expect(found).toContain(payload);
  });

  it('the HTML minutes show every payload as text and hold none of its markup', () => {
    for (const minutes of all) {
      const page = new DOMParser().parseFromString(minutesToHtml(minutes), 'text/html');
      const body = page.body.textContent ?? '';
      for (const line of carriedLines(minutes)) expect(body).toContain(line);
      // The minutes' own markup has no script, media, frame, form or link: any of these came from a payload.
      const injected =
        'script, img, svg, iframe, object, embed, a, details, textarea, form, input, link, base';
      expect(page.querySelectorAll(injected)).toHaveLength(0);
      expect(page.querySelectorAll('style')).toHaveLength(1);
      const handlers = [...page.querySelectorAll('*')].flatMap((element) =>
        element.getAttributeNames().filter((name) => name.startsWith('on') || name === 'srcdoc'),
      );
      expect(handlers).toEqual([]);
    }
  });

  it('the Markdown minutes escape every payload, so no link, image or HTML forms', () => {
    for (const minutes of all) {
      const markdown = minutesToMarkdown(minutes);
      // Unescaped, a `<` would open HTML or an autolink, `[` or `]` a link or an image, `&…;` an
      // entity. The only raw tag is the writer's own `<br>` inside table cells.
      expect(markdown).not.toMatch(/(^|[^\\])<(?!br>)/m);
      expect(markdown).not.toMatch(/(^|[^\\])[[\]]/m);
      expect(markdown).not.toMatch(/(^|[^\\])&#?\w+;/m);
      const shown = markdown.replace(/<br>/g, '\n').replace(/\\(.)/g, '$1');
      for (const line of carriedLines(minutes)) expect(shown).toContain(line.trim());
    }
  });

  it('the CSV registers neutralise every cell a spreadsheet would run', () => {
    const cells = snapshots.flatMap((snapshot) => {
      const rows = meetingRegisterRows(snapshot, language);
      return [decisionRegisterCsv(rows.decisions, language), actionItemsCsv(rows.actions, language)].flatMap(
        (csv) => {
          expect(csv.startsWith(BOM)).toBe(true);
          return parseCsv(csv.slice(BOM.length), CSV_SEPARATOR[language]).slice(1).flat();
        },
      );
    });
    for (const cell of cells) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]|[,;\t\r\n][\s"]*[=+\-@]/);
    for (const payload of FORMULA_PAYLOADS) expect(cells).toContain(neutraliseCell(payload));
  });

  it('the DOCX minutes parse strictly and hold every payload as text', async () => {
    // Every fourth meeting: together they still carry every payload, in a quarter of the time.
    for (const minutes of all.filter((_minutes, index) => index % 4 === 0)) {
      const docx = readDocx(await minutesToDocx(minutes));
      const raw = docx.files.get('word/document.xml')?.toString('utf8') ?? '';
      expect(raw).not.toMatch(/<(script|img|svg|iframe)\b/i);
      const text = paragraphs(docx.document)
        .map((paragraph) => paragraph.text)
        .join('\n');
      for (const line of carriedLines(minutes)) expect(text).toContain(line);
    }
  });
});

/** RFC 4180 records of a CSV text split at `separator`: quoted fields may hold it, quotes (doubled) and line breaks. */
function parseCsv(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted) {
      if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') {
      quoted = true;
    } else if (char === separator) {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      records.push([...record, field]);
      record = [];
      field = '';
      i++;
    } else {
      field += char;
    }
  }
  return records;
}
