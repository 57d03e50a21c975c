import { describe, expect, it } from 'vitest';
import { BuildFailure, type BuildSummary } from '../../../src/build/staged-build.ts';
import {
  buildFailureJson,
  buildSummaryJson,
  formatBuildFailure,
  formatBuildSummary,
} from '../../../src/build/summary.ts';
import type { Diagnostic } from '../../../src/check/check-course.ts';

const summary: BuildSummary = {
  course: { id: 'mijn-cursus', title: 'Mijn cursus' },
  outDir: '/repo/dist',
  site: { index: '/repo/dist/index.html', files: 120, bytes: 3_000_000, pagesIndexed: 48 },
  packages: [
    { version: '1.2', path: '/repo/dist/mijn-cursus-scorm12.zip', bytes: 1_321_205, files: 115 },
    { version: '2004', path: '/repo/dist/mijn-cursus-scorm2004.zip', bytes: 1_322_000, files: 115 },
  ],
  warnings: 0,
  timings: { check: 1.62, astro: 9.71, search: 0.94, scorm: 1.25, total: 14.2 },
};
const problem: Diagnostic = {
  file: 'modules/course.yaml',
  line: 3,
  column: 1,
  severity: 'error',
  rule: 'schema',
  message: '`title` is missing.',
};

describe('the build summary', () => {
  it('says what was written where, the time per phase and how to open it', () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: strips the terminal's colour codes (ESC [ n m)
    expect(formatBuildSummary(summary, '/repo').replace(/\u001b\[\d+m/g, '')).toMatchInlineSnapshot(`
      "
      Built Mijn cursus
        site        dist/index.html  (48 pages indexed for search)
        SCORM 1.2   dist/mijn-cursus-scorm12.zip  (1.26 MB, 115 files)
        SCORM 2004  dist/mijn-cursus-scorm2004.zip  (1.26 MB, 115 files)
        time        check 1.6 s · astro 9.7 s · search 0.9 s · scorm 1.3 s

      Open dist/index.html in a browser, or try a package as an LMS would: npm run preview:lms -- dist/mijn-cursus-scorm12.zip"
    `);
  });

  it('as JSON keeps every number unrounded and every path absolute', () => {
    expect(JSON.parse(buildSummaryJson(summary))).toEqual({ ok: true, ...summary });
  });
});

describe('a failed build', () => {
  it('stopped by the check lists the problems and says nothing was written', () => {
    const text = formatBuildFailure(new BuildFailure('The course has errors; nothing was built.', [problem]), 'dist');
    expect(text).toMatch(/^modules\/course\.yaml:3:1 error `title` is missing\. \[schema\]/);
    expect(text).toMatch(
      /The build stopped before writing anything: fix the 1 error\(s\) above \(`npm run check` lists them again\)\.$/,
    );
  });

  it('stopped later says the output folder was left as it was', () => {
    expect(formatBuildFailure(new BuildFailure('Pagefind could not start'), 'dist')).toBe(
      '\nThe build failed; dist/ was left as it was.\nPagefind could not start',
    );
  });

  it('as JSON carries the message and the problems', () => {
    expect(JSON.parse(buildFailureJson(new BuildFailure('x', [problem])))).toEqual({
      ok: false,
      error: 'x',
      problems: [problem],
    });
  });
});
