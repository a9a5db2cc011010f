// Draws the app icons (letters "KD" in white on the Posyandu green) and writes them as PNG into
// public/icons/, with Node built-ins only. Run: node scripts/make-icons.mjs
// The PNGs are committed; run this again only when the design changes.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const GREEN = [0x1b, 0x7f, 0x4b];
const WHITE = [0xff, 0xff, 0xff];
const OUT = fileURLToPath(new URL('../public/icons/', import.meta.url));

// --- shapes, in unit coordinates (0..1, y down) ---------------------------------------------
function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insideRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return Math.hypot(x - cx, y - cy) <= radius;
}

/** "KD" drawn with strokes of width `w`, fitted in the box (x0, y0)–(x0+size, y0+size*0.62). */
function insideLetters(x, y, x0, y0, size) {
  const u = (x - x0) / size, v = (y - y0) / size; // letter space: width 1, height 0.62
  const w = 0.11, h = 0.62;
  const r = w / 2;
  // K
  if (distToSegment(u, v, 0.06, r, 0.06, h - r) <= r) return true;
  if (distToSegment(u, v, 0.08, h * 0.56, 0.40, r) <= r) return true;
  if (distToSegment(u, v, 0.17, h * 0.42, 0.42, h - r) <= r) return true;
  // D: stem, top and bottom bars, and a half ring
  const dx = 0.56, cy = h / 2, ry = h / 2 - r, bend = 0.74;
  if (distToSegment(u, v, dx, r, dx, h - r) <= r) return true;
  if (distToSegment(u, v, dx, r, bend, r) <= r) return true;
  if (distToSegment(u, v, dx, h - r, bend, h - r) <= r) return true;
  if (u >= bend && Math.abs(Math.hypot((u - bend) * (ry / 0.2), v - cy) - ry) <= r) return true;
  return false;
}

/** Colour of one sample point, or null for transparent. */
function sample(x, y, maskable) {
  if (maskable) {
    // Full bleed; the mark stays inside the 80 % safe circle the launcher may crop to.
    return insideLetters(x, y, 0.24, 0.5 - 0.52 * 0.31, 0.52) ? WHITE : GREEN;
  }
  if (!insideRoundedSquare(x, y, 0.2)) return null;
  return insideLetters(x, y, 0.14, 0.5 - 0.72 * 0.31, 0.72) ? WHITE : GREEN;
}

function render(size, maskable) {
  const ss = 4; // 4×4 samples per pixel: smooth edges without a rasteriser
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = sample((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size, maskable);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
        }
      }
      const i = (py * size + px) * 4;
      if (a) { rgba[i] = r / a; rgba[i + 1] = g / a; rgba[i + 2] = b / a; }
      rgba[i + 3] = Math.round((a / (ss * ss)) * 255);
    }
  }
  return rgba;
}

// --- PNG encoding -----------------------------------------------------------------------------
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

function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['maskable-512.png', 512, true],
  ['apple-touch-icon-180.png', 180, true],
]) {
  writeFileSync(OUT + name, encodePng(size, render(size, maskable)));
  console.log(`public/icons/${name}`);
}
