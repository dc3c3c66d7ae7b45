/**
 * Draws the demo's pictures (HAND-MADE, generated: no photo was downloaded): a few landscapes for
 * photo posts and video posters, and round-faced avatars, as small PNGs in scripts/demo/images/.
 * The demo (scripts/demo.ts) serves them at the networks' media hosts by request routing, so the
 * feed and the deck show real pictures. Run once with `npx tsx scripts/demo/make-images.ts`; the
 * output is committed. No image library: each scene is a function of (x, y), sampled 2×2 per pixel.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgb = [number, number, number];
type Scene = (x: number, y: number) => Rgb;

const OUT = resolve(import.meta.dirname, 'images');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(width: number, height: number, scene: Scene): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y += 1) {
    raw[y * (width * 3 + 1)] = 0;
    for (let x = 0; x < width; x += 1) {
      const sum = [0, 0, 0];
      for (const [dx, dy] of [
        [0.25, 0.25],
        [0.75, 0.25],
        [0.25, 0.75],
        [0.75, 0.75],
      ] as const) {
        const colour = scene((x + dx) / width, (y + dy) / height);
        for (let i = 0; i < 3; i += 1) sum[i]! += colour[i]!;
      }
      const at = y * (width * 3 + 1) + 1 + x * 3;
      // Quantised to steps of 4: flat areas stay flat, so the files stay small.
      for (let i = 0; i < 3; i += 1) raw[at + i] = Math.min(255, Math.round(sum[i]! / 16) * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [0, 1, 2].map((i) => a[i]! + (b[i]! - a[i]!) * t) as Rgb;
const hex = (value: string): Rgb => [0, 2, 4].map((i) => parseInt(value.slice(i + 1, i + 3), 16)) as Rgb;
/** A vertical gradient in 24 bands (a painted look, and flat rows compress well). */
const bands = (top: Rgb, bottom: Rgb, t: number) => mix(top, bottom, Math.floor(t * 24) / 24);
const ridge = (x: number, base: number, seed: number) =>
  base +
  0.05 * Math.sin(x * 7 + seed) +
  0.03 * Math.sin(x * 17 + seed * 2) +
  0.015 * Math.sin(x * 41 + seed * 3);

const harbour: Scene = (x, y) => {
  const horizon = 0.58;
  const sun = Math.hypot(x - 0.68, (y - 0.42) * 0.66);
  if (y < horizon) {
    if (sun < 0.07) return hex('#fff1c1');
    return bands(hex('#ff9a6b'), hex('#ffd9a0'), y / horizon);
  }
  // Boats: hulls and sails.
  for (const [bx, size] of [
    [0.22, 1],
    [0.4, 0.7],
    [0.84, 0.85],
  ] as const) {
    const hullTop = horizon + 0.06 * size;
    if (y > hullTop && y < hullTop + 0.04 * size && Math.abs(x - bx) < 0.08 * size - (y - hullTop))
      return hex('#2b2d42');
  }
  const glow = Math.abs(x - 0.68) < 0.05 * (1 - (y - horizon)) && Math.floor(y * 60) % 2 === 0;
  if (glow) return hex('#ffe3a3');
  return bands(hex('#f08a6c'), hex('#3d5a80'), (y - horizon) / (1 - horizon));
};
const harbourWithSails: Scene = (x, y) => {
  for (const [bx, size] of [
    [0.22, 1],
    [0.4, 0.7],
    [0.84, 0.85],
  ] as const) {
    const base = 0.58 + 0.06 * size;
    const top = base - 0.3 * size;
    if (y > top && y < base && x > bx - 0.005 && x < bx + ((y - top) / (base - top)) * 0.09 * size)
      return hex('#f8f4ec');
  }
  return harbour(x, y);
};

const mountains: Scene = (x, y) => {
  const far = ridge(x, 0.42, 1);
  const mid = ridge(x, 0.55, 4);
  const near = ridge(x, 0.68, 9);
  if (y > 0.82) return bands(hex('#4a4e8f'), hex('#1f2451'), (y - 0.82) / 0.18);
  if (y > near) return hex('#23264f');
  if (y > mid) return hex('#3b3f7a');
  if (y > far) return y < far + 0.03 && Math.sin(x * 40) > 0 ? hex('#e8e6f5') : hex('#6b6fb0');
  if (Math.hypot(x - 0.25, y - 0.2) < 0.045) return hex('#fdf6e3');
  return bands(hex('#f4a6b8'), hex('#8e7cc3'), 1 - y / 0.6);
};

const city: Scene = (x, y) => {
  const column = Math.floor(x * 14);
  const height = 0.35 + ((column * 37) % 11) / 28;
  if (y > 0.9) return hex('#141826');
  if (y > 1 - height) {
    const wx = Math.floor(x * 120);
    const wy = Math.floor(y * 80);
    const lit = (wx * 13 + wy * 7 + column) % 5 === 0 && wx % 2 === 0 && wy % 2 === 0;
    return lit ? hex('#ffd166') : mix(hex('#1d2238'), hex('#2a3150'), (column % 3) / 3);
  }
  const star = Math.floor(x * 200) * 31 + Math.floor(y * 200) * 17;
  if (star % 97 === 0 && y < 0.4) return hex('#e0e6ff');
  if (Math.hypot(x - 0.8, y - 0.15) < 0.05) return hex('#f1f0d8');
  return bands(hex('#0b1026'), hex('#3a2f6b'), y / 0.65);
};

const forest: Scene = (x, y) => {
  const path = Math.abs(x - 0.5 - (y - 1) * 0.15) < 0.03 + (y - 0.55) * 0.35;
  if (y > 0.55 && path) return bands(hex('#d9b38c'), hex('#b08968'), (y - 0.55) / 0.45);
  for (let tree = 0; tree < 9; tree += 1) {
    const tx = (tree + 0.5) / 9 + ((tree * 7) % 3) * 0.01;
    const base = 0.75 + (tree % 3) * 0.05;
    const top = 0.2 + (tree % 4) * 0.06;
    const half = ((y - top) / (base - top)) * 0.07;
    if (y > top && y < base && Math.abs(x - tx) < half) return tree % 2 ? hex('#2d6a4f') : hex('#1b4332');
  }
  if (y > 0.55) return bands(hex('#74c69d'), hex('#40916c'), (y - 0.55) / 0.45);
  return bands(hex('#caf0f8'), hex('#90e0ef'), y / 0.55);
};

const dunes: Scene = (x, y) => {
  for (const [base, colour] of [
    [0.55, '#e9c46a'],
    [0.68, '#f4a261'],
    [0.8, '#e76f51'],
  ] as const) {
    if (y > ridge(x * 0.6, base, base * 10)) return mix(hex(colour), hex('#8d4a2c'), (y - base) * 0.8);
  }
  if (Math.hypot(x - 0.3, y - 0.3) < 0.08) return hex('#fff3b0');
  return bands(hex('#9bd1e5'), hex('#f6e7cb'), y / 0.6);
};

/** A person's silhouette (head and shoulders) on a two-colour ground: clearly a placeholder, clearly a face. */
function avatar(ground: string, second: string, figure: string): Scene {
  return (x, y) => {
    const head = Math.hypot(x - 0.5, y - 0.4) < 0.18;
    const shoulders = y > 0.66 && Math.hypot((x - 0.5) * 0.85, y - 1.02) < 0.36;
    if (head || shoulders) return hex(figure);
    return mix(hex(ground), hex(second), Math.floor((x + y) * 6) / 12);
  };
}

const PICTURES: Record<string, { width: number; height: number; scene: Scene }> = {
  'photo-harbour': { width: 600, height: 400, scene: harbourWithSails },
  'photo-mountains': { width: 600, height: 400, scene: mountains },
  'photo-city': { width: 600, height: 400, scene: city },
  'photo-dunes': { width: 600, height: 400, scene: dunes },
  'poster-forest': { width: 640, height: 360, scene: forest },
  'avatar-1': { width: 96, height: 96, scene: avatar('#0ea5e9', '#6366f1', '#e0f2fe') },
  'avatar-2': { width: 96, height: 96, scene: avatar('#f97316', '#db2777', '#ffedd5') },
  'avatar-3': { width: 96, height: 96, scene: avatar('#10b981', '#0f766e', '#d1fae5') },
  'avatar-4': { width: 96, height: 96, scene: avatar('#8b5cf6', '#4c1d95', '#ede9fe') },
  'avatar-5': { width: 96, height: 96, scene: avatar('#eab308', '#ca8a04', '#fef9c3') },
  'avatar-6': { width: 96, height: 96, scene: avatar('#ef4444', '#7f1d1d', '#fee2e2') },
  'avatar-7': { width: 96, height: 96, scene: avatar('#64748b', '#0f172a', '#e2e8f0') },
  'avatar-8': { width: 96, height: 96, scene: avatar('#14b8a6', '#0369a1', '#ccfbf1') },
};

for (const [name, { width, height, scene }] of Object.entries(PICTURES)) {
  const file = resolve(OUT, `${name}.png`);
  const bytes = png(width, height, scene);
  writeFileSync(file, bytes);
  console.log(`${name}.png  ${width}×${height}  ${(bytes.length / 1024).toFixed(1)} KB`);
}
