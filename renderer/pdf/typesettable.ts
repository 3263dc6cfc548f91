/**
 * Whether the PDF writer can set a text faithfully: every character must have a glyph in the
 * given faces and belong to a script that is written left to right without shaping — Latin,
 * Greek, Cyrillic, their punctuation and symbols. Text with combining marks, right-to-left or
 * shaped scripts (Hebrew, Arabic, the Indic and South-East Asian scripts), bidirectional controls
 * or characters the faces lack (Chinese, Japanese, colour emoji…) needs a browser engine, which
 * has every system font and a full shaper.
 */
import type { PdfFace } from './font';

/** Code point ranges that need shaping, reordering or mark positioning. */
const COMPLEX: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f], // combining diacritical marks (left after NFC)
  [0x0483, 0x0489], // combining Cyrillic marks
  [0x0590, 0x08ff], // Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic
  [0x0900, 0x0dff], // Indic scripts, Sinhala
  [0x0e00, 0x0fff], // Thai, Lao, Tibetan
  [0x1000, 0x109f], // Myanmar
  [0x1780, 0x18af], // Khmer, Mongolian
  [0x1ab0, 0x1aff], // combining marks extended
  [0x1dc0, 0x1dff], // combining marks supplement
  [0x200b, 0x200f], // zero-width space and joiners, directional marks
  [0x202a, 0x202e], // bidirectional embeddings and overrides
  [0x2066, 0x2069], // bidirectional isolates
  [0x20d0, 0x20ff], // combining marks for symbols
  [0xfb1d, 0xfdff], // Hebrew and Arabic presentation forms
  [0xfe00, 0xfe0f], // variation selectors
  [0xfe20, 0xfe2f], // combining half marks
  [0xfe70, 0xfeff], // Arabic presentation forms, byte order mark
];

function complex(code: number): boolean {
  if (code < 0x0300) return false;
  if (code > 0xffff) return true; // emoji and the supplementary planes: left to the browser
  return COMPLEX.some(([from, to]) => code >= from && code <= to);
}

/** Whether every character of `texts` can be set with `faces` (line breaks and tabs count as space). */
export function typesettable(texts: Iterable<string>, faces: readonly PdfFace[]): boolean {
  const checked = new Set<number>();
  for (const text of texts) {
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      if (code < 0x7f && code >= 0x20) continue; // printable ASCII: in every face
      if (code === 0x0a || code === 0x0d || code === 0x09) continue;
      const point = text.codePointAt(index) ?? 0;
      if (checked.has(point)) continue;
      if (point < 0x20 || (point >= 0x7f && point < 0xa0) || complex(point)) return false;
      if (!faces.every((face) => face.has(point))) return false;
      checked.add(point);
    }
  }
  return true;
}
