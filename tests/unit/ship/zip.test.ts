// The packaging zip writer: CRC-32 vectors, a round trip through an independent central-directory
// reader, byte-for-byte determinism, and (where installed) Info-ZIP's own integrity check.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, entriesFromDir, zip, zipDir } from '../../../scripts/lib/zip';

interface Read {
  path: string;
  data: Buffer;
  method: number;
  mode: number;
  time: number;
  date: number;
  flags: number;
}

/** Reads an archive through its end record and central directory, checking each local header agrees. */
function unzipBuffer(buf: Buffer): Read[] {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(eocd).toBe(buf.length - 22);
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  let p = buf.readUInt32LE(eocd + 16);
  expect(p + cdSize).toBe(eocd);
  const out: Read[] = [];
  for (let i = 0; i < count; i++) {
    expect(buf.readUInt32LE(p)).toBe(0x02014b50);
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const time = buf.readUInt16LE(p + 12);
    const date = buf.readUInt16LE(p + 14);
    const crc = buf.readUInt32LE(p + 16);
    const csize = buf.readUInt32LE(p + 20);
    const usize = buf.readUInt32LE(p + 24);
    const nlen = buf.readUInt16LE(p + 28);
    const elen = buf.readUInt16LE(p + 30);
    const clen = buf.readUInt16LE(p + 32);
    const mode = buf.readUInt32LE(p + 38) >>> 16;
    const off = buf.readUInt32LE(p + 42);
    const path = buf.subarray(p + 46, p + 46 + nlen).toString('utf8');
    // local header
    expect(buf.readUInt32LE(off)).toBe(0x04034b50);
    expect(buf.readUInt32LE(off + 14)).toBe(crc);
    expect(buf.readUInt32LE(off + 18)).toBe(csize);
    expect(buf.subarray(off + 30, off + 30 + buf.readUInt16LE(off + 26)).toString('utf8')).toBe(path);
    const start = off + 30 + buf.readUInt16LE(off + 26) + buf.readUInt16LE(off + 28);
    const body = buf.subarray(start, start + csize);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    expect(data.length).toBe(usize);
    expect(crc32(data)).toBe(crc);
    out.push({ path, data, method, mode, time, date, flags });
    p += 46 + nlen + elen + clen;
  }
  return out;
}

describe('crc32', () => {
  it('matches the standard check values', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
    expect(crc32(Buffer.from('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
  });
});

describe('zip', () => {
  const text = Buffer.from('{"manifest_version":3,"name":"校園個資守門員"}'.repeat(50));
  const noise = randomBytes(4096);

  it('round-trips text (deflated) and incompressible data (stored), with UTF-8 names', () => {
    const buf = zip([
      { path: 'manifest.json', data: text },
      { path: 'icons/雜訊.bin', data: noise },
      { path: 'empty.txt', data: Buffer.alloc(0) },
    ]);
    const files = unzipBuffer(buf);
    expect(files.map((f) => f.path)).toEqual(['empty.txt', 'icons/雜訊.bin', 'manifest.json']);
    const byPath = Object.fromEntries(files.map((f) => [f.path, f]));
    expect(byPath['manifest.json']!.data.equals(text)).toBe(true);
    expect(byPath['manifest.json']!.method).toBe(8);
    expect(byPath['icons/雜訊.bin']!.data.equals(noise)).toBe(true);
    expect(byPath['icons/雜訊.bin']!.method).toBe(0);
    for (const f of files) {
      expect(f.flags & 0x0800).toBe(0x0800);
      expect(f.mode).toBe(0o100644);
      expect([f.time, f.date]).toEqual([0, 33]); // 1980-01-01 00:00
    }
  });

  it('is deterministic: same files in any order give the same bytes', () => {
    const a = zip([{ path: 'b.js', data: text }, { path: 'a.js', data: noise }]);
    const b = zip([{ path: 'a.js', data: noise }, { path: 'b.js', data: text }]);
    expect(a.equals(b)).toBe(true);
  });

  it('refuses unsafe or duplicate paths', () => {
    expect(() => zip([{ path: '../x', data: text }])).toThrow(/bad archive path/);
    expect(() => zip([{ path: '/x', data: text }])).toThrow(/bad archive path/);
    expect(() => zip([{ path: 'a\\b', data: text }])).toThrow(/bad archive path/);
    expect(() => zip([{ path: 'a', data: text }, { path: 'a', data: noise }])).toThrow(/duplicate/);
  });

  it('packs a directory with manifest.json at the root, and Info-ZIP agrees', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cpg-zip-'));
    try {
      mkdirSync(join(dir, 'src/content'), { recursive: true });
      mkdirSync(join(dir, '_locales/zh_TW'), { recursive: true });
      writeFileSync(join(dir, 'manifest.json'), text);
      writeFileSync(join(dir, 'src/content/forms.iife.js'), 'console.log(1)');
      writeFileSync(join(dir, '_locales/zh_TW/messages.json'), '{}');
      expect(entriesFromDir(dir).map((e) => e.path)).toEqual(['_locales/zh_TW/messages.json', 'manifest.json', 'src/content/forms.iife.js']);
      const buf = zipDir(dir);
      expect(zipDir(dir).equals(buf)).toBe(true);
      const out = join(dir, 'out.zip');
      writeFileSync(out, buf);
      if (existsSync('/usr/bin/unzip')) {
        const r = spawnSync('/usr/bin/unzip', ['-t', out], { encoding: 'utf8' });
        expect(r.stdout).toContain('No errors detected');
        expect(r.status).toBe(0);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
