/**
 * The course checker against broken courses: one folder per case in tests/fixtures/check/, each an
 * overlay on the valid course with one thing wrong, and the exact lines `npm run check` prints for it
 * (`expected.txt`; `UPDATE=1` rewrites them from the checker's output, to review in the diff).
 */
import { describe, expect, it } from 'vitest';
import { checkCourse } from '../../../src/check/check-course.ts';
import { formatDiagnostic } from '../../../src/check/format.ts';
import { caseNames, expectedLines, fixturesDir, materialise } from './fixture-course.ts';

const lines = async (root: string) => (await checkCourse(root)).map((d) => formatDiagnostic(d));

describe('checkCourse on broken courses', () => {
  it('reports nothing for the valid fixture course', async () => {
    expect(await lines(`${fixturesDir}/valid`)).toEqual([]);
  });

  it.each(caseNames())('%s', async (name) => {
    const course = materialise(name);
    try {
      const actual = await lines(course.root);
      expect(actual).toEqual(expectedLines(name, actual));
    } finally {
      course.done();
    }
  });
});

describe('the real course', () => {
  it('has no errors', async () => {
    const errors = (await checkCourse('.')).filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d));
    expect(errors).toEqual([]);
  }, 60_000);
});
