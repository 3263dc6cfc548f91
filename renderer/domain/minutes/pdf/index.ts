/**
 * The minutes as a PDF file set by Tandem itself: laid out from the minutes model with the
 * bundled faces and written directly, which takes a fraction of a second where a browser engine's
 * print layout of a long meeting takes many seconds. Minutes with text the bundled faces cannot
 * set faithfully (see `typesettable.ts`) give `null`; the caller prints those from the HTML minutes.
 */
import type { Minutes } from '../model';
import { PdfFace } from '../../../pdf/font';
import { layOutMinutes } from './layout';
import { typesettable } from '../../../pdf/typesettable';
import { minutesTexts } from './texts';
import { Measure, type Faces } from '../../../pdf/wrap';
import { writePdf } from '../../../pdf/writer';

export { PdfFace };
export type { Faces };

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
  if (!typesettable(minutesTexts(minutes), [faces.regular, faces.bold])) return null;
  const pages = layOutMinutes(minutes, new Measure(faces), vertical(faces));
  return writePdf(pages, faces, { title: minutes.title, language: minutes.language, created });
}
