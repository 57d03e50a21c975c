import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic, writePackage, zipEntries } from '../../../src/scorm/write-package.ts';
import { readZip } from '../../helpers/scorm-package.ts';

// Simulate a disk that fails while flushing (full disk, I/O error); everything else is real.
const failFsync = { on: false };
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const fsyncSync: typeof real.fsyncSync = (fd) => {
    if (failFsync.on) throw Object.assign(new Error('ENOSPC: no space left on device, fsync'), { code: 'ENOSPC' });
    return real.fsyncSync(fd);
  };
  return { ...real, default: { ...real, fsyncSync }, fsyncSync };
});

const dir = mkdtempSync(join(tmpdir(), 'scorm-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temp file', () => {
    const path = join(dir, 'course.zip');
    writeFileAtomic(path, new TextEncoder().encode('first'));
    writeFileAtomic(path, new TextEncoder().encode('second'));
    expect(readFileSync(path, 'utf8')).toBe('second');
    expect(readdirSync(dir)).toEqual(['course.zip']);
  });

  it('on a failed write keeps the old zip untouched and removes the temp file', () => {
    const path = join(dir, 'course.zip');
    writeFileSync(path, 'old package');
    failFsync.on = true;
    try {
      expect(() => writeFileAtomic(path, new Uint8Array(1000))).toThrow(/ENOSPC/);
    } finally {
      failFsync.on = false;
    }
    expect(readFileSync(path, 'utf8')).toBe('old package');
    expect(readdirSync(dir)).toEqual(['course.zip']);
    expect(fs.existsSync(path)).toBe(true);
  });

  it('on a missing source file writes nothing and keeps the old zip', () => {
    const path = join(dir, 'course.zip');
    writeFileSync(path, 'old package');
    expect(() => writePackage({ siteDir: dir, files: ['gone.html'], manifest: '<manifest/>', zipPath: path })).toThrow(
      /ENOENT/,
    );
    expect(readFileSync(path, 'utf8')).toBe('old package');
    expect(readdirSync(dir)).toEqual(['course.zip']);
  });
});

describe('zipEntries', () => {
  const enc = (s: string) => new TextEncoder().encode(s);

  it('keeps the given order and the 1980-01-01 timestamp', () => {
    const zip = zipEntries([
      ['imsmanifest.xml', enc('<m/>')],
      ['a.html', enc('a')],
      ['img/b.png', enc('png')],
    ]);
    const path = join(dir, 'order.zip');
    writeFileSync(path, zip);
    expect([...readZip(path).keys()]).toEqual(['imsmanifest.xml', 'a.html', 'img/b.png']);
    // Local file header: DOS time at offset 10, DOS date at offset 12 (1980-01-01 = 0x0021).
    const view = new DataView(zip.buffer, zip.byteOffset);
    expect([view.getUint16(10, true), view.getUint16(12, true)]).toEqual([0, 0x21]);
  });

  it('refuses the same path twice', () => {
    expect(() =>
      zipEntries([
        ['a.html', enc('1')],
        ['a.html', enc('2')],
      ]),
    ).toThrow(/twice/);
  });
});
