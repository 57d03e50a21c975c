import type { CourseData } from './course-data.ts';
import { nowSeconds, today, type ProgressState, type QuizProgress, type ScenarioProgress } from './state.ts';

/** No record of this toolkit can be older: anything before it is crafted or damaged. */
export const EARLIEST_DAY = 18_262; // 2020-01-01
const EARLIEST_SECOND = EARLIEST_DAY * 86_400;
/** Attempts are stored in one base-36 character. */
const MAX_STORED_ATTEMPTS = 35;

const inRange = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;

/** A quiz record that can really have happened: scores 0–100, best ≥ last, at least one attempt. */
function checkQuiz(quiz: CourseData['quizzes'][number], q: QuizProgress): QuizProgress | null {
  if (!inRange(q.best, 0, 100) || !inRange(q.last, 0, q.best) || !inRange(q.attempts, 1, MAX_STORED_ATTEMPTS))
    return null;
  // The author may have lowered the attempts since: the learner has used them all, no more.
  return quiz.attempts > 0 && q.attempts > quiz.attempts ? { ...q, attempts: quiz.attempts } : q;
}

/**
 * Every decoded field checked against what is possible (device time and LMS data alike are not
 * trusted): a completion day between 2020 and tomorrow, a location time no later than tomorrow,
 * quiz scores and attempts within range, a location that is a module of this course, scenario
 * ratings 0–2. A field out
 * of range is dropped and named in `dropped`, so the caller can tell the learner.
 */
export function checkRanges(
  course: CourseData,
  state: ProgressState,
  now = Date.now(),
): { state: ProgressState; dropped: string[] } {
  const dropped: string[] = [];
  const quizzes = new Map<string, QuizProgress>();
  for (const [id, q] of state.quizzes) {
    const quiz = course.quizzes.find((x) => x.id === id);
    const ok = quiz && checkQuiz(quiz, q);
    if (ok) quizzes.set(id, ok);
    else dropped.push(`quiz ${id}`);
  }
  let { completedDay, location, locationAt } = state;
  if (completedDay !== null && !inRange(completedDay, EARLIEST_DAY, today(now) + 1)) {
    dropped.push('completedDay');
    completedDay = null;
  }
  if (location !== null && !course.modules.some((m) => m.id === location)) {
    dropped.push('location');
    location = null;
  }
  if (locationAt !== null && !inRange(locationAt, EARLIEST_SECOND, nowSeconds(now) + 86_400)) {
    dropped.push('locationAt');
    locationAt = null;
  }
  const visited = new Set([...state.visited].filter((id) => course.modules.some((m) => m.id === id)));
  const testedOut = new Set([...state.testedOut].filter((id) => course.parts.some((p) => p.id === id)));
  const scenarios = new Map<string, ScenarioProgress>();
  for (const [id, sc] of state.scenarios) {
    const known = course.scenarios.some((x) => x.id === id);
    if (known && inRange(sc.best, 0, 2) && inRange(sc.plays, 1, MAX_STORED_ATTEMPTS)) scenarios.set(id, sc);
    else dropped.push(`scenario ${id}`);
  }
  return {
    state: { visited, quizzes, location, locationAt: location ? locationAt : null, completedDay, testedOut, scenarios },
    dropped,
  };
}
