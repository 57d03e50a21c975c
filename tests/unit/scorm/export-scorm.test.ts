import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { exportScorm } from '../../../src/scorm/export.ts';
import { SCORM } from '../../../src/scorm/spec.ts';
import { findUrlProblems, manifestFileHrefs, readZip } from '../../helpers/scorm-package.ts';
import { validateManifest } from '../../helpers/scorm-xsd.ts';
import { copyFixtureSite, fixtureCourse } from './fixtures.ts';

const temp: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'scorm-out-'));
  temp.push(d);
  return d;
};
afterAll(() => {
  for (const d of temp) rmSync(d, { recursive: true, force: true });
});

// The site folder is also the default output folder: an earlier export sits in it.
const siteDir = copyFixtureSite();
temp.push(join(siteDir, '..'));
writeFileSync(join(siteDir, 'fixture-course-scorm12.zip'), 'an earlier export');
mkdirSync(join(siteDir, '.prerender'));
writeFileSync(join(siteDir, '.prerender', 'chunk.mjs'), 'export const page = "<script src=\\"/x.js\\">";');
writeFileSync(join(siteDir, '_assets', '.DS_Store'), '');
const packages = await exportScorm({ siteDir, course: fixtureCourse, outDir: siteDir });

describe.each(packages.map((p) => [p.version, p] as const))('the SCORM %s package', (version, pkg) => {
  const entries = readZip(pkg.path);
  const manifest = strFromU8(entries.get('imsmanifest.xml') ?? new Uint8Array());

  it('is named after the course and reports what it wrote', () => {
    expect(pkg.path).toBe(join(siteDir, `fixture-course-${SCORM[version].suffix}.zip`));
    expect(pkg.bytes).toBe(readFileSync(pkg.path).length);
    expect(pkg.files).toBe(5);
  });

  it('has imsmanifest.xml at the root, first, and valid', async () => {
    expect([...entries.keys()][0]).toBe('imsmanifest.xml');
    expect(await validateManifest(manifest, version)).toEqual({ valid: true, errors: [] });
  });

  it('lists every file of the zip in the manifest, and nothing else', () => {
    const inZip = [...entries.keys()].filter((f) => f !== 'imsmanifest.xml');
    expect(manifestFileHrefs(manifest)).toEqual(inZip);
    expect(inZip).toEqual([
      '_assets/app.js',
      '_assets/style.css',
      'index.html',
      'launch.html',
      'media/beeld 1 (klein).svg',
    ]);
  });

  it('never packages zip files or hidden files', () => {
    expect([...entries.keys()].filter((f) => /\.zip$|(^|\/)\./i.test(f))).toEqual([]);
  });

  it('has no root-absolute URL and no external host', () => {
    expect(findUrlProblems(entries)).toEqual([]);
  });
});

describe('deterministic output', () => {
  it('writes byte-identical zips on every run', async () => {
    const [a, b] = [tempDir(), tempDir()];
    const first = await exportScorm({ siteDir, course: fixtureCourse, outDir: a });
    const second = await exportScorm({ siteDir, course: fixtureCourse, outDir: b });
    for (const [i, p] of first.entries()) expect(readFileSync(p.path).equals(readFileSync(second[i].path))).toBe(true);
  });

  it('writes the same bytes in every time zone', async () => {
    const original = process.env.TZ;
    const zips = [];
    try {
      for (const tz of ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles']) {
        process.env.TZ = tz;
        const [pkg] = await exportScorm({ siteDir, course: fixtureCourse, outDir: tempDir() });
        zips.push(readFileSync(pkg.path));
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
    expect(zips[0].equals(zips[1]) && zips[0].equals(zips[2])).toBe(true);
  });

  it('leaves no temp file behind', () => {
    expect(readdirSync(siteDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('errors say what to do', () => {
  it('a missing site folder: build first', async () => {
    await expect(
      exportScorm({ siteDir: join(tempDir(), 'dist'), course: fixtureCourse, outDir: tempDir() }),
    ).rejects.toThrow(/does not exist.*Run `npm run build` first/s);
  });

  it('a site without launch.html', async () => {
    const dir = copyFixtureSite();
    temp.push(join(dir, '..'));
    rmSync(join(dir, 'launch.html'));
    await expect(exportScorm({ siteDir: dir, course: fixtureCourse, outDir: dir })).rejects.toThrow(
      /launch\.html` is missing.*npm run build/s,
    );
  });
});
