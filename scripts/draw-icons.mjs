// Draws the add-in's icons as PNG files in assets/ from simple vector shapes.
// Run with `node scripts/draw-icons.mjs`. The PNGs are committed; this script
// is how they were made, so a designer's change is a change to the shapes below.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const ASSETS = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets');

const GREEN = [16, 124, 65];
const DARK_GREEN = [11, 88, 46];
const WHITE = [255, 255, 255];
const ORANGE = [242, 142, 28];
const BLUE = [15, 108, 189];
const GREY = [96, 94, 92];

// Shapes live in a 0..1 square; each returns coverage test for a point.
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const rect = (x0, y0, x1, y1) => roundRect(x0, y0, x1, y1, 0);
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const segment = (ax, ay, bx, by, w) => (x, y) => {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  const px = ax + t * vx - x;
  const py = ay + t * vy - y;
  return px * px + py * py <= (w / 2) ** 2;
};
const polyline = (points, w) => (x, y) =>
  points.slice(1).some((p, i) => segment(points[i][0], points[i][1], p[0], p[1], w)(x, y));

/** A spreadsheet page: outline, header band, grid lines. */
function sheet(colour, x0 = 0.1, y0 = 0.1, x1 = 0.78, y1 = 0.9) {
  const w = 0.06;
  const rows = [0.36, 0.52, 0.68].map((f) => y0 + (y1 - y0) * f);
  const col = x0 + (x1 - x0) * 0.38;
  return [
    [roundRect(x0, y0, x1, y1, 0.06), colour],
    [roundRect(x0 + w, y0 + w, x1 - w, y1 - w, 0.02), WHITE],
    [rect(x0 + w, y0 + w, x1 - w, y0 + (y1 - y0) * 0.26), colour],
    ...rows.map((ry) => [rect(x0 + w, ry - 0.018, x1 - w, ry + 0.018), colour]),
    [rect(col - 0.018, y0 + (y1 - y0) * 0.26, col + 0.018, y1 - w), colour],
  ];
}

const badge = (colour, mark) => [
  [circle(0.74, 0.74, 0.25), WHITE],
  [circle(0.74, 0.74, 0.21), colour],
  ...mark.map((m) => [m, WHITE]),
];

const ICONS = {
  // The add-in itself: a green workbook with a progress check.
  icon: [
    [roundRect(0.04, 0.04, 0.96, 0.96, 0.18), GREEN],
    [roundRect(0.2, 0.22, 0.8, 0.78, 0.05), WHITE],
    [rect(0.2, 0.22, 0.8, 0.36), DARK_GREEN],
    [rect(0.2, 0.49, 0.8, 0.52), GREEN],
    [rect(0.2, 0.64, 0.8, 0.67), GREEN],
    [rect(0.41, 0.36, 0.44, 0.78), GREEN],
    [circle(0.76, 0.76, 0.2), ORANGE],
    [polyline([[0.67, 0.76], [0.74, 0.83], [0.86, 0.69]], 0.06), WHITE],
  ],
  insert: [...sheet(GREEN), ...badge(GREEN, [segment(0.74, 0.62, 0.74, 0.86, 0.07), segment(0.62, 0.74, 0.86, 0.74, 0.07)])],
  check: [...sheet(GREEN), ...badge(BLUE, [polyline([[0.63, 0.74], [0.71, 0.82], [0.85, 0.66]], 0.07)])],
  review: [
    [rect(0.1, 0.86, 0.9, 0.92), GREY],
    [rect(0.16, 0.56, 0.32, 0.86), GREEN],
    [rect(0.42, 0.38, 0.58, 0.86), GREEN],
    [rect(0.68, 0.2, 0.84, 0.86), DARK_GREEN],
    [polyline([[0.12, 0.42], [0.4, 0.24], [0.6, 0.3], [0.88, 0.08]], 0.06), ORANGE],
  ],
};

const SIZES = { icon: [16, 32, 64, 80, 128], insert: [16, 32, 80], check: [16, 32, 80], review: [16, 32, 80] };

function render(shapes, size) {
  const ss = 4; // 4×4 supersampling for smooth edges at 16 px
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          let colour = null;
          for (const [inside, c] of shapes) if (inside(x, y)) colour = c;
          if (colour) { r += colour[0]; g += colour[1]; b += colour[2]; a += 1; }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) { rgba[o] = r / a; rgba[o + 1] = g / a; rgba[o + 2] = b / a; }
      rgba[o + 3] = Math.round((a / (ss * ss)) * 255);
    }
  }
  return encodePng(rgba, size, size);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function encodePng(rgba, width, height) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(ASSETS, { recursive: true });
for (const [name, sizes] of Object.entries(SIZES)) {
  for (const size of sizes) writeFileSync(path.join(ASSETS, `${name}-${size}.png`), render(ICONS[name], size));
}
console.log(`icons written to ${ASSETS}`);
