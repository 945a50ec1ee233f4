/**
 * `npx tsx scripts/generate-icons.ts` — draws Feedback Desk's icons into `assets/`: a white
 * speech bubble holding three dots on a rounded blue square, and the outline variant Teams
 * wants (white strokes on transparent). No image tools: shapes are tested per sub-pixel
 * (4×4 supersampling for smooth edges) and written as PNG with node:zlib.
 *
 * Writes color.png (192), outline.png (32) and icon-16/32/64/80/128.png (add-in and favicon).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { createLogger } from '../src/log/logger';

type Rgba = readonly [number, number, number, number];
/** A shape on the unit square: returns the colour at (x, y), or undefined where it is clear. */
type Painter = (x: number, y: number) => Rgba | undefined;

export const ACCENT = '#1F5E8C';
const BLUE: Rgba = [0x1f, 0x5e, 0x8c, 255];
const WHITE: Rgba = [255, 255, 255, 255];

const inRoundedRect = (
  x: number,
  y: number,
  left: number,
  top: number,
  right: number,
  bottom: number,
  r: number,
): boolean => {
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + r), right - r);
  const cy = Math.min(Math.max(y, top + r), bottom - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

const inTriangle = (
  x: number,
  y: number,
  [ax, ay]: number[],
  [bx, by]: number[],
  [cx, cy]: number[],
): boolean => {
  const side = (px: number, py: number, qx: number, qy: number) =>
    (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = side(ax!, ay!, bx!, by!);
  const d2 = side(bx!, by!, cx!, cy!);
  const d3 = side(cx!, cy!, ax!, ay!);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};

const inCircle = (x: number, y: number, cx: number, cy: number, r: number) =>
  (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** The bubble, inset by `by` (for the outline's inner edge). Coordinates on the unit square. */
const inBubble = (x: number, y: number, by = 0): boolean =>
  inRoundedRect(x, y, 0.2 + by, 0.24 + by, 0.8 - by, 0.66 - by, 0.09 - by / 2) ||
  inTriangle(x, y, [0.3 + by, 0.6], [0.46 - by, 0.6], [0.27 + by * 0.4, 0.8 - by * 1.6]);

const DOTS = [0.36, 0.5, 0.64];
const inDot = (x: number, y: number, r: number) => DOTS.some((cx) => inCircle(x, y, cx, 0.45, r));

const colourIcon: Painter = (x, y) => {
  if (!inRoundedRect(x, y, 0, 0, 1, 1, 0.18)) return undefined;
  if (inBubble(x, y) && !inDot(x, y, 0.045)) return WHITE;
  return BLUE;
};

/** Teams outline icon: white on transparent, strokes about 2 px wide at 32 px. */
const outlineIcon: Painter = (x, y) => {
  const stroke = 2 / 32;
  if (inBubble(x, y) && !inBubble(x, y, stroke)) return WHITE;
  if (inDot(x, y, 0.05)) return WHITE;
  return undefined;
};

function render(size: number, paint: Painter): Buffer {
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const colour = paint(
            (px + (sx + 0.5) / samples) / size,
            (py + (sy + 0.5) / samples) / size,
          );
          if (!colour) continue;
          const alpha = colour[3] / 255;
          r += colour[0] * alpha;
          g += colour[1] * alpha;
          b += colour[2] * alpha;
          a += alpha;
        }
      }
      const offset = (py * size + px) * 4;
      const n = samples * samples;
      // Colour un-premultiplied by coverage, so edges keep their hue and only fade.
      pixels[offset] = a ? Math.round(r / a) : 0;
      pixels[offset + 1] = a ? Math.round(g / a) : 0;
      pixels[offset + 2] = a ? Math.round(b / a) : 0;
      pixels[offset + 3] = Math.round((a / n) * 255);
    }
  }
  return encodePng(size, size, pixels);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

const crc32 = (data: Buffer): number => {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

const chunk = (type: string, data: Buffer): Buffer => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
};

/** RGBA, 8 bits a channel, no interlace; each row filtered with "none". */
export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y += 1)
    rows.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const assets = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets');
const files: Array<[string, number, Painter]> = [
  ['color.png', 192, colourIcon],
  ['outline.png', 32, outlineIcon],
  ...[16, 32, 64, 80, 128].map((size): [string, number, Painter] => [
    `icon-${size}.png`,
    size,
    colourIcon,
  ]),
];
const log = createLogger({ scope: 'generate-icons' });
for (const [name, size, paint] of files) {
  writeFileSync(path.join(assets, name), render(size, paint));
  log.info(`assets/${name} ${size}×${size}`);
}
