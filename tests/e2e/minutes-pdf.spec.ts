/**
 * The PDF minutes, made both ways the app makes them: **typeset** by Tandem's own PDF writer
 * (renderer/domain/minutes/pdf, with the bundled DejaVu faces) and **printed** — the HTML minutes
 * printed to PDF by Chromium with the options the Electron print handler uses (A4, portrait,
 * backgrounds, Electron's default 1 cm margins, which the stylesheet's own @page margins replace),
 * the path for minutes whose text the writer's fonts cannot set. Each file is read back with
 * poppler: `pdftotext` for the text, `pdftotext -bbox` for where it sits on the page, and
 * `pdftoppm` renders every page to PNG in test-results/minutes-pdf/ so people can look at them
 * (outside Playwright's output folder, which the next run of any spec empties).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { buildMinutes } from '../../renderer/domain/minutes/build';
import { minutesToHtml } from '../../renderer/domain/minutes/html';
import type { Minutes } from '../../renderer/domain/minutes/model';
import { minutesToPdf, PdfFace } from '../../renderer/domain/minutes/pdf';
import type { MeetingSnapshot } from '../../renderer/domain/minutes/snapshot';
import { edit, germanSnapshot, minutesSnapshot, NOW, TIME_ZONE } from '../unit/domain/minutes-fixture';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE, REPO_ROOT } from './support/chromium';

/** electron/main/print-window.ts: `printToPDF({ pageSize, landscape, printBackground: true })`. */
const ELECTRON_PRINT = {
  format: 'A4',
  landscape: false,
  printBackground: true,
  margin: { top: '1cm', right: '1cm', bottom: '1cm', left: '1cm' },
} as const;
const MM = 72 / 25.4;
const A4_WIDTH = 210 * MM;
const OUT = path.join(REPO_ROOT, 'test-results', 'minutes-pdf');

/** Prints the HTML minutes to `test-results/minutes-pdf/<name>-printed.pdf` and returns its path. */
async function printPdf(minutes: Minutes, name: string): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `${name}.pdf`);
  const browser = await chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS });
  try {
    const page: Page = await browser.newPage();
    await page.setContent(minutesToHtml(minutes), { waitUntil: 'load' });
    writeFileSync(file, await page.pdf(ELECTRON_PRINT));
  } finally {
    await browser.close();
  }
  return file;
}

const FONTS = path.join(REPO_ROOT, 'node_modules', 'dejavu-fonts-ttf', 'ttf');
const faces = {
  regular: new PdfFace(readFileSync(path.join(FONTS, 'DejaVuSans.ttf'))),
  bold: new PdfFace(readFileSync(path.join(FONTS, 'DejaVuSans-Bold.ttf'))),
};

/** Sets the minutes with Tandem's PDF writer into `test-results/minutes-pdf/<name>.pdf`. */
async function typesetPdf(minutes: Minutes, name: string): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `${name}.pdf`);
  const pdf = minutesToPdf(minutes, faces, NOW);
  if (pdf === null) throw new Error('the PDF writer refused the fixture minutes');
  writeFileSync(file, pdf);
  return file;
}

const makers = [
  { way: 'typeset', make: typesetPdf },
  { way: 'printed', make: printPdf },
] as const;

/** The text of each page, whitespace collapsed. */
function pageTexts(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  return text
    .split('\f')
    .slice(0, -1)
    .map((page) => page.replace(/\s+/g, ' ').trim());
}

/** The horizontal extent of every word on every page, in points. */
function wordBoxes(pdf: string): { xMin: number; xMax: number; word: string }[] {
  const xml = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return [
    ...xml.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g),
  ].map(([, xMin, xMax, word]) => ({ xMin: Number(xMin), xMax: Number(xMax), word: word ?? '' }));
}

/** Renders every page at 60 dpi as `<name>-<n>.png` beside the PDF; returns the files' names. */
function renderPages(pdf: string, name: string): string[] {
  const ours = (file: string) => file.startsWith(`${name}-`) && file.endsWith('.png');
  for (const file of readdirSync(OUT).filter(ours)) rmSync(path.join(OUT, file));
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(OUT, name)]);
  return readdirSync(OUT).filter(ours);
}

const cases = [
  {
    language: 'en',
    snapshot: minutesSnapshot,
    title: 'Minutes: Quarterly strategy Q1',
    decisions: 'Decision register',
    summary: ['Summary', 'Decisions', 'D-18', 'D-19', 'Action items by owner', 'Next meeting'],
    page: (n: number, of: number) => `Page ${n} of ${of}`,
    words: ['Participants', 'Collaboration check', 'Stance of Sales agrees'],
  },
  {
    language: 'de',
    snapshot: germanSnapshot,
    title: 'Protokoll: Quartalsstrategie Q1',
    decisions: 'Entscheidungsregister',
    summary: ['Zusammenfassung', 'Entscheidungen', 'D-18', 'D-19', 'Aufgaben nach Verantwortlichen'],
    page: (n: number, of: number) => `Seite ${n} von ${of}`,
    words: [
      'Nächste Besprechung',
      'Geschäftsleitung',
      'Überprüfung 31.01.2027',
      'Haltung des Vertriebs stimmt zu',
    ],
  },
] as const;

for (const { way, make } of makers) {
  for (const expected of cases) {
    test(`the ${expected.language} minutes, ${way}: A4 with their text, page numbers and the summary first`, async () => {
      const minutes = buildMinutes(expected.snapshot(), { now: NOW, timeZone: TIME_ZONE });
      const name = `minutes-${expected.language}-${way}`;
      const pdf = await make(minutes, name);

      const pages = pageTexts(pdf);
      const all = pages.join(' ');
      expect(pages.length).toBeGreaterThan(1);
      expect(pages[0]?.startsWith(`${expected.title} ${minutes.generated}`)).toBe(true);
      expect(all).toContain('The Q1 campaign targets enterprise accounts first');
      expect(all).toContain('Qualified leads are handed over within 48 hours');
      for (const text of expected.words) expect(all).toContain(text);
      pages.forEach((text, index) => expect(text).toContain(expected.page(index + 1, pages.length)));
      // Every major section starts at the top of a page.
      for (const section of minutes.sections.filter((entry) => entry.major)) {
        expect(pages.some((text) => text.startsWith(section.heading))).toBe(true);
      }
      // The summary opens the minutes: the decisions are on the first page; the register follows.
      for (const text of expected.summary) expect(pages[0]).toContain(text);
      expect(all).toContain(expected.decisions);

      // 16 mm left and right (printed: the stylesheet's margins win over Electron's default 1 cm).
      const boxes = wordBoxes(pdf);
      const left = Math.min(...boxes.map((box) => box.xMin));
      expect(left).toBeGreaterThanOrEqual(16 * MM - 1);
      expect(left).toBeLessThan(16 * MM + 3);
      expect(Math.max(...boxes.map((box) => box.xMax))).toBeLessThanOrEqual(A4_WIDTH - 16 * MM + 1);

      expect(renderPages(pdf, name)).toHaveLength(pages.length);
    });
  }

  test(`${way}: long unbroken text wraps inside the page instead of being cut off at its edge`, async () => {
    const snapshot: MeetingSnapshot = minutesSnapshot();
    // No space or hyphen: it may only break where the HTML writer offers a break (<wbr>).
    const token = `https://example.com/${'CampaignBrief'.repeat(40)}`;
    edit(snapshot.actionItems, 0, { what: token });
    edit(snapshot.decisions, 0, { rationale: token });
    const minutes = buildMinutes(snapshot, { now: NOW, timeZone: TIME_ZONE });
    const pdf = await make(minutes, `minutes-long-words-${way}`);

    const boxes = wordBoxes(pdf);
    expect(Math.max(...boxes.map((box) => box.xMax))).toBeLessThanOrEqual(A4_WIDTH - 16 * MM + 1);
    // In drawing order (-raw) a wrapped token comes back whole once the line breaks are taken out.
    const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    // The decision's rationale, the action item and its line in the summary.
    expect(raw.replace(/\s+/g, '').split(token).length - 1).toBe(3);
    renderPages(pdf, `minutes-long-words-${way}`);
  });

  test(`${way}: a table longer than a page breaks between whole rows and repeats its header`, async () => {
    const snapshot: MeetingSnapshot = minutesSnapshot();
    const [first] = snapshot.actionItems;
    if (!first) throw new Error('the fixture has no action item');
    snapshot.actionItems = Array.from({ length: 70 }, (_, index) => ({
      ...first,
      id: `act-many-${index}`,
      what: `Follow-up task number ${index + 1} for the regional teams`,
    }));
    const minutes = buildMinutes(snapshot, { now: NOW, timeZone: TIME_ZONE });
    const pdf = await make(minutes, `minutes-long-table-${way}`);

    const pages = pageTexts(pdf);
    // Each row of the table (the task, then its owner) on exactly one page; the summary lists the
    // same tasks by owner, with their due dates.
    for (let n = 1; n <= 70; n++) {
      const row = `Follow-up task number ${n} for the regional teams Lena Vogel`;
      expect(pages.filter((text) => text.includes(row))).toHaveLength(1);
    }
    const holding = pages.filter((text) => text.includes('for the regional teams Lena Vogel'));
    expect(holding.length).toBeGreaterThan(1);
    for (const text of holding) expect(text).toContain('What Who By when Channel Status');
    renderPages(pdf, `minutes-long-table-${way}`);
  });
}
