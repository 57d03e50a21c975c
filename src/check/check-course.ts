/** `checkCourse(root)`: load a course folder and run every rule family over it. */
import { loadCourse } from './load.ts';
import { qualityReport } from './quiz-quality/index.ts';
import type { QualityFigures } from './quiz-quality/figures.ts';
import { rules } from './rules.ts';
import { sortDiagnostics, type Diagnostic } from '../course/source/diagnostic.ts';

export type { Diagnostic } from '../course/source/diagnostic.ts';

/** Every problem in the course at `root` (the folder holding `modules/` and `quizzes/`), sorted by file and line. */
export async function checkCourse(root: string): Promise<Diagnostic[]> {
  return (await checkCourseReport(root)).diagnostics;
}

/** The problems plus the course-wide quiz-quality figures (for the summary line and `--json`). */
export async function checkCourseReport(
  root: string,
): Promise<{ diagnostics: Diagnostic[]; quizQuality: QualityFigures }> {
  const course = await loadCourse(root);
  const diagnostics = sortDiagnostics([
    ...course.loadProblems,
    ...Object.values(rules).flatMap((rule) => rule(course)),
  ]);
  return { diagnostics, quizQuality: qualityReport(course).figures };
}
