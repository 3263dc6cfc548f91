/**
 * A TrueType face as the PDF writer uses it, and per document the glyphs it used, embedded as a
 * font subset. fontkit reads the font file (TrueType, or WOFF 1 as Fontsource ships it) and writes
 * the subset. A face sets text one of two ways:
 * - **by character** (the primary faces): one glyph per code point from the cmap, its advance width,
 *   no kerning; glyphs are cached per character, so hundreds of pages ask the font once per
 *   distinct character;
 * - **shaped** (the fallback faces, `shapes: true`): fontkit's shaper applies the face's GSUB
 *   substitutions (Arabic joining forms and the lam-alef ligature, emoji sequences) per piece of
 *   text, and its GPOS positioning (the dots and vowel marks Noto Sans Arabic places as marks on a
 *   dotless letter, kerning).
 */
import { create, type Font } from 'fontkit';

/** fontkit's subset as it behaves: `includeGlyph` takes a glyph id and returns the glyph's id in the subset (its typings say boolean). */
interface Subset {
  includeGlyph(glyphId: number): number;
  encode(): Uint8Array;
}

/**
 * A glyph as drawn, in 1/1000 em: its id in the face, its width in the face, the text it stands
 * for, and where the shaper put it — moved by `dx`, `dy` from the pen, which then moves `advance`
 * (its width but for kerning; nothing for a mark set on the letter before it).
 */
export interface Glyph {
  id: number;
  width: number;
  text: string;
  advance: number;
  dx: number;
  dy: number;
}

/** Widths and vertical metrics in thousandths of the font size, as PDF font dictionaries hold them. */
export interface FaceMetrics {
  ascent: number;
  descent: number;
  capHeight: number;
  bbox: [number, number, number, number];
}

/**
 * fontkit caches one glyph object per glyph id with the code points it was first made for, so a
 * glyph shared by several letters (the dotless form of beh, teh and yeh) would tell every later
 * use the first letter. This face's glyphs are handed out as views on the cached glyph that carry
 * the code points of this use.
 */
function keepCodePoints(font: Font): void {
  const cached = font.getGlyph.bind(font);
  font.getGlyph = (glyphId, codePoints = []) => {
    const glyph = cached(glyphId, codePoints);
    return Object.create(glyph, { codePoints: { value: [...codePoints] } }) as typeof glyph;
  };
}

export class PdfFace {
  readonly name: string;
  readonly metrics: FaceMetrics;
  private readonly font: Font;
  private readonly scale: number;
  /** Code point → glyph id and width (1/1000 em); `null` when the font has no glyph for it. */
  private readonly glyphs = new Map<number, { id: number; width: number } | null>();
  /** Shaped glyphs of a text, in logical order (shaping faces only). */
  private readonly shaped = new Map<string, Glyph[]>();

  constructor(
    bytes: Uint8Array,
    /** Whether text is shaped with the face's substitutions rather than set by character. */
    readonly shapes = false,
  ) {
    const font = create(bytes as Buffer);
    if (!('glyphForCodePoint' in font)) throw new Error('a font collection is not a face');
    this.font = font;
    if (shapes) keepCodePoints(font);
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
    if (this.shapes)
      return (this.glyphRun(text).reduce((sum, glyph) => sum + glyph.advance, 0) * size) / 1000;
    let total = 0;
    for (let index = 0; index < text.length; index += 1) {
      const code = text.codePointAt(index) ?? 0;
      if (code > 0xffff) index += 1;
      total += this.glyphOf(code)?.width ?? 0;
    }
    return (total * size) / 1000;
  }

  /**
   * The glyphs that set `text`, in logical order (fontkit gives right-to-left runs in visual
   * order; they are turned back, and the line's bidi order reverses them again when drawn).
   */
  glyphRun(text: string): Glyph[] {
    if (!this.shapes) {
      const glyphs: Glyph[] = [];
      for (const char of text) {
        const glyph = this.glyphOf(char.codePointAt(0) ?? 0);
        if (glyph) glyphs.push({ ...glyph, text: char, advance: glyph.width, dx: 0, dy: 0 });
      }
      return glyphs;
    }
    let glyphs = this.shaped.get(text);
    if (!glyphs) {
      const run = this.font.layout(text);
      const scaled = (value: number | undefined) => Math.round((value ?? 0) * this.scale);
      glyphs = run.glyphs
        .map((glyph, index) => ({ glyph, position: run.positions[index] }))
        .filter(({ glyph }) => glyph.id !== 0)
        .map(({ glyph, position }) => ({
          id: glyph.id,
          width: scaled(glyph.advanceWidth),
          text: String.fromCodePoint(...glyph.codePoints),
          advance: scaled(position?.xAdvance),
          dx: scaled(position?.xOffset),
          dy: scaled(position?.yOffset),
        }));
      if (run.direction === 'rtl') glyphs.reverse();
      this.shaped.set(text, glyphs);
    }
    return glyphs;
  }

  /** A new, empty subset of this face, for one document. */
  newSubset(): Subset {
    return this.font.createSubset() as unknown as Subset;
  }
}

/** A used glyph: its CID in the document, its glyph id in the subset, its text and width. */
export interface UsedGlyph {
  cid: number;
  gid: number;
  text: string;
  width: number;
}

/**
 * CIDs from here on stand for a glyph already used with another text: a shaper draws beh, teh
 * and yeh in the middle of a word with one dotless glyph (the dots are glyphs of their own), and
 * each needs its own ToUnicode entry for the text to be copied back right.
 */
const ALIAS_CIDS = 0xf000;

/**
 * One document's use of a face: the glyphs it used, written as a subset. A glyph's CID is its id
 * in the subset (CIDToGIDMap /Identity) unless it stands for more than one text (see ALIAS_CIDS).
 */
export class EmbeddedFace {
  private readonly subset: Subset;
  /** By glyph id and text. */
  private readonly used = new Map<string, UsedGlyph>();
  /** Subset glyph id by glyph id. */
  private readonly gids = new Map<number, number>();
  private aliases = 0;

  constructor(readonly face: PdfFace) {
    this.subset = face.newSubset();
  }

  /** `text` as the hexadecimal CIDs of a PDF string, adding its glyphs to the subset. */
  encode(text: string): string {
    return this.encodeGlyphs(this.face.glyphRun(text));
  }

  /** Glyphs of the face as the hexadecimal CIDs of a PDF string, adding them to the subset. */
  encodeGlyphs(glyphs: readonly Glyph[]): string {
    let hex = '';
    for (const glyph of glyphs) {
      const key = `${glyph.id}:${glyph.text}`;
      let entry = this.used.get(key);
      if (!entry) {
        let gid = this.gids.get(glyph.id);
        let cid: number;
        if (gid === undefined) {
          gid = this.subset.includeGlyph(glyph.id);
          this.gids.set(glyph.id, gid);
          cid = gid;
        } else cid = ALIAS_CIDS + this.aliases++;
        entry = { cid, gid, text: glyph.text, width: glyph.width };
        this.used.set(key, entry);
      }
      hex += entry.cid.toString(16).padStart(4, '0');
    }
    return hex;
  }

  /** The glyphs used: CID, the text it stands for (ToUnicode) and its width. */
  usedGlyphs(): UsedGlyph[] {
    return [...this.used.values()].sort((a, b) => a.cid - b.cid);
  }

  /** The CIDToGIDMap stream (two bytes per CID), or `null` when every CID is its glyph id. */
  cidToGidMap(): Uint8Array | null {
    if (this.aliases === 0) return null;
    const map = new Uint8Array((ALIAS_CIDS + this.aliases) * 2);
    for (const { cid, gid } of this.used.values()) {
      map[cid * 2] = gid >> 8;
      map[cid * 2 + 1] = gid & 0xff;
    }
    return map;
  }

  /** The subset of the glyphs used, as a TrueType file. */
  subsetFile(): Uint8Array {
    return this.subset.encode();
  }
}
