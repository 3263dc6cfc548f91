/**
 * Reads a .docx back for the tests, the way Word would start: unzip it (a small ZIP reader over
 * node:zlib, so no system `unzip` is needed), parse each XML part with a strict XML parser (the
 * DOMParser of jsdom, which refuses anything not well-formed, so tests using this module run in the
 * jsdom environment) and give the paragraphs as plain text with their style. Nothing here trusts the
 * writer: it reads what is in the file.
 */
import { inflateRawSync } from 'node:zlib';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Every file of a ZIP archive by name, read from its central directory. */
export function unzip(bytes: Uint8Array): Map<string, Buffer> {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a ZIP archive: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let index = 0; index < count; index++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry ${index}`);
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header of ${name}`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressed);
    if (method !== 0 && method !== 8) throw new Error(`${name}: unknown compression ${method}`);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + skip;
  }
  return files;
}

/** Parses one XML part strictly; throws with the parser's message when it is not well-formed. */
export function parseXml(xml: string): Document {
  const parsed = new DOMParser().parseFromString(xml, 'application/xml');
  const error = parsed.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent ?? ''}`);
  return parsed;
}

export interface DocxParagraph {
  /** The paragraph style, e.g. "Heading1", "Title"; "" for body text. */
  style: string;
  /** The text of its runs; a line break inside the paragraph is "\n". */
  text: string;
  /** True when the paragraph sits inside a table cell. */
  inTable: boolean;
}

function paragraphText(paragraph: Element): string {
  let text = '';
  for (const node of Array.from(paragraph.getElementsByTagNameNS(W, '*'))) {
    if (node.localName === 't') text += node.textContent ?? '';
    if (node.localName === 'br') text += '\n';
  }
  return text;
}

/** The paragraphs of a part in document order. */
export function paragraphs(part: Document): DocxParagraph[] {
  return Array.from(part.getElementsByTagNameNS(W, 'p')).map((paragraph) => ({
    style: paragraph.getElementsByTagNameNS(W, 'pStyle')[0]?.getAttributeNS(W, 'val') ?? '',
    text: paragraphText(paragraph),
    inTable: paragraph.parentElement?.localName === 'tc',
  }));
}

/** The rows of every table of a part, each row as the text of its cells. */
export function tables(part: Document): string[][][] {
  return Array.from(part.getElementsByTagNameNS(W, 'tbl')).map((table) =>
    Array.from(table.getElementsByTagNameNS(W, 'tr')).map((row) =>
      Array.from(row.getElementsByTagNameNS(W, 'tc')).map((cell) =>
        Array.from(cell.getElementsByTagNameNS(W, 'p')).map(paragraphText).join('\n'),
      ),
    ),
  );
}

export interface ReadDocx {
  files: Map<string, Buffer>;
  /** A part parsed strictly, by its name in the archive. */
  xml(name: string): Document;
  document: Document;
}

/** Unzips a .docx and parses its main document. */
export function readDocx(bytes: Uint8Array): ReadDocx {
  const files = unzip(bytes);
  const xml = (name: string) => {
    const file = files.get(name);
    if (!file) throw new Error(`${name} is missing from the archive`);
    return parseXml(file.toString('utf8'));
  };
  return { files, xml, document: xml('word/document.xml') };
}
