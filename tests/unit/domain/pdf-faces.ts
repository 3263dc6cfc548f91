/**
 * The PDF writer's faces in Node, chosen the way renderer/features/export/pdf-fonts.ts chooses
 * them in the app: DejaVu Sans and Bold, and for text DejaVu cannot set the Noto slices (Fontsource
 * WOFF files) whose `unicode.json` ranges hold its characters, read from node_modules.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  chooseFallbacks,
  fallbackCodePoints,
  PdfFace,
  slicesOf,
  type Faces,
  type Slice,
} from '../../../renderer/domain/minutes/pdf';

const MODULES = path.resolve('node_modules');
const DEJAVU = path.join(MODULES, 'dejavu-fonts-ttf', 'ttf');

/** As in pdf-fonts.ts: the order fallbacks are asked in. */
export const FALLBACK_FAMILIES = [
  'noto-sans-arabic',
  'noto-sans-hebrew',
  'noto-sans-sc',
  'noto-emoji',
] as const;

export const dejavu: Faces = {
  regular: new PdfFace(readFileSync(path.join(DEJAVU, 'DejaVuSans.ttf'))),
  bold: new PdfFace(readFileSync(path.join(DEJAVU, 'DejaVuSans-Bold.ttf'))),
};

const slices = FALLBACK_FAMILIES.flatMap((family) =>
  slicesOf(
    family,
    JSON.parse(readFileSync(path.join(MODULES, '@fontsource', family, 'unicode.json'), 'utf8')) as Record<
      string,
      string
    >,
  ),
);
const loaded = new Map<Slice, { file: string; face: PdfFace }>();

function load(slice: Slice): { file: string; face: PdfFace } {
  let entry = loaded.get(slice);
  if (!entry) {
    const file = path.join(
      MODULES,
      '@fontsource',
      slice.family,
      'files',
      `${slice.family}-${slice.name}-400-normal.woff`,
    );
    entry = { file, face: new PdfFace(readFileSync(file), true) };
    loaded.set(slice, entry);
  }
  return entry;
}

/** DejaVu with the fallback faces `texts` need, as pdf-fonts.ts chooses them. */
export async function facesFor(texts: Iterable<string>): Promise<Faces> {
  const wanted = fallbackCodePoints(texts, dejavu);
  if (wanted.size === 0) return dejavu;
  const fallbacks = await chooseFallbacks(wanted, slices, async (slice) => load(slice).face);
  return { ...dejavu, fallbacks };
}

/** The font files of the fallback faces `texts` need. */
export async function fallbackFiles(texts: Iterable<string>): Promise<string[]> {
  const faces = await facesFor(texts);
  return (faces.fallbacks ?? []).map(
    (face) => [...loaded.values()].find((entry) => entry.face === face)?.file ?? '',
  );
}
