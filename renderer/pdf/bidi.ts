/**
 * Right-to-left runs put in visual order on a line: a small part of the Unicode Bidirectional
 * Algorithm (UAX #9) for a left-to-right paragraph, which is what the minutes are (their HTML has
 * no `dir`, so the browser sets them the same way).
 * - Hebrew and Arabic letters (and marks) are strong right-to-left, other letters left-to-right;
 * - digits after right-to-left text stay left to right inside it (W7, I1); `.`, `,`, `:` and `/`
 *   between digits belong to the number (W4);
 * - spaces and punctuation between two right-to-left characters (a number counts as one) join
 *   them, elsewhere they are left to right (N1, N2);
 * - the runs are reversed from the highest level down (L2); a right-to-left piece is drawn with
 *   its glyphs reversed.
 * Not done: explicit embeddings, overrides and isolates (their controls are set as nothing),
 * mirrored brackets (`(` stays `(` inside Arabic), a right-to-left paragraph direction (lines are
 * left-aligned and a sentence's final full stop follows the right-to-left run on its right).
 */
import type { Line, Measure, Piece } from './wrap';

const enum Level {
  Ltr = 0,
  Rtl = 1,
  Number = 2,
}

type Kind = 'L' | 'R' | 'EN' | 'N';

function isDigit(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) || (code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9)
  );
}

function rightToLeft(code: number): boolean {
  return (
    (code >= 0x0590 && code <= 0x08ff) ||
    (code >= 0xfb1d && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfefc) ||
    (code >= 0x10800 && code <= 0x10fff) ||
    (code >= 0x1e800 && code <= 0x1efff)
  );
}

const STRONG = /[\p{L}\p{M}]/u;
const SEPARATOR = new Set(['.', ',', ':', '/']);

function kindOf(char: string): Kind {
  const code = char.codePointAt(0) ?? 0;
  if (isDigit(code)) return 'EN';
  if (code === 0x200e) return 'L'; // left-to-right mark
  if (code === 0x200f) return 'R'; // right-to-left mark
  if (rightToLeft(code)) return 'R';
  return STRONG.test(char) ? 'L' : 'N';
}

/** Whether the text holds a right-to-left character at all. */
export function hasRightToLeft(text: string): boolean {
  for (const char of text) if (rightToLeft(char.codePointAt(0) ?? 0)) return true;
  return false;
}

/** The embedding level of each character of a line set in a left-to-right paragraph. */
export function levels(chars: readonly string[]): Level[] {
  const kinds = chars.map(kindOf);
  kinds.forEach((kind, index) => {
    const before = kinds[index - 1];
    if (kind === 'N' && SEPARATOR.has(chars[index] ?? '') && before === 'EN' && kinds[index + 1] === 'EN')
      kinds[index] = 'EN';
  });
  // W7: a number after left-to-right text (or at the start) is left-to-right text.
  let strong: Kind = 'L';
  kinds.forEach((kind, index) => {
    if (kind === 'L' || kind === 'R') strong = kind;
    else if (kind === 'EN' && strong === 'L') kinds[index] = 'L';
  });
  // N1, N2: neutrals between two right-to-left sides (numbers count as such) are right-to-left.
  const side = (kind: Kind | undefined) => (kind === 'EN' ? 'R' : kind);
  let index = 0;
  while (index < kinds.length) {
    if (kinds[index] !== 'N') {
      index += 1;
      continue;
    }
    let end = index;
    while (kinds[end] === 'N') end += 1;
    const before = side(kinds[index - 1]) ?? 'L';
    const after = side(kinds[end]) ?? 'L';
    kinds.fill(before === 'R' && after === 'R' ? 'R' : 'L', index, end);
    index = end;
  }
  return kinds.map((kind) => (kind === 'R' ? Level.Rtl : kind === 'EN' ? Level.Number : Level.Ltr));
}

/** L2: the order in which runs of the given levels are shown, left to right. */
export function visualRunOrder(runLevels: readonly number[]): number[] {
  const order = runLevels.map((_, index) => index);
  const highest = Math.max(0, ...runLevels);
  for (let level = highest; level >= 1; level -= 1) {
    let start = 0;
    while (start < order.length) {
      if ((runLevels[order[start] ?? 0] ?? 0) < level) {
        start += 1;
        continue;
      }
      let end = start;
      while (end < order.length && (runLevels[order[end] ?? 0] ?? 0) >= level) end += 1;
      order.splice(start, end - start, ...order.slice(start, end).reverse());
      start = end;
    }
  }
  return order;
}

interface Run {
  /** The index of the piece the run comes from; -1 - n for the gap before piece n. */
  owner: number;
  text: string;
  level: number;
  width: number;
}

/**
 * The line with its right-to-left runs in visual order: pieces re-cut where the level changes,
 * placed from the line's start in the order they are seen. A line without right-to-left text is
 * returned as it is.
 */
export function visualOrder(line: Line, size: number, measure: Measure): Line {
  if (!line.some((piece) => hasRightToLeft(piece.text))) return line;
  // The line's text in logical order, a space standing for the gap before each later piece.
  const chars: string[] = [];
  const owner: number[] = [];
  const gaps: number[] = [];
  let end = line[0]?.x ?? 0;
  line.forEach((piece, index) => {
    gaps[index] = piece.x - end;
    if (index > 0 && gaps[index] > 0.01) {
      chars.push(' ');
      owner.push(-1 - index);
    }
    for (const char of piece.text) {
      chars.push(char);
      owner.push(index);
    }
    end = piece.x + measure.width(piece.text, piece.face, size);
  });
  const charLevels = levels(chars);
  const runs: Run[] = [];
  chars.forEach((char, index) => {
    const level = charLevels[index] ?? 0;
    const who = owner[index] ?? 0;
    const last = runs[runs.length - 1];
    if (last && last.owner === who && last.level === level) last.text += char;
    else runs.push({ owner: who, text: char, level, width: 0 });
  });
  for (const run of runs) {
    const piece = line[run.owner];
    run.width = piece ? measure.width(run.text, piece.face, size) : (gaps[-1 - run.owner] ?? 0);
  }
  const out: Piece[] = [];
  let x = line[0]?.x ?? 0;
  for (const index of visualRunOrder(runs.map((run) => run.level))) {
    const run = runs[index];
    if (!run) continue;
    const piece = line[run.owner];
    if (piece)
      out.push({ text: run.text, face: piece.face, x, ...(run.level % 2 === 1 ? { rtl: true } : {}) });
    x += run.width;
  }
  return out;
}
