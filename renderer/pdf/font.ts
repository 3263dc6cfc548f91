/**
 * A TrueType face as the PDF writer uses it: the advance width of every character (no shaping, no
 * kerning: text is set this way only in scripts that need neither, see `typesettable.ts`),
 * and per document the glyphs it used, embedded as a font subset. fontkit reads the font file and
 * writes the subset; glyphs are cached per character, so laying out hundreds of pages asks the
 * font once per distinct character.
 */
import { create, type Font } from 'fontkit';

/** fontkit's subset as it behaves: `includeGlyph` takes a glyph id and returns the glyph's id in the subset (its typings say boolean). */
interface Subset {
  includeGlyph(glyphId: number): number;
  encode(): Uint8Array;
}

/** Widths and vertical metrics in thousandths of the font size, as PDF font dictionaries hold them. */
export interface FaceMetrics {
  ascent: number;
  descent: number;
  capHeight: number;
  bbox: [number, number, number, number];
}

export class PdfFace {
  readonly name: string;
  readonly metrics: FaceMetrics;
  private readonly font: Font;
  private readonly scale: number;
  /** Code point → glyph id and width (1/1000 em); `null` when the font has no glyph for it. */
  private readonly glyphs = new Map<number, { id: number; width: number } | null>();

  constructor(bytes: Uint8Array) {
    const font = create(bytes as Buffer);
    if (!('glyphForCodePoint' in font)) throw new Error('a font collection is not a face');
    this.font = font;
    this.scale = 1000 / font.unitsPerEm;
    this.name = font.postscriptName.replace(/[^A-Za-z0-9-]/g, '');
    const { minX, minY, maxX, maxY } = font.bbox;
    this.metrics = {
      ascent: Math.round(font.ascent * this.scale),
      descent: Math.round(font.descent * this.scale),
      capHeight: Math.round((font.capHeight || font.ascent) * this.scale),
      bbox: [minX, minY, maxX, maxY].map((value) => Math.round(value * this.scale)) as FaceMetrics['bbox'],
    };
  }

  /** The glyph id and width (1/1000 em) of a code point, or `null` without a glyph. */
  glyphOf(codePoint: number): { id: number; width: number } | null {
    let glyph = this.glyphs.get(codePoint);
    if (glyph === undefined) {
      glyph = null;
      if (this.font.hasGlyphForCodePoint(codePoint)) {
        const found = this.font.glyphForCodePoint(codePoint);
        glyph = { id: found.id, width: Math.round(found.advanceWidth * this.scale) };
      }
      this.glyphs.set(codePoint, glyph);
    }
    return glyph;
  }

  /** Whether the font has a glyph for the code point. */
  has(codePoint: number): boolean {
    return this.glyphOf(codePoint) !== null;
  }

  /** The width of `text` at `size` points; characters without a glyph count as nothing. */
  width(text: string, size: number): number {
    let total = 0;
    for (let index = 0; index < text.length; index += 1) {
      const code = text.codePointAt(index) ?? 0;
      if (code > 0xffff) index += 1;
      total += this.glyphOf(code)?.width ?? 0;
    }
    return (total * size) / 1000;
  }

  /** A new, empty subset of this face, for one document. */
  newSubset(): Subset {
    return this.font.createSubset() as unknown as Subset;
  }
}

/** One document's use of a face: the glyphs it used, written as a subset with their CIDs. */
export class EmbeddedFace {
  private readonly subset: Subset;
  private readonly used = new Map<number, { cid: number; text: string; width: number }>();

  constructor(readonly face: PdfFace) {
    this.subset = face.newSubset();
  }

  /** `text` as the hexadecimal CIDs of a PDF string, adding its glyphs to the subset. */
  encode(text: string): string {
    let hex = '';
    for (let index = 0; index < text.length; index += 1) {
      const code = text.codePointAt(index) ?? 0;
      if (code > 0xffff) index += 1;
      const glyph = this.face.glyphOf(code);
      if (!glyph) continue;
      let entry = this.used.get(glyph.id);
      if (!entry) {
        const cid = this.subset.includeGlyph(glyph.id);
        entry = { cid, text: String.fromCodePoint(code), width: glyph.width };
        this.used.set(glyph.id, entry);
      }
      hex += entry.cid.toString(16).padStart(4, '0');
    }
    return hex;
  }

  /** The glyphs used: CID, the text it stands for (ToUnicode) and its width. */
  usedGlyphs(): { cid: number; text: string; width: number }[] {
    return [...this.used.values()].sort((a, b) => a.cid - b.cid);
  }

  /** The subset of the glyphs used, as a TrueType file. */
  subsetFile(): Uint8Array {
    return this.subset.encode();
  }
}
