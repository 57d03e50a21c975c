/** The build's PDF step without Chromium: a notice for the summary, no file, no failure. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { coursePdfsAvailable, pdfLinksIn } from '../../../src/build/pdf-available.ts';
import { writeCoursePdfs } from '../../../src/build/pdf.ts';

const site = mkdtempSync(join(tmpdir(), 'pdf-site-'));
mkdirSync(join(site, 'werkbladen'));
writeFileSync(join(site, 'index.html'), '<!doctype html><title>x</title>');
const chrome = process.env.CHROME_PATH;
afterAll(() => {
  rmSync(site, { recursive: true, force: true });
  if (chrome === undefined) delete process.env.CHROME_PATH;
  else process.env.CHROME_PATH = chrome;
});

describe('writeCoursePdfs', () => {
  it('does nothing when no page asks for a PDF', async () => {
    const result = await writeCoursePdfs(site);
    expect([result.files, result.notice]).toEqual([[], undefined]);
  });

  it('without Chromium prints nothing and says so, and the pages link to their print page', async () => {
    writeFileSync(
      join(site, 'werkbladen/a.html'),
      '<!doctype html><meta name="course-pdf" content="./a.pdf"><title>a</title>',
    );
    process.env.CHROME_PATH = join(site, 'no-chromium-here');
    expect(coursePdfsAvailable()).toBe(false);
    const result = await writeCoursePdfs(site);
    expect(result.files).toEqual([]);
    expect(result.notice).toBe(
      `no PDFs made: Chromium was not found at ${join(site, 'no-chromium-here')} (install it, or set CHROME_PATH). The 1 pages that ask for one link to their print page instead.`,
    );
    expect(existsSync(join(site, 'werkbladen/a.pdf'))).toBe(false);
  });

  it('stops the build on a wrong meta tag, naming the page', async () => {
    writeFileSync(join(site, 'b.html'), '<!doctype html><meta name="course-pdf" content="b.png"><title>b</title>');
    await expect(writeCoursePdfs(site)).rejects.toThrow(
      'The PDF pages cannot be printed:\n- `<meta name="course-pdf" content="b.png">` in b.html must name a `.pdf` file.',
    );
  });

  it('makes PDFs only in a build, whatever NODE_ENV is: pages in `astro dev` link to the print page', () => {
    expect(coursePdfsAvailable(false)).toBe(false);
    expect(pdfLinksIn('development')).toBe(false);
    process.env.CHROME_PATH = process.execPath; // any file that exists stands in for Chromium here
    expect(pdfLinksIn('production')).toBe(true);
  });
});
