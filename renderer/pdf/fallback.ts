/**
 * Which face sets which character: text is split into segments of one face each. A character goes
 * to the primary face (DejaVu) when it has a glyph there, else to the first fallback face that has
 * one (Noto Sans Arabic, Hebrew, SC, Noto Emoji, loaded only when such text occurs). Hebrew and
 * Arabic always go to a fallback: DejaVu has their letters but cannot join Arabic ones, and one
 * face per script keeps a word's letters alike. Joiners, variation selectors, skin-tone modifiers
 * and combining marks stay with the segment before them, so an emoji sequence or a letter with
 * its marks is shaped as one.
 */
import type { PdfFace } from './font';

export interface Segment {
  face: PdfFace;
  text: string;
}

/** Hebrew, Arabic and their presentation forms: set by a fallback face, never by the primary one. */
export function needsFallback(code: number): boolean {
  return (
    (code >= 0x0590 && code <= 0x08ff) ||
    (code >= 0xfb1d && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfefc)
  );
}

/** Characters that belong to the character before them. */
export function attaches(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) || // combining diacritical marks
    code === 0x200c || // zero-width non-joiner
    code === 0x200d || // zero-width joiner (emoji sequences)
    code === 0x20e3 || // combining enclosing keycap
    (code >= 0xfe00 && code <= 0xfe0f) || // variation selectors
    (code >= 0x1f3fb && code <= 0x1f3ff) || // skin-tone modifiers
    (code >= 0xe0020 && code <= 0xe007f) // tag characters (subdivision flags)
  );
}

/** The face that sets `code`, or `null` when none has a glyph for it. */
export function faceFor(code: number, primary: PdfFace, fallbacks: readonly PdfFace[]): PdfFace | null {
  if (!needsFallback(code) && primary.has(code)) return primary;
  return fallbacks.find((face) => face.has(code)) ?? null;
}

/**
 * `text` as segments of one face each, in logical order. A character no face has is left in the
 * current segment, where it sets nothing (`typesettable` refuses such text before it gets here).
 */
export function segments(text: string, primary: PdfFace, fallbacks: readonly PdfFace[]): Segment[] {
  if (fallbacks.length === 0) return text === '' ? [] : [{ face: primary, text }];
  const out: Segment[] = [];
  let current: Segment | undefined;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const face =
      current && attaches(code)
        ? current.face
        : (faceFor(code, primary, fallbacks) ?? current?.face ?? primary);
    if (current?.face === face) current.text += char;
    else {
      current = { face, text: char };
      out.push(current);
    }
  }
  return out;
}
