/**
 * Line breaking for the PDF writer: text in runs of a face, broken greedily at spaces into lines
 * no wider than the measure. Line breaks in the text are kept; a word wider than the whole
 * measure (a pasted link) is split between characters, so nothing runs past the margin. Widths
 * are additive (no kerning), so consecutive words of a face are drawn as one piece of text.
 */
import { visualOrder } from './bidi';
import { segments } from './fallback';
import type { PdfFace } from './font';

export type FaceName = 'regular' | 'bold';
/**
 * The faces of a document: a regular and a bold one, and the faces that set what those two lack
 * (one weight each, used for regular and bold alike), in the order they are asked.
 */
export type Faces = Readonly<Record<FaceName, PdfFace>> & { readonly fallbacks?: readonly PdfFace[] };

export interface Run {
  text: string;
  face: FaceName;
}

/** Text of one face at `x` points from the line's start; `rtl` pieces are drawn right to left. */
export interface Piece {
  text: string;
  face: FaceName;
  x: number;
  rtl?: true;
}

export type Line = Piece[];

/** Widths of words at 1000 pt, per face: a long meeting repeats the same words thousands of times. */
export class Measure {
  private readonly cache: Record<FaceName, Map<string, number>> = { regular: new Map(), bold: new Map() };

  constructor(readonly faces: Faces) {}

  width(text: string, face: FaceName, size: number): number {
    const cache = this.cache[face];
    let width = cache.get(text);
    if (width === undefined) {
      const primary = this.faces[face];
      const fallbacks = this.faces.fallbacks ?? [];
      width =
        fallbacks.length === 0
          ? primary.width(text, 1000)
          : segments(text, primary, fallbacks).reduce(
              (sum, part) => sum + part.face.width(part.text, 1000),
              0,
            );
      cache.set(text, width);
    }
    return (width * size) / 1000;
  }
}

const BREAK = /\r\n|\r|\n/;
const SPACES = /([ \t]+)/;

/** The longest prefix of `word`, by whole code points, that fits in `room` (at least one). */
function fitting(word: string, face: FaceName, size: number, room: number, measure: Measure): string {
  const points = Array.from(word);
  let taken = '';
  let width = 0;
  for (const point of points) {
    const next = measure.width(point, face, size);
    if (taken !== '' && width + next > room) break;
    taken += point;
    width += next;
  }
  return taken;
}

/** The runs broken into lines of at most `measure` points at `size`. */
export function wrap(runs: readonly Run[], size: number, width: number, measure: Measure): Line[] {
  const lines: Line[] = [];
  let line: Line = [];
  let x = 0;
  /** Space met since the last word, drawn only if another word follows on the same line. */
  let space = 0;
  let spaceFace: FaceName = 'regular';

  const place = (text: string, face: FaceName, wordWidth: number) => {
    const last = line[line.length - 1];
    const gap = line.length > 0 ? space : 0;
    if (last && last.face === face && gap > 0 && spaceFace === face) {
      last.text += ' '.repeat(Math.round(gap / measure.width(' ', face, size)) || 1) + text;
    } else if (last && last.face === face && gap === 0) {
      last.text += text;
    } else {
      line.push({ text, face, x: x + gap });
    }
    x += gap + wordWidth;
    space = 0;
  };
  const breakLine = () => {
    lines.push(line);
    line = [];
    x = 0;
    space = 0;
  };

  for (const run of runs) {
    run.text.split(BREAK).forEach((paragraph, index) => {
      if (index > 0) breakLine();
      for (const token of paragraph.split(SPACES)) {
        if (token === '') continue;
        if (SPACES.test(token) && token.trim() === '') {
          space += measure.width(' ', run.face, size) * token.length;
          spaceFace = run.face;
          continue;
        }
        let word = token;
        while (word !== '') {
          const wordWidth = measure.width(word, run.face, size);
          const gap = line.length > 0 ? space : 0;
          if (x + gap + wordWidth <= width + 0.01) {
            place(word, run.face, wordWidth);
            break;
          }
          if (line.length > 0) {
            breakLine();
            continue;
          }
          const part = fitting(word, run.face, size, width, measure);
          place(part, run.face, measure.width(part, run.face, size));
          word = word.slice(part.length);
          if (word !== '') breakLine();
        }
      }
    });
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines.map((each) => visualOrder(each, size, measure));
}

/** The width of the widest word of the runs: the least a table column can be. */
export function widestWord(runs: readonly Run[], size: number, measure: Measure): number {
  let widest = 0;
  for (const run of runs)
    for (const word of run.text.split(/\s+/))
      if (word !== '') widest = Math.max(widest, measure.width(word, run.face, size));
  return widest;
}

/** The width of the runs set on one line, each of their own lines counted apart: the most a column needs. */
export function naturalWidth(runs: readonly Run[], size: number, measure: Measure): number {
  let widest = 0;
  let current = 0;
  for (const run of runs) {
    const parts = run.text.split(BREAK);
    parts.forEach((part, index) => {
      if (index > 0) {
        widest = Math.max(widest, current);
        current = 0;
      }
      current += measure.width(part, run.face, size);
    });
  }
  return Math.max(widest, current);
}
