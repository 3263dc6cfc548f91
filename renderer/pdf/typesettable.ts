/**
 * Whether the PDF writer can set a text faithfully, and if not, which characters it cannot set.
 * A character can be set when a face of the document has a glyph for it (`faceFor`: the primary
 * faces, then the fallback faces) and its script needs nothing the writer does not do:
 * - set: Latin, Greek, Cyrillic and their symbols (DejaVu); Chinese (Noto Sans SC); Hebrew and
 *   Arabic with right-to-left order and, for Arabic, the joining forms and lam-alef ligature of
 *   the face's substitutions (Noto Sans Hebrew, Noto Sans Arabic); emoji in outline (Noto Emoji);
 *   zero-width joiners, variation selectors and directional marks, which set nothing themselves;
 * - not set: scripts that need shaping or reordering the writer does not do (the Indic and
 *   South-East Asian scripts, Syriac, Thaana, N'Ko…), combining marks on Latin text (they need
 *   positioning), explicit bidirectional embeddings and isolates, control characters, and any
 *   character no face has.
 */
import { faceFor } from './fallback';
import type { Faces } from './wrap';

/** Code point ranges of scripts and marks the writer cannot set faithfully. */
const COMPLEX: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f], // combining diacritical marks (left after NFC)
  [0x0483, 0x0489], // combining Cyrillic marks
  [0x0700, 0x086f], // Syriac, Thaana, N'Ko, Samaritan, Mandaic
  [0x0900, 0x0dff], // Indic scripts, Sinhala
  [0x0e00, 0x0fff], // Thai, Lao, Tibetan
  [0x1000, 0x109f], // Myanmar
  [0x1780, 0x18af], // Khmer, Mongolian
  [0x1ab0, 0x1aff], // combining marks extended
  [0x1dc0, 0x1dff], // combining marks supplement
  [0x202a, 0x202e], // bidirectional embeddings and overrides
  [0x2066, 0x2069], // bidirectional isolates
  [0x20d0, 0x20e2], // combining marks for symbols (the keycap, U+20E3, is an emoji's)
  [0x20e4, 0x20ff],
  [0xfe20, 0xfe2f], // combining half marks
];

/** Characters that set nothing and need no glyph: zero-width space and joiners, directional marks, variation selectors, BOM. */
function ignorable(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) ||
    code === 0x2060 ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    code === 0xfeff
  );
}

function complex(code: number): boolean {
  return COMPLEX.some(([from, to]) => code >= from && code <= to);
}

/** Whether the document's faces set the character (in both weights). */
function settable(code: number, faces: Faces): boolean {
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return false;
  if (ignorable(code)) return true;
  if (complex(code)) return false;
  const fallbacks = faces.fallbacks ?? [];
  return faceFor(code, faces.regular, fallbacks) !== null && faceFor(code, faces.bold, fallbacks) !== null;
}

/** The distinct characters of `texts` the faces cannot set, in the order they first occur (none: the writer sets it all). */
export function unsettable(texts: Iterable<string>, faces: Faces): string[] {
  const checked = new Set<number>();
  const refused: string[] = [];
  for (const text of texts) {
    for (const char of text) {
      const code = char.codePointAt(0) ?? 0;
      if ((code < 0x7f && code >= 0x20) || code === 0x0a || code === 0x0d || code === 0x09) continue;
      if (checked.has(code)) continue;
      checked.add(code);
      if (!settable(code, faces)) refused.push(char);
    }
  }
  return refused;
}

/** Whether every character of `texts` can be set with `faces` (line breaks and tabs count as space). */
export function typesettable(texts: Iterable<string>, faces: Faces): boolean {
  return unsettable(texts, faces).length === 0;
}

/**
 * The code points of `texts` the primary faces leave to a fallback face: what decides which
 * fallback fonts (and which of their slices) a document loads.
 */
export function fallbackCodePoints(texts: Iterable<string>, faces: Faces): Set<number> {
  const wanted = new Set<number>();
  for (const text of texts)
    for (const char of text) {
      const code = char.codePointAt(0) ?? 0;
      if (code < 0x7f || wanted.has(code) || ignorable(code) || complex(code)) continue;
      if (faceFor(code, faces.regular, []) === null || faceFor(code, faces.bold, []) === null)
        wanted.add(code);
    }
  return wanted;
}
