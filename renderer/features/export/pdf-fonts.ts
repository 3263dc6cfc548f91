/**
 * The faces the PDF minutes are set in: DejaVu Sans and DejaVu Sans Bold (Bitstream Vera licence,
 * see build/licenses/), inlined into this on-demand chunk so making a PDF needs no request the
 * app's Content-Security-Policy would have to allow. Read once per session, on the first PDF.
 */
import regular from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?inline';
import bold from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?inline';
import { PdfFace, type Faces } from '../../domain/minutes/pdf';

/** The bytes of a `data:…;base64,` URL. */
function bytesOf(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

let faces: Faces | undefined;

export function pdfFaces(): Faces {
  faces ??= { regular: new PdfFace(bytesOf(regular)), bold: new PdfFace(bytesOf(bold)) };
  return faces;
}
