#!/usr/bin/env node
/**
 * Draws the app icon in code and writes assets/icon.png (512×512), assets/icon.ico (256, 48, 32, 16) and
 * assets/icon.icns (PNG entries ic07–ic14). Node built-ins only, no network: `node scripts/make-icons.mjs`.
 *
 * The design: two interlinked rounded squares (Lync/Skype for Business and Exchange, trusting each other) on a
 * blue rounded tile. Every size is rendered from the same signed-distance shapes, so small sizes stay crisp.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const assetsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');

// ---- shapes, in a unit square (0..1, y down) -------------------------------------------------------------

/** Signed distance to a rounded box centred at (cx, cy) with half-size h and corner radius r. */
function roundedBox(x, y, cx, cy, h, r) {
  const qx = Math.abs(x - cx) - h + r;
  const qy = Math.abs(y - cy) - h + r;
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
}

const tile = { cx: 0.5, cy: 0.5, h: 0.46, r: 0.2 };
const stroke = 0.075;
const gap = 0.03;
const ringA = { cx: 0.385, cy: 0.415, h: 0.205, r: 0.075, color: [255, 255, 255] };
const ringB = { cx: 0.615, cy: 0.585, h: 0.205, r: 0.075, color: [150, 214, 255] };
// Where B's left edge crosses A's bottom edge: there B passes over A (A passes over B at the other crossing).
const bOverA = { x: ringB.cx - ringB.h, y: ringA.cy + ringA.h, radius: 0.1 };

const ringDistance = (ring, x, y) => Math.abs(roundedBox(x, y, ring.cx, ring.cy, ring.h, ring.r)) - stroke / 2;

function background(y) {
  const top = [47, 128, 222];
  const bottom = [22, 72, 150];
  const t = Math.min(1, Math.max(0, (y - 0.04) / 0.92));
  return top.map((c, i) => c + (bottom[i] - c) * t);
}

// ---- rasterising ------------------------------------------------------------------------------------------

/** Coverage of a shape at signed distance d (unit square) for a pixel of size px (unit square). */
const coverage = (d, px) => Math.min(1, Math.max(0, 0.5 - d / px));

const mix = (under, over, alpha) => under.map((c, i) => c + (over[i] - c) * alpha);

function paintRing(rgb, ring, x, y, px, bg) {
  const d = ringDistance(ring, x, y);
  // A halo in the background colour opens a gap in whatever this ring passes over.
  return mix(mix(rgb, bg, coverage(d - gap, px)), ring.color, coverage(d, px));
}

/** RGBA pixels (row-major, top row first) of the icon at size×size. */
function render(size) {
  const px = 1 / size;
  const pixels = Buffer.alloc(size * size * 4);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const x = (i + 0.5) / size;
      const y = (j + 0.5) / size;
      const alpha = coverage(roundedBox(x, y, tile.cx, tile.cy, tile.h, tile.r), px);
      if (alpha === 0) continue;
      const bg = background(y);
      let rgb = bg;
      rgb = paintRing(rgb, ringB, x, y, px, bg);
      rgb = paintRing(rgb, ringA, x, y, px, bg);
      const nearCrossing = coverage(Math.hypot(x - bOverA.x, y - bOverA.y) - bOverA.radius, px);
      if (nearCrossing > 0) rgb = mix(rgb, paintRing(rgb, ringB, x, y, px, bg), nearCrossing);
      const o = (j * size + i) * 4;
      pixels[o] = Math.round(rgb[0]);
      pixels[o + 1] = Math.round(rgb[1]);
      pixels[o + 2] = Math.round(rgb[2]);
      pixels[o + 3] = Math.round(alpha * 255);
    }
  }
  return pixels;
}

// ---- PNG ---------------------------------------------------------------------------------------------------

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let row = 0; row < size; row++) {
    raw[row * (stride + 1)] = 0; // filter: none
    rgba.copy(raw, row * (stride + 1) + 1, row * stride, (row + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- ICO: 256 as PNG, the small sizes as 32-bit BMP (read by every Windows tool, rcedit and NSIS included) ----

function encodeBmpEntry(size, rgba) {
  const info = Buffer.alloc(40);
  info.writeUInt32LE(40, 0);
  info.writeInt32LE(size, 4);
  info.writeInt32LE(size * 2, 8); // colour rows + mask rows
  info.writeUInt16LE(1, 12);
  info.writeUInt16LE(32, 14);
  const xor = Buffer.alloc(size * size * 4);
  for (let row = 0; row < size; row++) {
    const src = (size - 1 - row) * size * 4; // BMP rows are bottom-up
    for (let col = 0; col < size; col++) {
      const s = src + col * 4;
      const d = (row * size + col) * 4;
      xor[d] = rgba[s + 2];
      xor[d + 1] = rgba[s + 1];
      xor[d + 2] = rgba[s];
      xor[d + 3] = rgba[s + 3];
    }
  }
  const maskStride = Math.ceil(size / 32) * 4;
  const and = Buffer.alloc(maskStride * size);
  for (let row = 0; row < size; row++) {
    const src = (size - 1 - row) * size * 4;
    for (let col = 0; col < size; col++) {
      if (rgba[src + col * 4 + 3] === 0) and[row * maskStride + (col >> 3)] |= 0x80 >> (col & 7);
    }
  }
  return Buffer.concat([info, xor, and]);
}

function encodeIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  const directory = Buffer.alloc(16 * images.length);
  let offset = header.length + directory.length;
  images.forEach(({ size, data }, n) => {
    const e = n * 16;
    directory[e] = size >= 256 ? 0 : size;
    directory[e + 1] = size >= 256 ? 0 : size;
    directory.writeUInt16LE(1, e + 4); // planes
    directory.writeUInt16LE(32, e + 6); // bits per pixel
    directory.writeUInt32LE(data.length, e + 8);
    directory.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([header, directory, ...images.map((image) => image.data)]);
}

// ---- ICNS: PNG entries only (macOS 10.7+) ------------------------------------------------------------------

function encodeIcns(entries) {
  const blocks = entries.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + blocks.reduce((sum, b) => sum + b.length, 0), 4);
  return Buffer.concat([head, ...blocks]);
}

// ---- write -------------------------------------------------------------------------------------------------

const rendered = new Map();
const pixelsAt = (size) => {
  if (!rendered.has(size)) rendered.set(size, render(size));
  return rendered.get(size);
};
const pngAt = (size) => encodePng(size, pixelsAt(size));

mkdirSync(assetsDir, { recursive: true });
const outputs = {
  'icon.png': pngAt(512),
  'icon.ico': encodeIco([
    { size: 256, data: pngAt(256) },
    { size: 48, data: encodeBmpEntry(48, pixelsAt(48)) },
    { size: 32, data: encodeBmpEntry(32, pixelsAt(32)) },
    { size: 16, data: encodeBmpEntry(16, pixelsAt(16)) },
  ]),
  'icon.icns': encodeIcns([
    { type: 'ic11', png: pngAt(32) }, // 16@2x
    { type: 'ic12', png: pngAt(64) }, // 32@2x
    { type: 'ic07', png: pngAt(128) },
    { type: 'ic13', png: pngAt(256) }, // 128@2x
    { type: 'ic08', png: pngAt(256) },
    { type: 'ic14', png: pngAt(512) }, // 256@2x
    { type: 'ic09', png: pngAt(512) },
    { type: 'ic10', png: pngAt(1024) }, // 512@2x
  ]),
};
for (const [name, data] of Object.entries(outputs)) {
  writeFileSync(join(assetsDir, name), data);
  console.log(`wrote assets/${name} (${data.length} bytes)`);
}
