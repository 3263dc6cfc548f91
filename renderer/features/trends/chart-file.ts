/**
 * A chart as a file: the SVG the screen shows, made standalone (an XML declaration, its size and
 * colours already in attributes), or that SVG painted at twice its size into a PNG.
 */

/** The chart's SVG as a standalone file. */
export function svgFileOf(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}

/** Paints the SVG into a PNG of `scale` times its size. Rejects where the browser cannot paint it. */
export async function pngFileOf(svg: SVGSVGElement, scale = 2): Promise<Uint8Array<ArrayBuffer>> {
  const width = svg.width.baseVal.value;
  const height = svg.height.baseVal.value;
  const url = URL.createObjectURL(new Blob([svgFileOf(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((result) => (result ? resolve(result) : reject(new Error('No PNG'))), 'image/png'),
    );
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
