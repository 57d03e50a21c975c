/** The quiz-quality figures behind the summary line and `--json`, on fixture courses. */
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../../src/check/load.ts';
import { formatFigures } from '../../../src/check/quiz-quality/figures.ts';
import { qualityReport } from '../../../src/check/quiz-quality/index.ts';
import { fixturesDir, materialise } from './fixture-course.ts';

const reportOf = async (name: string) => {
  const course = materialise(name);
  try {
    return qualityReport(await loadCourse(course.root));
  } finally {
    course.done();
  }
};

describe('quiz-quality figures', () => {
  it('measures the valid course and prints the summary line with no warnings', async () => {
    const { figures } = qualityReport(await loadCourse(`${fixturesDir}/valid`));
    expect(figures).toMatchObject({ quizzes: 2, questions: 6, warnings: 0, trueFalse: 1, multipleResponse: 1 });
    expect(formatFigures(figures)).toMatch(
      /^Toetskwaliteit: 2 toetsen, 6 vragen — 0 waarschuwingen \(goed antwoord langste: 0 %/,
    );
  });

  it('counts the shares of a course that gives answers away', async () => {
    const { figures, diagnostics } = await reportOf('quiz-quality-course-wide');
    expect(figures.singleChoice).toBe(10);
    expect(figures.writtenFirst).toBeCloseTo(0.7);
    expect(figures.trueShare).toBeCloseTo(0.1);
    expect(figures.rightFirst).toBe(1);
    expect(figures.warnings).toBe(diagnostics.length);
  });
});
