// Draws the toolbar/store icons (a shield with a check mark) at 16/32/48/128 px into icons/.
// Pure Node (zlib PNG encoder, 4× supersampling), so icons are reproducible from source.
// The blue shield has a white inner edge and a dark outer edge, so it reads on light and dark toolbars.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shield in unit coordinates (0..1): flat top with rounded shoulders, pointed bottom.
function inShield(x, y, inset = 0) {
  const top = 0.08 + inset;
  const left = 0.14 + inset;
  const right = 0.86 - inset;
  const mid = 0.55;
  const bottom = 0.94 - inset * 1.4;
  if (y < top || x < left || x > right || y > bottom) return false;
  if (y <= mid) return true;
  const t = (y - mid) / (bottom - mid);
  const half = ((right - left) / 2) * Math.sqrt(Math.max(0, 1 - t * t));
  return Math.abs(x - 0.5) <= half;
}
function onCheck(x, y, w) {
  const seg = (ax, ay, bx, by) => {
    const dx = bx - ax, dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - (ax + t * dx), y - (ay + t * dy)) <= w;
  };
  return seg(0.32, 0.5, 0.45, 0.64) || seg(0.45, 0.64, 0.7, 0.34);
}

function draw(size) {
  const S = 4;
  const out = Buffer.alloc(size * size * 4);
  const stroke = size <= 16 ? 0.085 : size <= 32 ? 0.07 : 0.06;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S) / size;
          const y = (py + (sy + 0.5) / S) / size;
          let c = null;
          if (inShield(x, y, 0.035)) c = onCheck(x, y, stroke) ? [255, 255, 255] : [18, 87, 196];
          else if (inShield(x, y, 0.0)) c = [255, 255, 255];
          else if (inShield(x, y, -0.03)) c = [20, 33, 61];
          if (c) { r += c[0]; g += c[1]; b += c[2]; a += 255; }
        }
      }
      const n = S * S;
      const i = (py * size + px) * 4;
      const cov = a / 255;
      out[i] = cov ? Math.round(r / cov) : 0;
      out[i + 1] = cov ? Math.round(g / cov) : 0;
      out[i + 2] = cov ? Math.round(b / cov) : 0;
      out[i + 3] = Math.round(a / n);
    }
  }
  return png(size, out);
}

mkdirSync('icons', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`icons/icon-${size}.png`, draw(size));
console.log('icons written to icons');
