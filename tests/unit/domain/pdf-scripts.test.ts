/**
 * The PDF writer's handling of text beyond DejaVu: which face sets which character, the order of
 * right-to-left runs on a line, Arabic joining, and which Fontsource slices a document loads.
 * tests/e2e/minutes-pdf-scripts.spec.ts reads the files back with poppler.
 */
import { describe, expect, it } from 'vitest';
import { levels, visualOrder, visualRunOrder } from '../../../renderer/pdf/bidi';
import { segments } from '../../../renderer/pdf/fallback';
import { parseUnicodeRange } from '../../../renderer/pdf/unicode-range';
import { Measure, wrap } from '../../../renderer/pdf/wrap';
import { dejavu, facesFor, fallbackFiles } from './pdf-faces';

/** Segments by face name: each Fontsource slice is a face of its own, so neighbours of one family are joined. */
function names(parts: ReturnType<typeof segments>): [string, string][] {
  const out: [string, string][] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last?.[0] === part.face.name) last[1] += part.text;
    else out.push([part.face.name, part.text]);
  }
  return out;
}

describe('which face sets which character', () => {
  it('keeps Latin text in DejaVu and sends Chinese, Arabic, Hebrew and emoji to their Noto face', async () => {
    const text = 'Plan 市场 und التسويق, שיווק 👍🏽!';
    const faces = await facesFor([text]);
    expect(names(segments(text, faces.regular, faces.fallbacks ?? []))).toEqual([
      ['DejaVuSans', 'Plan '],
      ['NotoSansSC-Regular', '市场'],
      ['DejaVuSans', ' und '],
      ['NotoSansArabic-Regular', 'التسويق'],
      ['DejaVuSans', ', '],
      ['NotoSansHebrew-Regular', 'שיווק'],
      ['DejaVuSans', ' '],
      // The skin-tone modifier stays with its emoji, so the two are shaped as one.
      ['NotoEmoji-Regular', '👍🏽'],
      ['DejaVuSans', '!'],
    ]);
  });

  it('loads only the slices holding the characters, none for Latin text', async () => {
    expect(await fallbackFiles(['Größere Übergabe ✓ €'])).toEqual([]);
    const files = (await fallbackFiles(['市场 👍'])).map((file) => file.split('/').pop());
    expect(files.length).toBeLessThanOrEqual(3);
    expect(files.every((file) => /^noto-(sans-sc|emoji)-\d+-400-normal\.woff$/.test(file ?? ''))).toBe(true);
  });

  it('reads CSS unicode ranges, single code points and wildcards', () => {
    expect(parseUnicodeRange('U+0600-06FF, U+200C,U+4??')).toEqual([
      [0x0600, 0x06ff],
      [0x200c, 0x200c],
      [0x400, 0x4ff],
    ]);
  });
});

describe('right-to-left order on a line', () => {
  it('gives Hebrew and Arabic level 1, numbers inside them level 2, and Latin level 0', () => {
    const chars = [...'Plan שיווק 2026 גדול.'];
    const got = levels(chars).join('');
    //               P l a n _ ש י ו ו ק _ 2 0 2 6 _ ג ד ו ל .
    expect(got).toBe('00000111111222211111' + '0');
  });

  it('keeps a number at the start of a line and the space after Latin text left to right', () => {
    expect(levels([...'12 שלום']).join('')).toBe('0001111');
  });

  it('reverses runs from the highest level down', () => {
    // L R N R L → the right-to-left runs 1..3 swap; a level-2 run inside stays in place within them.
    expect(visualRunOrder([0, 1, 2, 1, 0])).toEqual([0, 3, 2, 1, 4]);
    expect(visualRunOrder([0, 0])).toEqual([0, 1]);
  });

  it('sets a right-to-left run right to left and a number inside it left to right', async () => {
    const text = 'Plan שיווק 2026 גדול';
    const faces = await facesFor([text]);
    const measure = new Measure(faces);
    const [line] = wrap([{ text, face: 'regular' }], 10, 500, measure);
    const pieces = (line ?? []).map(({ text: piece, rtl }) => [piece, rtl === true]);
    expect(pieces).toEqual([
      ['Plan ', false],
      [' גדול', true],
      ['2026', false],
      ['שיווק ', true],
    ]);
    // Placed one after the other from the line's start.
    const [first, second] = line ?? [];
    expect(second?.x).toBeCloseTo((first?.x ?? 0) + measure.width('Plan ', 'regular', 10));
  });

  it('leaves a line without right-to-left text as it is', () => {
    const measure = new Measure(dejavu);
    const line = [{ text: 'Plain text', face: 'regular' as const, x: 0 }];
    expect(visualOrder(line, 10, measure)).toBe(line);
  });

  it('keeps every word of a right-to-left paragraph wrapped over lines, each line in its own order', async () => {
    const words = 'קבוצת השיווק תבדוק את המספרים של הרבעון הבא לפני הפגישה'.split(' ');
    const text = words.join(' ');
    const measure = new Measure(await facesFor([text]));
    const lines = wrap([{ text, face: 'regular' }], 10, 120, measure);
    expect(lines.length).toBeGreaterThan(1);
    // Read right to left, each line gives its words in logical order, and the lines follow each other.
    const read = lines.map((line) =>
      [...line]
        .reverse()
        .map((piece) => piece.text)
        .join(' ')
        .split(/\s+/)
        .filter(Boolean),
    );
    expect(read.flat()).toEqual(words);
  });
});

describe('Arabic joining', () => {
  it('sets the joining forms and the lam-alef of the face, with the dots placed as marks', async () => {
    const text = 'في الشركات';
    const faces = await facesFor([text]);
    const arabic = faces.fallbacks?.find((face) => face.name === 'NotoSansArabic-Regular');
    if (!arabic) throw new Error('no Arabic face');
    const glyphs = arabic.glyphRun('في');
    // Feh initial and yeh final, each with its dots as a mark that moves the pen by nothing.
    expect(glyphs.map((glyph) => glyph.text)).toEqual(['ف', '', 'ي', '']);
    const marks = glyphs.filter((glyph) => glyph.text === '');
    for (const mark of marks) expect(mark.advance).toBe(0);
    // The contextual forms differ from the isolated letters: the word is narrower than its letters apart.
    expect(arabic.width('في', 1000)).toBeLessThan(arabic.width('ف', 1000) + arabic.width('ي', 1000));
  });
});
