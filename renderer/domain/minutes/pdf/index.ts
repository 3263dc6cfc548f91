/**
 * The minutes as a PDF file set by Tandem itself: laid out from the minutes model with the
 * bundled faces (and the fallback faces the caller loaded for their text) and written directly,
 * which takes a fraction of a second where a browser engine's print layout of a long meeting
 * takes many seconds. Minutes with text the faces cannot set faithfully (see `typesettable.ts`)
 * give `null`; the caller prints those from the HTML minutes, and the Export minutes dialog says
 * so before saving (`minutesUnsettable`).
 */
import type { Minutes } from '../model';
import { PdfFace } from '../../../pdf/font';
import { layOutMinutes } from './layout';
import { fallbackCodePoints, typesettable, unsettable } from '../../../pdf/typesettable';
import { chooseFallbacks, slicesOf, type Slice } from '../../../pdf/unicode-range';
import { minutesTexts } from './texts';
import { Measure, type Faces } from '../../../pdf/wrap';
import { writePdf } from '../../../pdf/writer';

export { chooseFallbacks, fallbackCodePoints, minutesTexts, PdfFace, slicesOf };
export type { Faces, Slice };

/** The distinct characters of the minutes the faces cannot set (none: the PDF writer sets them). */
export function minutesUnsettable(minutes: Minutes, faces: Faces): string[] {
  return unsettable(minutesTexts(minutes), faces);
}

/** The faces' vertical metrics, the larger of each: line boxes are the same in both faces. */
function vertical(faces: Faces) {
  return {
    ascent: Math.max(faces.regular.metrics.ascent, faces.bold.metrics.ascent),
    descent: Math.min(faces.regular.metrics.descent, faces.bold.metrics.descent),
  };
}

/** The minutes as PDF bytes, or `null` when they hold text the faces cannot set. */
export function minutesToPdf(
  minutes: Minutes,
  faces: Faces,
  created: string,
): Uint8Array<ArrayBuffer> | null {
  if (!typesettable(minutesTexts(minutes), faces)) return null;
  const pages = layOutMinutes(minutes, new Measure(faces), vertical(faces));
  return writePdf(pages, faces, { title: minutes.title, language: minutes.language, created });
}
