/**
 * Tandem's own PDF writer, in Node with the bundled DejaVu faces and the Noto fallbacks (pdf-faces.ts): which text it sets and which it
 * leaves to the browser's print, how it breaks lines, and that the file it writes is a
 * well-formed PDF (every cross-reference points at its object, the fonts are embedded subsets with
 * a ToUnicode map). tests/e2e/minutes-pdf.spec.ts reads its files back with poppler.
 */
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildMinutes } from '../../../renderer/domain/minutes/build';
import { minutesToPdf } from '../../../renderer/domain/minutes/pdf';
import { layOutMinutes } from '../../../renderer/domain/minutes/pdf/layout';
import type { Minutes, Section } from '../../../renderer/domain/minutes/model';
import { MEASURE, PAGE, type Op } from '../../../renderer/pdf/page';
import { minutesTexts } from '../../../renderer/domain/minutes/pdf/texts';
import { typesettable, unsettable } from '../../../renderer/pdf/typesettable';
import { Measure, wrap, type Run } from '../../../renderer/pdf/wrap';
import { edit, minutesSnapshot, NOW, TIME_ZONE } from './minutes-fixture';
import { dejavu as faces, facesFor, fallbackFiles } from './pdf-faces';

const measure = new Measure(faces);

describe('which text the writer sets', () => {
  it.each([
    ['German', 'Größere Übergabe: Äpfel, Öl, Maß – „Vertrieb“ …'],
    ['Polish, Czech, Turkish', 'Łukasz Żółć, Jiří Dvořák, Şükrü Ağaoğlu'],
    ['Greek and Cyrillic', 'Ελληνικά, Русский текст'],
    ['symbols', '€ 1.200 · 31 % ± 2 → ✓ © ™ ½ «»'],
  ])('sets %s in DejaVu alone, loading no fallback', async (_, text) => {
    expect(typesettable([text], faces)).toBe(true);
    expect(await fallbackFiles([text])).toEqual([]);
  });

  it.each([
    ['Chinese', '市场营销', 'noto-sans-sc'],
    ['Arabic', 'التسويق', 'noto-sans-arabic'],
    ['Hebrew', 'שיווק', 'noto-sans-hebrew'],
    ['emoji', 'Great 👍', 'noto-emoji'],
  ])('sets %s with the fallback faces it loads, and not without them', async (_, text, family) => {
    expect(typesettable([text], faces)).toBe(false);
    const files = await fallbackFiles([text]);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(path.basename(file)).toMatch(new RegExp(`^${family}-`));
    expect(typesettable([text], await facesFor([text]))).toBe(true);
  });

  it.each([
    ['Devanagari (shaped)', 'विपणन', ['व', 'ि', 'प', 'ण', 'न']],
    ['a combining mark', 'Zoe\u0308', ['\u0308']],
    ['a right-to-left embedding', 'A\u202bB', ['\u202b']],
    ['a control character', 'A\u0007B', ['\u0007']],
  ])('leaves %s to the browser: minutesToPdf gives null', async (_, text, refused) => {
    const all = await facesFor([text]);
    expect(unsettable([text], all)).toEqual(refused);
    const snapshot = minutesSnapshot();
    edit(snapshot.decisions, 0, { rationale: `Because ${text}` });
    const minutes = buildMinutes(snapshot, { now: NOW, timeZone: TIME_ZONE });
    expect([...minutesTexts(minutes)].some((entry) => entry.includes(text))).toBe(true);
    expect(minutesToPdf(minutes, all, NOW)).toBeNull();
  });

  it('sets directional marks, joiners and variation selectors as nothing', async () => {
    const text = 'A\u200fB\u200d❤\ufe0f';
    expect(unsettable([text], await facesFor([text]))).toEqual([]);
  });
});

describe('line breaking', () => {
  const text = (runs: readonly Run[]) => runs.map((run) => run.text).join('');
  const lineText = (line: ReturnType<typeof wrap>[number]) => line.map((piece) => piece.text).join(' ');
  const right = (line: ReturnType<typeof wrap>[number]) =>
    Math.max(0, ...line.map((piece) => piece.x + measure.width(piece.text, piece.face, 10)));

  it('breaks at spaces, never past the measure, and keeps every word in order', () => {
    const runs: Run[] = [
      { text: 'D-12', face: 'bold' },
      { text: ' · Statement: ', face: 'regular' },
      {
        text: 'The discount bands differ between the regions and nobody knows why. '.repeat(6),
        face: 'regular',
      },
    ];
    const lines = wrap(runs, 10, 200, measure);
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(right(line)).toBeLessThanOrEqual(200.01);
    expect(lines.map(lineText).join(' ').split(/\s+/)).toEqual(text(runs).trim().split(/\s+/));
    expect(lines[0]?.[0]).toMatchObject({ text: 'D-12', face: 'bold', x: 0 });
  });

  it('keeps the line breaks of the text', () => {
    const lines = wrap(
      [{ text: 'First line\nSecond line\n\nFourth', face: 'regular' }],
      10,
      MEASURE,
      measure,
    );
    expect(lines.map(lineText)).toEqual(['First line', 'Second line', '', 'Fourth']);
  });

  it('splits a word wider than the measure between characters, losing none', () => {
    const token = `https://example.com/${'CampaignBrief'.repeat(20)}`;
    const lines = wrap([{ text: `See ${token} now`, face: 'regular' }], 10, 150, measure);
    for (const line of lines) expect(right(line)).toBeLessThanOrEqual(150.01);
    const drawn = lines.map((line) => line.map((piece) => piece.text).join('')).join('');
    expect(drawn.replace(/\s+/g, '')).toBe(`See${token}now`);
  });
});

describe('page layout', () => {
  const VERTICAL = { ascent: 928, descent: -236 };
  const texts = (page: readonly Op[]) =>
    page.filter((op): op is Extract<Op, { kind: 'text' }> => op.kind === 'text');
  const words = 'The pipeline review showed that the regional teams count leads differently'.split(' ');
  const sentence = (seed: number, length: number) =>
    Array.from({ length }, (_, index) => words[(seed * 7 + index) % words.length]).join(' ');

  /** Many short sections of varying length, so headings fall at every height of a page. */
  function manySections(): Minutes {
    const sections: Section[] = Array.from({ length: 60 }, (_, index) => ({
      id: 'agenda',
      heading: `Section ${index + 1}`,
      major: index % 20 === 19,
      blocks: [
        { kind: 'subheading', text: `Item ${index + 1}` },
        { kind: 'paragraph', text: sentence(index, 10 + ((index * 37) % 90)) },
        { kind: 'fields', fields: [{ label: 'Owner', value: sentence(index, 4) }] },
      ],
    }));
    return { language: 'en', title: 'Minutes: Layout', generated: 'Generated today', sections };
  }

  it('never ends a page with a heading: each is followed on its page by the text it heads', () => {
    const pages = layOutMinutes(manySections(), measure, VERTICAL);
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const ops = texts(page).filter((op) => op.size !== 8); // without the page number
      const last = ops[ops.length - 1];
      expect(last?.size).toBe(10);
    }
  });

  it('starts every major section at the top of a page and numbers every page', () => {
    const minutes = manySections();
    const pages = layOutMinutes(minutes, measure, VERTICAL);
    for (const section of minutes.sections.filter((entry) => entry.major)) {
      const page = pages.find((ops) => texts(ops).some((op) => op.text === section.heading));
      expect(texts(page ?? [])[0]?.text).toBe(section.heading);
    }
    pages.forEach((page, index) =>
      expect(texts(page).map((op) => op.text)).toContain(`Page ${index + 1} of ${pages.length}`),
    );
  });

  it('keeps every text inside the margins', () => {
    const minutes = buildMinutes(minutesSnapshot(), { now: NOW, timeZone: TIME_ZONE });
    for (const page of layOutMinutes(minutes, measure, VERTICAL)) {
      for (const op of texts(page)) {
        expect(op.x).toBeGreaterThanOrEqual(PAGE.side - 0.01);
        expect(op.x + measure.width(op.text, op.face, op.size)).toBeLessThanOrEqual(
          PAGE.side + MEASURE + 0.01,
        );
        expect(op.baseline).toBeGreaterThan(PAGE.top);
        if (op.size !== 8) expect(op.baseline).toBeLessThanOrEqual(PAGE.height - PAGE.bottom);
      }
    }
  });

  it('sets a table of more than LONG_TABLE_ROWS rows as records, each whole on one page', () => {
    const rows = Array.from({ length: 260 }, (_, index) => [
      `#${index + 1}`,
      sentence(index, 20 + (index % 30)),
      'open',
    ]);
    const minutes: Minutes = {
      language: 'en',
      title: 'Minutes: Records',
      generated: 'Generated today',
      sections: [
        {
          id: 'conflicts',
          heading: 'Conflict log',
          major: true,
          blocks: [{ kind: 'table', header: ['#', 'Statement', 'Status'], rows }],
        },
      ],
    };
    const pages = layOutMinutes(minutes, measure, VERTICAL);
    rows.forEach(([number]) => {
      const holding = pages.filter((page) => texts(page).some((op) => op.text === number));
      expect(holding).toHaveLength(1);
      // The record's last part, its status, is on the same page as its number.
      const ops = texts(holding[0] ?? []);
      const at = ops.findIndex((op) => op.text === number);
      const status = ops.slice(at).find((op) => op.text === 'Status:');
      expect(status).toBeDefined();
    });
  });
});

/** The objects of a PDF file by number, and the offsets its cross-reference table gives them. */
function readPdf(bytes: Uint8Array) {
  const latin1 = Buffer.from(bytes).toString('latin1');
  const start = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(latin1)?.[1]);
  const table = latin1.slice(start);
  const entries = [...table.matchAll(/^(\d{10}) 00000 n $/gm)].map((match) => Number(match[1]));
  return { latin1, table, entries };
}

describe('the file', () => {
  const minutes = buildMinutes(minutesSnapshot(), { now: NOW, timeZone: TIME_ZONE });
  const bytes = minutesToPdf(minutes, faces, NOW);
  if (!bytes) throw new Error('the fixture minutes were refused');
  const { latin1, table, entries } = readPdf(bytes);

  it('is a PDF whose cross-reference table points at every object', () => {
    expect(latin1.startsWith('%PDF-1.7\n')).toBe(true);
    expect(table.startsWith('xref\n0 ')).toBe(true);
    expect(entries.length).toBeGreaterThan(10);
    entries.forEach((offset, index) =>
      expect(latin1.slice(offset, offset + 12)).toMatch(`${index + 1} 0 obj`),
    );
  });

  it('has as many pages as the layout, each A4', () => {
    const pages = layOutMinutes(minutes, measure, { ascent: 928, descent: -236 });
    expect(latin1.match(/\/Type \/Page /g)).toHaveLength(pages.length);
    expect(latin1).toContain(`/Count ${pages.length}`);
    expect(latin1).toContain('/MediaBox [0 0 595.28 841.89]');
  });

  it('embeds both faces as subsets with widths and a ToUnicode map', () => {
    expect(latin1.match(/\/Subtype \/Type0 \/BaseFont \/[A-Z]{6}\+DejaVuSans(-Bold)? /g)).toHaveLength(2);
    expect(latin1.match(/\/FontFile2 /g)).toHaveLength(2);
    expect(latin1.match(/\/ToUnicode /g)).toHaveLength(2);
    // A subset is far smaller than the face (DejaVu Sans is about 740 KB).
    expect(bytes.length).toBeLessThan(200_000);
  });

  it('names the document after the minutes, in their language', () => {
    const hex = (text: string) =>
      `FEFF${[...text].map((char) => char.charCodeAt(0).toString(16).padStart(4, '0')).join('')}`;
    expect(latin1).toContain(`/Title <${hex(minutes.title)}>`);
    expect(latin1).toContain(`/Lang <${hex('en')}>`);
  });

  it('draws its text in compressed content streams', () => {
    const streams = [...latin1.matchAll(/<< \/Length (\d+) \/Filter \/FlateDecode >>\nstream\n/g)];
    const first = streams[0];
    if (!first?.index) throw new Error('no content stream');
    const from = first.index + first[0].length;
    const content = inflateSync(
      Buffer.from(latin1.slice(from, from + Number(first[1])), 'latin1'),
    ).toString();
    expect(content).toMatch(/^BT [\d.]+ g \/F2 20 Tf [\d.]+ [\d.]+ Td <[0-9a-f]+> Tj ET/);
  });
});
