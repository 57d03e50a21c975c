import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { exportScorm } from '../../../src/scorm/export.ts';
import { CONTENT_BASE, startPreviewServer } from '../../../src/preview-lms/server.ts';
import { copyFixtureSite, fixtureCourse } from './fixtures.ts';

const out = mkdtempSync(join(tmpdir(), 'preview-server-'));
const site = copyFixtureSite();
const [pkg12] = await exportScorm({ siteDir: site, course: fixtureCourse, outDir: out });
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(join(site, '..'), { recursive: true, force: true });
});

const zip = (name: string, files: Record<string, string>) => {
  const path = join(out, name);
  writeFileSync(path, zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]))));
  return path;
};

describe('startPreviewServer', () => {
  it('serves the harness, its config, scorm-again and the package under a deep path, on 127.0.0.1 only', async () => {
    const server = await startPreviewServer({ zipPath: pkg12.path });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const get = (path: string) => fetch(new URL(path, server.url));
      expect((await get('/')).headers.get('content-type')).toMatch(/text\/html/);
      expect(await (await get('/lms/config.json')).json()).toMatchObject({
        version: '1.2',
        launchUrl: `${CONTENT_BASE}launch.html`,
        masteryScore: '70',
      });
      expect((await get('/lms/scorm-again/scorm12.js')).status).toBe(200);
      expect((await get('/lms/harness.js')).status).toBe(200);
      const svg = await get(`${CONTENT_BASE}media/beeld%201%20(klein).svg`);
      expect([svg.status, svg.headers.get('content-type')]).toEqual([200, 'image/svg+xml']);
      expect((await get('/launch.html')).status).toBe(404); // root-absolute URLs do not reach the package
      expect((await get(`${CONTENT_BASE}..%2F..%2F..%2Fconfig.json`)).status).toBeGreaterThanOrEqual(400);
      expect((await fetch(new URL('/', server.url), { method: 'POST' })).status).toBe(405);
    } finally {
      await server.close();
    }
  });

  it('passes the LMS profile and delays to the harness, and refuses an unknown profile by name', async () => {
    const server = await startPreviewServer({ zipPath: pkg12.path, lms: { profile: 'moodle', slowCalls: 500 } });
    try {
      expect((await (await fetch(new URL('/lms/config.json', server.url))).json()).lms).toEqual({
        profile: 'moodle',
        slowCalls: 500,
      });
      for (const file of ['profiles.js', 'faults.js', 'moodle-store.js', 'lms-state.js'])
        expect((await fetch(new URL(`/lms/${file}`, server.url))).status).toBe(200);
    } finally {
      await server.close();
    }
    await expect(startPreviewServer({ zipPath: pkg12.path, lms: { profile: 'ilias' } })).rejects.toThrow(
      /Unknown LMS profile `ilias`.*slow-commit/,
    );
  });

  it.each([
    ['a missing file', () => join(out, 'nope.zip'), /does not exist.*npm run export/s],
    [
      'a file that is not a zip',
      () => {
        const p = join(out, 'text.zip');
        writeFileSync(p, 'hello');
        return p;
      },
      /not a readable zip/,
    ],
    [
      'a zip without imsmanifest.xml',
      () => zip('plain.zip', { 'index.html': '<p>' }),
      /no imsmanifest\.xml at its root/,
    ],
    [
      'a manifest launching a missing file',
      () =>
        zip('broken.zip', {
          'imsmanifest.xml':
            '<manifest><metadata><schemaversion>1.2</schemaversion></metadata><resources><resource identifier="r" scormtype="sco" href="gone.html"/></resources></manifest>',
        }),
      /launches `gone\.html`/,
    ],
    [
      'an entry outside the package',
      () => zip('slip.zip', { '../evil.html': 'x', 'imsmanifest.xml': '<manifest/>' }),
      /unsafe path/,
    ],
  ])('refuses %s, saying what to do', async (_, make, message) => {
    await expect(startPreviewServer({ zipPath: make() })).rejects.toThrow(message);
  });
});
