/**
 * The colours of the trend charts, the same on screen, in an exported SVG or PNG and in the minutes:
 * Marketing blue and Sales orange as everywhere in Tandem, the others chosen to stay apart for
 * common colour-vision deficiencies (and every chart has its table besides).
 */
const COLOURS: Readonly<Record<string, string>> = {
  content: '#0b5cad',
  relationship: '#c2410c',
  marketing: '#0b5cad',
  sales: '#c2410c',
  bothSigned: '#2f7d4f',
  ledgerKept: '#6b4fa3',
  cascadeOnTime: '#0f766e',
  checkInMood: '#0b5cad',
  checkOutWorthTime: '#2f7d4f',
  checkOutHeard: '#c2410c',
};

/** The colour of a chart line by its series key. */
export function colourOf(seriesKey: string): string {
  return COLOURS[seriesKey] ?? '#4a5866';
}

/** Ink for axes and labels. */
export const CHART_INK = '#14202b';
export const CHART_GRID = '#d5dbe1';
