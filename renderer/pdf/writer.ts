/**
 * Laid-out pages written as a PDF 1.7 file: one content stream per page (Flate-compressed with
 * fflate), each face embedded as a TrueType subset of the glyphs the document uses (a Type 0 font
 * with Identity-H encoding, its widths, and a ToUnicode map so the text can be searched, copied and
 * read aloud), the title and language in the document's information and catalogue. A piece of text
 * is drawn in as many faces as `segments` gives it (a fallback face is embedded only once a page
 * uses it); a right-to-left piece is drawn with its glyphs reversed.
 */
import { zlibSync } from 'fflate';
import { segments } from './fallback';
import { EmbeddedFace, type Glyph, type PdfFace } from './font';
import { PAGE, type Op } from './page';
import type { FaceName, Faces } from './wrap';

const encoder = new TextEncoder();

/** A number as PDF writes it: at most two decimals, no exponent. */
function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Text as a PDF text string in UTF-16BE hex, which holds every character. */
function textString(text: string): string {
  let hex = 'FEFF';
  for (let index = 0; index < text.length; index += 1)
    hex += text.charCodeAt(index).toString(16).padStart(4, '0');
  return `<${hex}>`;
}

/** The PDF objects of a file, numbered from 1, with their byte offsets for the cross-reference table. */
class PdfFile {
  private readonly chunks: Uint8Array[] = [];
  private length = 0;
  private readonly offsets: number[] = [];
  private next = 1;

  constructor() {
    // The binary comment tells transfer programs the file is binary.
    this.write('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n', true);
  }

  private write(text: string | Uint8Array, latin1 = false): void {
    const bytes =
      typeof text !== 'string'
        ? text
        : latin1
          ? Uint8Array.from(text, (char) => char.charCodeAt(0))
          : encoder.encode(text);
    this.chunks.push(bytes);
    this.length += bytes.length;
  }

  /** Reserves an object number, for objects that refer to each other. */
  reserve(): number {
    return this.next++;
  }

  object(id: number, body: string): void {
    this.offsets[id] = this.length;
    this.write(`${id} 0 obj\n${body}\nendobj\n`);
  }

  stream(id: number, dictionary: string, data: Uint8Array): void {
    const packed = zlibSync(data, { level: 6 });
    this.offsets[id] = this.length;
    const entries = dictionary === '' ? '' : `${dictionary} `;
    this.write(`${id} 0 obj\n<< ${entries}/Length ${packed.length} /Filter /FlateDecode >>\nstream\n`);
    this.write(packed);
    this.write('\nendstream\nendobj\n');
  }

  finish(root: number, info: number): Uint8Array<ArrayBuffer> {
    const start = this.length;
    const count = this.next;
    let table = `xref\n0 ${count}\n0000000000 65535 f \n`;
    for (let id = 1; id < count; id += 1)
      table += `${String(this.offsets[id] ?? 0).padStart(10, '0')} 00000 n \n`;
    this.write(
      `${table}trailer\n<< /Size ${count} /Root ${root} 0 R /Info ${info} 0 R >>\nstartxref\n${start}\n%%EOF\n`,
    );
    const file = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      file.set(chunk, at);
      at += chunk.length;
    }
    return file;
  }
}

interface DocumentFont {
  resource: string;
  embedded: EmbeddedFace;
  id: number;
}

/** The fonts of a document: the two primary faces, and each fallback face once it is used. */
class DocumentFonts {
  readonly primary: Record<FaceName, DocumentFont>;
  private readonly fallbacks = new Map<PdfFace, DocumentFont>();

  constructor(
    private readonly file: PdfFile,
    readonly faces: Faces,
  ) {
    this.primary = {
      regular: { resource: 'F1', embedded: new EmbeddedFace(faces.regular), id: file.reserve() },
      bold: { resource: 'F2', embedded: new EmbeddedFace(faces.bold), id: file.reserve() },
    };
  }

  fontOf(face: PdfFace, name: FaceName): DocumentFont {
    if (face === this.faces[name]) return this.primary[name];
    let font = this.fallbacks.get(face);
    if (!font) {
      const resource = `F${3 + this.fallbacks.size}`;
      font = { resource, embedded: new EmbeddedFace(face), id: this.file.reserve() };
      this.fallbacks.set(face, font);
    }
    return font;
  }

  /** A page's resources: every font used so far (PDF readers ignore those a page does not draw). */
  resources(): string {
    const fonts = [this.primary.regular, this.primary.bold, ...this.fallbacks.values()];
    return `<< /Font << ${fonts.map((font) => `/${font.resource} ${font.id} 0 R`).join(' ')} >> >>`;
  }

  embedAll(): void {
    [this.primary.regular, this.primary.bold, ...this.fallbacks.values()].forEach((font, index) =>
      embedFont(this.file, font.id, font.embedded, index),
    );
  }
}

/** A text's glyphs per face, in the order they are drawn, left to right. */
function drawnParts(op: Extract<Op, { kind: 'text' }>, faces: Faces): { face: PdfFace; glyphs: Glyph[] }[] {
  const parts = segments(op.text, faces[op.face], faces.fallbacks ?? []).map((segment) => ({
    face: segment.face,
    glyphs: segment.face.glyphRun(segment.text),
  }));
  if (!op.rtl) return parts;
  return parts.reverse().map((part) => ({ face: part.face, glyphs: [...part.glyphs].reverse() }));
}

/**
 * Glyphs shown from the pen: one string when each glyph moves the pen by its width, otherwise a
 * TJ array that moves each by the shaper's offset and advance (in thousandths of the size, as TJ
 * counts them) and raises the marks the shaper raised (`Ts`).
 */
function show(embedded: EmbeddedFace, glyphs: readonly Glyph[], size: number): string {
  if (glyphs.every((glyph) => glyph.advance === glyph.width && glyph.dx === 0 && glyph.dy === 0))
    return `<${embedded.encodeGlyphs(glyphs)}> Tj`;
  const out: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (items.length > 0) out.push(`[${items.join(' ')}] TJ`);
    items = [];
  };
  for (const glyph of glyphs) {
    if (glyph.dy !== 0) {
      flush();
      out.push(`${num((glyph.dy * size) / 1000)} Ts`);
    }
    if (glyph.dx !== 0) items.push(String(-glyph.dx));
    items.push(`<${embedded.encodeGlyphs([glyph])}>`);
    const after = glyph.dx + glyph.width - glyph.advance;
    if (after !== 0) items.push(String(after));
    if (glyph.dy !== 0) {
      flush();
      out.push('0 Ts');
    }
  }
  flush();
  return out.join(' ');
}

/** A text operation: each part in its font, one after the other from the text's start. */
function textOp(op: Extract<Op, { kind: 'text' }>, fonts: DocumentFonts, y: string): string {
  const parts = drawnParts(op, fonts.faces);
  const shown = parts.length > 0 ? parts : [{ face: fonts.faces[op.face], glyphs: [] }];
  const size = num(op.size);
  const drawn = shown.map((part, index) => {
    const font = fonts.fontOf(part.face, op.face);
    const at = index === 0 ? ` ${num(op.x)} ${y} Td` : '';
    return `/${font.resource} ${size} Tf${at} ${show(font.embedded, part.glyphs, op.size)}`;
  });
  return `BT ${num(op.gray)} g ${drawn.join(' ')} ET`;
}

/** The page's drawing operations as a content stream; y turned upwards from the page's bottom. */
function content(ops: readonly Op[], fonts: DocumentFonts): string {
  const out: string[] = [];
  const y = (top: number) => num(PAGE.height - top);
  for (const op of ops) {
    switch (op.kind) {
      case 'text':
        out.push(textOp(op, fonts, y(op.baseline)));
        break;
      case 'line':
        out.push(
          `${num(op.width)} w ${num(op.gray)} G ${num(op.x1)} ${y(op.y1)} m ${num(op.x2)} ${y(op.y2)} l S`,
        );
        break;
      case 'fill':
        out.push(
          `${num(op.gray)} g ${num(op.x)} ${y(op.y + op.height)} ${num(op.width)} ${num(op.height)} re f`,
        );
        break;
      case 'frame':
        out.push(
          `${num(op.lineWidth)} w ${num(op.gray)} G ${num(op.x)} ${y(op.y + op.height)} ${num(op.width)} ${num(op.height)} re S`,
        );
        break;
    }
  }
  return out.join('\n');
}

/** The ToUnicode map of the used glyphs: CID → the text it shows. */
function toUnicode(glyphs: ReturnType<EmbeddedFace['usedGlyphs']>): string {
  const hex = (text: string) =>
    Array.from({ length: text.length }, (_, index) =>
      text.charCodeAt(index).toString(16).padStart(4, '0'),
    ).join('');
  const lines: string[] = [];
  // A glyph that stands for no text of its own (the dot a shaper split from an Arabic letter) has no entry.
  const mapped = glyphs.filter((glyph) => glyph.text !== '');
  for (let at = 0; at < mapped.length; at += 100) {
    const part = mapped.slice(at, at + 100);
    lines.push(`${part.length} beginbfchar`);
    for (const glyph of part) lines.push(`<${glyph.cid.toString(16).padStart(4, '0')}> <${hex(glyph.text)}>`);
    lines.push('endbfchar');
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...lines,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** A tag for the subset's name (six capitals, as the PDF specification asks), from its face's name. */
function subsetTag(face: PdfFace, index: number): string {
  let hash = index + 7;
  for (const char of face.name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  let tag = '';
  for (let n = 0; n < 6; n += 1) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26) + n * 7;
  }
  return tag;
}

function embedFont(file: PdfFile, id: number, embedded: EmbeddedFace, index: number): void {
  const { face } = embedded;
  const name = `${subsetTag(face, index)}+${face.name}`;
  const [descendant, descriptor, fontFile, unicode] = [
    file.reserve(),
    file.reserve(),
    file.reserve(),
    file.reserve(),
  ];
  const aliases = embedded.cidToGidMap();
  let cidToGid = '/Identity';
  if (aliases) {
    const map = file.reserve();
    file.stream(map, '', aliases);
    cidToGid = `${map} 0 R`;
  }
  const glyphs = embedded.usedGlyphs();
  const subset = embedded.subsetFile();
  file.stream(fontFile, `/Length1 ${subset.length}`, subset);
  const { ascent, descent, capHeight, bbox } = face.metrics;
  file.object(
    descriptor,
    `<< /Type /FontDescriptor /FontName /${name} /Flags 32 /FontBBox [${bbox.join(' ')}] /ItalicAngle 0 /Ascent ${ascent} /Descent ${descent} /CapHeight ${capHeight} /StemV 80 /FontFile2 ${fontFile} 0 R >>`,
  );
  const widths = glyphs.map((glyph) => `${glyph.cid} [${glyph.width}]`).join(' ');
  file.object(
    descendant,
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /W [${widths}] /CIDToGIDMap ${cidToGid} >>`,
  );
  file.stream(unicode, '', encoder.encode(toUnicode(glyphs)));
  file.object(
    id,
    `<< /Type /Font /Subtype /Type0 /BaseFont /${name} /Encoding /Identity-H /DescendantFonts [${descendant} 0 R] /ToUnicode ${unicode} 0 R >>`,
  );
}

export interface PdfInfo {
  title: string;
  language: string;
  /** ISO time of making, for the document's information. */
  created: string;
}

/** Timestamps as PDF dates (D:YYYYMMDDHHmmSSZ). */
function pdfDate(iso: string): string {
  const date = new Date(iso);
  const time = Number.isNaN(date.getTime()) ? new Date(0) : date;
  return `(D:${time.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z)`;
}

/** The pages as a PDF file. */
export function writePdf(
  pages: readonly (readonly Op[])[],
  faces: Faces,
  info: PdfInfo,
): Uint8Array<ArrayBuffer> {
  const file = new PdfFile();
  const catalog = file.reserve();
  const tree = file.reserve();
  const infoId = file.reserve();
  const fonts = new DocumentFonts(file, faces);
  const kids: number[] = [];
  for (const ops of pages) {
    const page = file.reserve();
    const stream = file.reserve();
    file.stream(stream, '', encoder.encode(content(ops, fonts)));
    file.object(
      page,
      `<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 ${num(PAGE.width)} ${num(PAGE.height)}] /Resources ${fonts.resources()} /Contents ${stream} 0 R >>`,
    );
    kids.push(page);
  }
  fonts.embedAll();
  file.object(
    tree,
    `<< /Type /Pages /Kids [${kids.map((kid) => `${kid} 0 R`).join(' ')}] /Count ${kids.length} >>`,
  );
  file.object(
    catalog,
    `<< /Type /Catalog /Pages ${tree} 0 R /Lang ${textString(info.language)} /ViewerPreferences << /DisplayDocTitle true >> >>`,
  );
  file.object(
    infoId,
    `<< /Title ${textString(info.title)} /Producer ${textString('Tandem')} /CreationDate ${pdfDate(info.created)} >>`,
  );
  return file.finish(catalog, infoId);
}
