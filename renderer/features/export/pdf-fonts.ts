/**
 * The faces the PDF minutes are set in: DejaVu Sans and DejaVu Sans Bold (Bitstream Vera licence,
 * see build/licenses/), inlined into this on-demand chunk so making a PDF needs no request the
 * app's Content-Security-Policy would have to allow. Read once per session, on the first PDF.
 *
 * What DejaVu lacks or cannot set (Chinese, Hebrew, Arabic, emoji) comes from Noto fonts
 * (SIL Open Font License) as Fontsource publishes them: WOFF 1 files, which fontkit reads as they
 * are (WOFF 2 would need a Brotli decoder in the renderer, and fontkit cannot subset its
 * transformed glyph table), sliced by Unicode range. Only the slices holding characters of the
 * document are loaded, each from its own lazy chunk, so minutes in Latin script load none and the
 * first bundle carries none.
 */
import regular from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?inline';
import bold from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?inline';
import {
  chooseFallbacks,
  fallbackCodePoints,
  PdfFace,
  slicesOf,
  type Faces,
  type Slice,
} from '../../domain/minutes/pdf';

/** The bytes of a `data:…;base64,` URL. */
function bytesOf(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

type Load<T> = () => Promise<T>;

interface Fallback {
  family: string;
  /** The family's `unicode.json`: slice name → unicode-range. */
  ranges: Load<Record<string, string>>;
  /** The regular (400) WOFF slices, by path. */
  files: Record<string, Load<string>>;
}

/**
 * In the order they are asked for a character DejaVu lacks. Vite resolves `import.meta.glob` and
 * `import()` only from literal strings, so each family is spelled out rather than made in a loop.
 */
const FALLBACKS: readonly Fallback[] = [
  {
    family: 'noto-sans-arabic',
    ranges: async () => (await import('@fontsource/noto-sans-arabic/unicode.json')).default,
    files: import.meta.glob<string>(
      '../../../node_modules/@fontsource/noto-sans-arabic/files/*-400-normal.woff',
      { query: '?inline', import: 'default' },
    ),
  },
  {
    family: 'noto-sans-hebrew',
    ranges: async () => (await import('@fontsource/noto-sans-hebrew/unicode.json')).default,
    files: import.meta.glob<string>(
      '../../../node_modules/@fontsource/noto-sans-hebrew/files/*-400-normal.woff',
      { query: '?inline', import: 'default' },
    ),
  },
  {
    family: 'noto-sans-sc',
    ranges: async () => (await import('@fontsource/noto-sans-sc/unicode.json')).default,
    files: import.meta.glob<string>(
      '../../../node_modules/@fontsource/noto-sans-sc/files/*-400-normal.woff',
      { query: '?inline', import: 'default' },
    ),
  },
  {
    family: 'noto-emoji',
    ranges: async () => (await import('@fontsource/noto-emoji/unicode.json')).default,
    files: import.meta.glob<string>('../../../node_modules/@fontsource/noto-emoji/files/*-400-normal.woff', {
      query: '?inline',
      import: 'default',
    }),
  },
];

let primary: Faces | undefined;
/** Fallback faces by slice file, read once per session. */
const loaded = new Map<string, Promise<PdfFace>>();

function loadSlice(slice: Slice): Promise<PdfFace> {
  const fallback = FALLBACKS.find((entry) => entry.family === slice.family);
  const suffix = `/${slice.family}-${slice.name}-400-normal.woff`;
  const [path, load] = Object.entries(fallback?.files ?? {}).find(([file]) => file.endsWith(suffix)) ?? [];
  if (!path || !load) return Promise.reject(new Error(`no font file ${suffix}`));
  let face = loaded.get(path);
  if (!face) {
    face = load().then((url) => new PdfFace(bytesOf(url), true));
    loaded.set(path, face);
  }
  return face;
}

/** The faces to set `texts` in: DejaVu, and the fallback slices that hold what DejaVu cannot set. */
export async function pdfFaces(texts: Iterable<string>): Promise<Faces> {
  primary ??= { regular: new PdfFace(bytesOf(regular)), bold: new PdfFace(bytesOf(bold)) };
  const wanted = fallbackCodePoints(texts, primary);
  if (wanted.size === 0) return primary;
  const tables = await Promise.all(
    FALLBACKS.map(async (entry) => slicesOf(entry.family, await entry.ranges())),
  );
  return { ...primary, fallbacks: await chooseFallbacks(wanted, tables.flat(), loadSlice) };
}
