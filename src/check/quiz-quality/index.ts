/**
 * Rule family `quiz-quality`: item-writing flaws that let a learner pass without knowing (issue 14),
 * as warnings with file and line, plus course-wide figures (`qualityReport`) for the summary line and
 * `--json`. Draw problems (a pool too small or unknown) are errors: the quiz cannot be served.
 */
import { sortDiagnostics, type Diagnostic } from '../../course/source/diagnostic.ts';
import type { LoadedCourse } from '../model.ts';
import { drawProblems, scoreQuizPolicy } from './bank-rules.ts';
import { coverage, duplicateStems, reusedText } from './content-rules.ts';
import { courseWarnings, measure, type QualityFigures } from './figures.ts';
import { formWarnings } from './form-rules.ts';
import { quizFacts, scoreQuizId } from './items.ts';

export type QualityReport = { diagnostics: Diagnostic[]; figures: QualityFigures };

export function qualityReport(course: LoadedCourse): QualityReport {
  const quizzes = quizFacts(course);
  const scoreQuiz = scoreQuizId(course);
  const final = quizzes.find((q) => q.id === scoreQuiz);
  const measured = measure(quizzes);
  const covered = coverage(course, final);
  const diagnostics = sortDiagnostics([
    ...quizzes.flatMap(formWarnings),
    ...quizzes.flatMap(drawProblems),
    ...(final ? scoreQuizPolicy(final) : []),
    ...duplicateStems(quizzes, scoreQuiz),
    ...reusedText(course, final),
    ...covered.warnings,
    ...courseWarnings(course, measured),
  ]);
  return {
    diagnostics,
    figures: {
      ...measured,
      warnings: diagnostics.filter((d) => d.severity === 'warning').length,
      coveredModules: covered.covered,
      expectedModules: covered.expected,
    },
  };
}

export const quizQualityRule = (course: LoadedCourse) => qualityReport(course).diagnostics;
