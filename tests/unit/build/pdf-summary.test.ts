import { describe, expect, it } from 'vitest';
import type { BuildSummary } from '../../../src/build/staged-build.ts';
import { formatBuildSummary } from '../../../src/build/summary.ts';

const summary: BuildSummary = {
  course: { id: 'c', title: 'C' },
  outDir: '/repo/dist',
  site: { index: '/repo/dist/index.html', files: 10, bytes: 1000, pagesIndexed: 5 },
  packages: [{ version: '1.2', path: '/repo/dist/c-scorm12.zip', bytes: 1000, files: 9 }],
  warnings: 0,
  timings: { check: 1, astro: 2, search: 0.5, scorm: 0.5, total: 4 },
};
// biome-ignore lint/suspicious/noControlCharactersInRegex: strips the terminal's colour codes (ESC [ n m)
const plain = (s: string) => s.replace(/\u001b\[\d+m/g, '');
const pdfLine = (s: BuildSummary) =>
  plain(formatBuildSummary(s, '/repo'))
    .split('\n')
    .filter((l) => l.includes('PDFs'));

describe('the PDFs in the build summary', () => {
  it('counts the printed pages and their time', () => {
    expect(pdfLine({ ...summary, pdfs: { files: ['werkbladen/a.pdf', 'werkbladen/b.pdf'], seconds: 3.46 } })).toEqual([
      '  PDFs        2 printed from their pages, beside them in the site (3.5 s)',
    ]);
  });

  it('says why there are none when Chromium is missing, and says nothing when no page asks for one', () => {
    const notice = 'no PDFs made: Chromium was not found at /usr/bin/chromium (install it, or set CHROME_PATH).';
    expect(pdfLine({ ...summary, pdfs: { files: [], seconds: 0, notice } })).toEqual([`  PDFs        ${notice}`]);
    expect(pdfLine({ ...summary, pdfs: { files: [], seconds: 0 } })).toEqual([]);
    expect(pdfLine(summary)).toEqual([]);
  });
});
