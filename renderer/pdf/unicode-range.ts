/**
 * Fontsource splits a font into slices by Unicode range, as Google Fonts serves it, and lists the
 * ranges in its `unicode.json` (CSS `unicode-range` syntax). This picks the slices a document
 * needs, so a few Chinese words load two or three slices of Noto Sans SC, not all hundred. A
 * slice's range promises more than its glyphs hold (Noto Sans Arabic's "symbols" slice claims
 * emoji it has no glyph for), so each slice is asked, once loaded, whether it has the character.
 */
import type { PdfFace } from './font';

/** One slice of a family: its name in `unicode.json` (`"[4]"` → `"4"`, `"arabic"`) and its ranges. */
export interface Slice {
  family: string;
  name: string;
  ranges: readonly (readonly [number, number])[];
}

/** A CSS `unicode-range` value (`U+0600-06FF,U+200C`) as inclusive ranges of code points. */
export function parseUnicodeRange(value: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const part of value.split(',')) {
    const match = /^\s*U\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!match?.[1]) continue;
    const [from, to] = match[1].includes('?')
      ? [match[1].replace(/\?/g, '0'), match[1].replace(/\?/g, 'f')]
      : [match[1], match[2] ?? match[1]];
    ranges.push([parseInt(from, 16), parseInt(to, 16)]);
  }
  return ranges;
}

/** The slices of a family's `unicode.json`, in its order. */
export function slicesOf(family: string, table: Readonly<Record<string, string>>): Slice[] {
  return Object.entries(table).map(([key, value]) => ({
    family,
    name: key.replace(/^\[(\d+)\]$/, '$1'),
    ranges: parseUnicodeRange(value),
  }));
}

/**
 * The faces that set the wanted code points, in the order of `slices`: for each code point the
 * first slice whose range holds it and whose face has a glyph for it (`load` is asked for each
 * slice tried; it should keep what it loaded). A code point no slice has is left out.
 */
export async function chooseFallbacks(
  wanted: ReadonlySet<number>,
  slices: readonly Slice[],
  load: (slice: Slice) => Promise<PdfFace>,
): Promise<PdfFace[]> {
  const chosen = new Map<Slice, PdfFace>();
  for (const code of [...wanted].sort((a, b) => a - b)) {
    if ([...chosen.values()].some((face) => face.has(code))) continue;
    for (const slice of slices) {
      if (!slice.ranges.some(([from, to]) => code >= from && code <= to)) continue;
      const face = chosen.get(slice) ?? (await load(slice));
      if (!face.has(code)) continue;
      chosen.set(slice, face);
      break;
    }
  }
  return slices.flatMap((slice) => {
    const face = chosen.get(slice);
    return face ? [face] : [];
  });
}
