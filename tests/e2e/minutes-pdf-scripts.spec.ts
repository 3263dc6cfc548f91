/**
 * Golden tests of the PDF writer with text beyond DejaVu: minutes in Chinese, Arabic, Hebrew and
 * with emoji are set with the Noto fallback faces (tests/unit/domain/pdf-faces.ts chooses them as
 * the app does) and read back with poppler: `pdftotext` gives each text back in logical order,
 * `pdffonts` lists each face embedded as a subset with a ToUnicode map, and `pdftoppm` renders
 * the pages to test-results/minutes-pdf/ to be looked at.
 *
 * The comparison takes NFKC of both sides (were a presentation form copied back, it would be the
 * letter) and leaves out the directional embeddings pdftotext puts around right-to-left text.
 * pdftotext gives a right-to-left run in logical order; where a line mixes such a run with a
 * number or left-to-right text, it gives the runs in the order they stand on the line.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { buildMinutes } from '../../renderer/domain/minutes/build';
import { minutesTexts, minutesToPdf } from '../../renderer/domain/minutes/pdf';
import { edit, minutesSnapshot, NOW, TIME_ZONE } from '../unit/domain/minutes-fixture';
import { facesFor } from '../unit/domain/pdf-faces';
import { REPO_ROOT } from './support/chromium';

const OUT = path.join(REPO_ROOT, 'test-results', 'minutes-pdf');

const TEXTS = {
  title: '季度战略会议',
  chinese: '市场营销团队同意：第一季度优先企业客户。',
  arabic: 'قرر فريق التسويق التركيز على الشركات الكبيرة',
  hebrew: 'צוות המכירות יבדוק את הלידים',
  emoji: 'Great result 👍 🎉 thanks 🙏',
};

/** Text for comparing: NFKC, no directional embeddings, whitespace collapsed. */
const plain = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

async function worldPdf(): Promise<string> {
  const snapshot = minutesSnapshot();
  snapshot.meeting = { ...snapshot.meeting, title: TEXTS.title };
  edit(snapshot.decisions, 0, { rationale: TEXTS.chinese });
  edit(snapshot.decisions, 1, { rationale: TEXTS.arabic });
  edit(snapshot.actionItems, 0, { what: TEXTS.hebrew });
  edit(snapshot.actionItems, 1, { what: TEXTS.emoji });
  const minutes = buildMinutes(snapshot, { now: NOW, timeZone: TIME_ZONE });
  const pdf = minutesToPdf(minutes, await facesFor(minutesTexts(minutes)), NOW);
  if (pdf === null) throw new Error('the PDF writer refused the minutes');
  mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, 'minutes-scripts.pdf');
  writeFileSync(file, pdf);
  return file;
}

test('Chinese, Arabic, Hebrew and emoji come back from the PDF in logical order', async () => {
  const pdf = await worldPdf();
  const lines = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })
    .split('\n')
    .map(plain);
  for (const text of [`Minutes: ${TEXTS.title}`, ...Object.values(TEXTS).slice(1)])
    expect(lines, text).toContain(plain(text));
});

test('the PDF embeds each Noto face it used as a subset with a ToUnicode map', async () => {
  const pdf = await worldPdf();
  const rows = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  const families = new Set(rows.map((row) => /^[A-Z]{6}\+(\S+)/.exec(row)?.[1]));
  expect([...families].sort()).toEqual([
    'DejaVuSans',
    'DejaVuSans-Bold',
    'NotoEmoji-Regular',
    'NotoSansArabic-Regular',
    'NotoSansHebrew-Regular',
    'NotoSansSC-Regular',
  ]);
  // CID TrueType, Identity-H, embedded, subset, ToUnicode.
  for (const row of rows) expect(row).toMatch(/CID TrueType\s+Identity-H\s+yes yes yes/);
});

test('the PDF renders its pages (test-results/minutes-pdf/minutes-scripts-*.png)', async () => {
  const pdf = await worldPdf();
  const ours = (file: string) => file.startsWith('minutes-scripts-') && file.endsWith('.png');
  for (const file of readdirSync(OUT).filter(ours)) rmSync(path.join(OUT, file));
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(OUT, 'minutes-scripts')]);
  expect(readdirSync(OUT).filter(ours).length).toBeGreaterThan(1);
});
