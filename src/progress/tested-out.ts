/**
 * Test out ("vrijgesteld"): a learner who passed a part's pre-test may mark the part, and under the
 * completion rule `all-visited-or-tested-out-and-quizzes-passed` its modules then count as done and
 * their graded quizzes are waived. The score quiz (the final test) is never waived. Browser side.
 */
import type { CourseData } from './course-data.ts';

type QuizData = CourseData['quizzes'][number];
/** The part of the progress state these rules read (structural: `state.ts` imports this file). */
type Progress = { quizzes: Map<string, { best: number; last: number }>; testedOut: Set<string> };

/** The rule under which a tested-out part counts. */
export const TEST_OUT_RULE = 'all-visited-or-tested-out-and-quizzes-passed';

/** The score that counts, by the quiz's `scoring` (best or last attempt), or undefined before one. */
export const countedScore = (s: Progress, q: QuizData) => {
  const record = s.quizzes.get(q.id);
  return record && (q.scoring === 'last' ? record.last : record.best);
};

export const quizPassed = (s: Progress, q: QuizData) => (countedScore(s, q) ?? -1) >= q.passMark;

/** Quiz ids that are pre-tests of a part: never a step of completion themselves. */
export const pretestIds = (course: CourseData) => new Set(course.parts.flatMap((p) => (p.pretest ? [p.pretest] : [])));

/** Whether the learner may mark `partId` as tested out: the part has a pre-test and it is passed. */
export function mayTestOut(course: CourseData, s: Progress, partId: string): boolean {
  const part = course.parts.find((p) => p.id === partId);
  const pretest = part?.pretest && course.quizzes.find((q) => q.id === part.pretest);
  return Boolean(pretest && quizPassed(s, pretest));
}

/**
 * Parts that count as tested out: marked by the learner, with the pre-test passed (marks in crafted
 * or outdated data are ignored), and only under the rule that knows test-out.
 */
export function testedOutParts(course: CourseData, s: Progress): string[] {
  if (course.rule !== TEST_OUT_RULE) return [];
  return course.parts.filter((p) => s.testedOut.has(p.id) && mayTestOut(course, s, p.id)).map((p) => p.id);
}

/** Modules of the tested-out parts. */
export function testedOutModules(course: CourseData, s: Progress): Set<string> {
  const parts = new Set(testedOutParts(course, s));
  return new Set(course.parts.filter((p) => parts.has(p.id)).flatMap((p) => p.modules));
}

/** Graded quizzes that no longer have to be passed: those of tested-out modules, never the score quiz. */
export function waivedQuizzes(course: CourseData, s: Progress): Set<string> {
  const modules = testedOutModules(course, s);
  return new Set(course.quizzes.filter((q) => modules.has(q.module) && q.id !== course.scoreQuiz).map((q) => q.id));
}
