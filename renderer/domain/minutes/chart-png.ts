/**
 * The trend chart as a PNG for the Word minutes (Word shows no SVG without a raster fallback): the
 * bars and gridlines of `chartGeometry` painted into pixels and encoded with fflate's deflate. The
 * words (axis, dates, legend) are set by Word around the picture, and the numbers in the table under it.
 */
import { zlibSync } from 'fflate';
import type { MinutesChart } from './model';
import { chartGeometry } from './trend-chart';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i += 1) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

const rgb = (hex: string): [number, number, number] => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
];

/** The chart painted at `scale` × (`width` × `height`), as PNG bytes. */
export function chartPng(
  chart: MinutesChart,
  width: number,
  height: number,
  scale = 2,
): Uint8Array<ArrayBuffer> {
  const w = width * scale;
  const h = height * scale;
  const stride = w * 3 + 1;
  const pixels = new Uint8Array(stride * h).fill(255);
  for (let y = 0; y < h; y += 1) pixels[y * stride] = 0;
  const fill = (x0: number, y0: number, x1: number, y1: number, colour: [number, number, number]) => {
    const [left, top] = [Math.max(0, Math.round(x0 * scale)), Math.max(0, Math.round(y0 * scale))];
    const [right, bottom] = [Math.min(w, Math.round(x1 * scale)), Math.min(h, Math.round(y1 * scale))];
    for (let y = top; y < bottom; y += 1)
      for (let x = left; x < right; x += 1) pixels.set(colour, y * stride + 1 + x * 3);
  };
  const geometry = chartGeometry(chart, width, height);
  const { plot } = geometry;
  for (const line of geometry.grid)
    fill(plot.x, line.y - 0.5, plot.x + plot.width, line.y + 0.5, [204, 204, 204]);
  for (const bar of geometry.bars)
    fill(
      bar.x,
      bar.y,
      bar.x + bar.width,
      bar.y + bar.height,
      rgb(chart.series[bar.series]?.colour ?? '#555555'),
    );
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, w);
  view.setUint32(4, h);
  header.set([8, 2, 0, 0, 0], 8);
  const parts = [
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(pixels, { level: 6 })),
    chunk('IEND', new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
