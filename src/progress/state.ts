import type { CourseData } from './course-data.ts';
import { countedScore, pretestIds, quizPassed, testedOutModules, testedOutParts, waivedQuizzes } from './tested-out.ts';

export type QuizProgress = { best: number; last: number; attempts: number };

/** How a scenario ending is rated, worst to best; progress keeps the index (0–2) of the best ending reached. */
export const scenarioRatings = ['heroverwegen', 'acceptabel', 'goed'] as const;
export type ScenarioRating = (typeof scenarioRatings)[number];
export type ScenarioProgress = { best: 0 | 1 | 2; plays: number };

/** Everything the course remembers about one learner. Reflections are kept apart (privacy). */
export type ProgressState = {
  visited: Set<string>;
  quizzes: Map<string, QuizProgress>;
  location: string | null;
  /** When `location` was set (seconds since 1970, UTC): the newer location wins when two records merge. */
  locationAt: number | null;
  /** Day (days since 1970-01-01, UTC) on which the completion rule was first met. */
  completedDay: number | null;
  /** Parts whose modules the learner marked as tested out (vrijgesteld) after passing the part's pre-test. */
  testedOut: Set<string>;
  /** Per scenario: the best ending reached and how often it was played to an end. */
  scenarios: Map<string, ScenarioProgress>;
};

export const emptyState = (): ProgressState => ({
  visited: new Set(),
  quizzes: new Map(),
  location: null,
  locationAt: null,
  completedDay: null,
  testedOut: new Set(),
  scenarios: new Map(),
});

export const nowSeconds = (now = Date.now()) => Math.floor(now / 1000);

export const visit = (s: ProgressState, moduleId: string, now = Date.now()): ProgressState => ({
  ...s,
  visited: new Set(s.visited).add(moduleId),
  location: moduleId,
  locationAt: nowSeconds(now),
});

export function recordQuiz(s: ProgressState, quizId: string, percent: number): ProgressState {
  const before = s.quizzes.get(quizId);
  const next: QuizProgress = {
    best: Math.max(before?.best ?? 0, percent),
    last: percent,
    attempts: (before?.attempts ?? 0) + 1,
  };
  return { ...s, quizzes: new Map(s.quizzes).set(quizId, next) };
}

/** Marks (or, with `on` false, unmarks) the modules of a part as tested out. */
export function markTestedOut(s: ProgressState, partId: string, on = true): ProgressState {
  const testedOut = new Set(s.testedOut);
  if (on) testedOut.add(partId);
  else testedOut.delete(partId);
  return { ...s, testedOut };
}

/** One scenario played to an ending: the best rating so far is kept, plays counted. */
export function recordScenario(s: ProgressState, scenarioId: string, rating: ScenarioRating): ProgressState {
  const before = s.scenarios.get(scenarioId);
  const reached = scenarioRatings.indexOf(rating) as ScenarioProgress['best'];
  const next: ScenarioProgress = {
    best: Math.max(before?.best ?? 0, reached) as ScenarioProgress['best'],
    plays: (before?.plays ?? 0) + 1,
  };
  return { ...s, scenarios: new Map(s.scenarios).set(scenarioId, next) };
}

export const today = (now = Date.now()) => Math.floor(now / 86_400_000);

/** The verdict on the whole course, as both SCORM versions and the site need it. */
export type CourseStatus = {
  visitedCount: number;
  /** Modules not visited that count as done because their part is tested out. */
  testedOutCount: number;
  /** Parts marked as tested out (vrijgesteld) that count under the course rule. */
  testedOutParts: string[];
  /** 0–1: share of modules visited or tested out and of graded quizzes passed or waived. */
  progress: number;
  /** Course score 0–100, or null before any graded quiz was taken. */
  score: number | null;
  complete: boolean;
  passed: boolean | null;
  /** Whether the score reaches the course pass mark (null before any score): SCORM 2004 success. */
  scoreMet: boolean | null;
  /** True when the score quiz can no longer be retried and was not passed. */
  failedFinal: boolean;
  missingModules: string[];
  missingQuizzes: string[];
};

/**
 * The course verdict by its completion rule. Pre-tests are never a step. Under
 * `all-visited-or-tested-out-and-quizzes-passed` the modules of a tested-out part count as done and
 * their quizzes are waived (see `tested-out.ts`); the score quiz always counts.
 */
export function courseStatus(course: CourseData, s: ProgressState): CourseStatus {
  const pretests = pretestIds(course);
  const testedOut = testedOutModules(course, s);
  const waived = waivedQuizzes(course, s);
  const graded = course.quizzes.filter((q) => q.graded && !pretests.has(q.id));
  const missingModules = course.modules.filter((m) => !s.visited.has(m.id) && !testedOut.has(m.id)).map((m) => m.id);
  const required = course.rule === 'all-visited' ? [] : graded.filter((q) => !waived.has(q.id));
  const missingQuizzes = required.filter((q) => !quizPassed(s, q)).map((q) => q.id);
  // The average (without a score quiz) is over the quizzes that count: a waived quiz only if taken.
  const averaged = graded.filter((q) => !waived.has(q.id) || s.quizzes.has(q.id));
  const taken = averaged.filter((q) => s.quizzes.has(q.id));
  const scoreQuiz = graded.find((q) => q.id === course.scoreQuiz);
  const score = scoreQuiz
    ? (countedScore(s, scoreQuiz) ?? null)
    : taken.length
      ? Math.round(taken.reduce((sum, q) => sum + countedScore(s, q)!, 0) / averaged.length)
      : null;
  const steps = course.modules.length + graded.length;
  const done =
    course.modules.length - missingModules.length + graded.filter((q) => quizPassed(s, q) || waived.has(q.id)).length;
  const complete = missingModules.length === 0 && missingQuizzes.length === 0;
  const finalTry = scoreQuiz && s.quizzes.get(scoreQuiz.id);
  const failedFinal = Boolean(
    scoreQuiz &&
      finalTry &&
      scoreQuiz.attempts > 0 &&
      finalTry.attempts >= scoreQuiz.attempts &&
      countedScore(s, scoreQuiz)! < course.passMark,
  );
  const passed =
    score === null ? null : complete && score >= course.passMark ? true : score < course.passMark ? false : null;
  const visitedCount = course.modules.filter((m) => s.visited.has(m.id)).length;
  return {
    visitedCount,
    testedOutCount: course.modules.length - missingModules.length - visitedCount,
    testedOutParts: testedOutParts(course, s),
    progress: steps ? done / steps : 1,
    score,
    complete,
    passed,
    scoreMet: score === null ? null : score >= course.passMark,
    failedFinal,
    missingModules,
    missingQuizzes,
  };
}
