import { progressKey, type CourseData } from './course-data.ts';
import { checkRanges } from './ranges.ts';
import { emptyState, type ProgressState } from './state.ts';

/**
 * Compact, versioned text form of the progress, the same in localStorage and in SCORM `suspend_data`.
 *
 *   P3.<location>.<location time>.<completed day>.<visited keys>.<quiz entries>.<tested-out part keys>.<scenario entries>.<checksum>
 *
 * Ids become 4-character keys (see `progressKey`), so modules may be added or removed between
 * publications: unknown keys are dropped on reading. A quiz entry is key + best + last (2 base-36
 * characters each, 0–100) + attempts (1 character, capped at 35). A module with a quiz entry counts
 * as visited, so it is not listed again. The location time (seconds, base 36) lets the newer of two
 * records win. A tested-out part is its key; a scenario entry is key + best ending (0–2) + plays (1
 * character, capped at 35). `P1.` (without location time) and `P2.` (without the last two fields)
 * data are still read. A 40-module course fits in about 400 characters.
 */
const VERSION = 'P3';
const HEAD = '\\.([0-9a-z]{4})?\\.([0-9a-z]{1,7})?\\.([0-9a-z]{1,6})?\\.((?:[0-9a-z]{4})*)\\.((?:[0-9a-z]{9})*)';
const SHAPES: Record<string, RegExp> = {
  P1: /^P1\.([0-9a-z]{4})?\.()([0-9a-z]{1,6})?\.((?:[0-9a-z]{4})*)\.((?:[0-9a-z]{9})*)()()\.([0-9a-z]{2})$/,
  P2: new RegExp(`^P2${HEAD}()()\\.([0-9a-z]{2})$`),
  P3: new RegExp(`^P3${HEAD}\\.((?:[0-9a-z]{4})*)\\.((?:[0-9a-z]{6})*)\\.([0-9a-z]{2})$`),
};

export class ProgressFormatError extends Error {}

const b36 = (n: number, width: number) =>
  Math.max(0, Math.min(n, 36 ** width - 1))
    .toString(36)
    .padStart(width, '0');
const checksum = (body: string) => b36(Number.parseInt(progressKey(body), 36) % 1296, 2);

export function encodeProgress(course: CourseData, s: ProgressState): string {
  const quizModules = new Set<string>();
  const quizzes = course.quizzes
    .filter((q) => s.quizzes.has(q.id))
    .map((q) => {
      const p = s.quizzes.get(q.id)!;
      quizModules.add(q.module);
      return q.key + b36(p.best, 2) + b36(p.last, 2) + b36(p.attempts, 1);
    })
    .join('');
  const visited = course.modules
    .filter((m) => s.visited.has(m.id) && !quizModules.has(m.id))
    .map((m) => m.key)
    .join('');
  const location = s.location ? progressKey(s.location) : '';
  const locationAt = s.location && s.locationAt !== null ? s.locationAt.toString(36) : '';
  const day = s.completedDay === null ? '' : s.completedDay.toString(36);
  const testedOut = course.parts
    .filter((p) => s.testedOut.has(p.id))
    .map((p) => p.key)
    .join('');
  const scenarios = course.scenarios
    .filter((sc) => s.scenarios.has(sc.id))
    .map((sc) => {
      const p = s.scenarios.get(sc.id)!;
      return sc.key + b36(p.best, 1) + b36(p.plays, 1);
    })
    .join('');
  const body = [VERSION, location, locationAt, day, visited, quizzes, testedOut, scenarios].join('.');
  return `${body}.${checksum(body)}`;
}

/** The state as stored, and the fields that were out of range and therefore not taken over. */
export type DecodedProgress = { state: ProgressState; dropped: string[] };

/**
 * Reads an encoded progress value and range-checks every field (see `checkRanges`); throws
 * `ProgressFormatError` when it is corrupt or foreign.
 */
export function decodeProgressChecked(course: CourseData, text: string, now = Date.now()): DecodedProgress {
  const match = SHAPES[text.slice(0, 2)]?.exec(text);
  if (!match)
    throw new ProgressFormatError(
      /^P\d\./.test(text) ? 'the stored progress is damaged' : 'the stored value is not progress of this course format',
    );
  const [, location = '', locationAt = '', day = '', visited = '', quizzes = '', testedOut = '', scenarios = '', sum] =
    match;
  if (checksum(text.slice(0, -3)) !== sum) throw new ProgressFormatError('the stored progress is damaged (checksum)');
  const moduleByKey = new Map(course.modules.map((m) => [m.key, m.id]));
  const quizByKey = new Map(course.quizzes.map((q) => [q.key, q]));
  const state = emptyState();
  for (const key of visited.match(/.{4}/g) ?? []) {
    const id = moduleByKey.get(key);
    if (id) state.visited.add(id);
  }
  for (const entry of quizzes.match(/.{9}/g) ?? []) {
    const quiz = quizByKey.get(entry.slice(0, 4));
    if (!quiz) continue;
    const num = (from: number, to: number) => Number.parseInt(entry.slice(from, to), 36);
    state.quizzes.set(quiz.id, { best: num(4, 6), last: num(6, 8), attempts: num(8, 9) });
  }
  const partByKey = new Map(course.parts.map((p) => [p.key, p.id]));
  for (const key of testedOut.match(/.{4}/g) ?? []) {
    const id = partByKey.get(key);
    if (id) state.testedOut.add(id);
  }
  const scenarioByKey = new Map(course.scenarios.map((sc) => [sc.key, sc.id]));
  for (const entry of scenarios.match(/.{6}/g) ?? []) {
    const id = scenarioByKey.get(entry.slice(0, 4));
    if (!id) continue;
    const best = Number.parseInt(entry[4]!, 36) as 0 | 1 | 2;
    state.scenarios.set(id, { best, plays: Number.parseInt(entry[5]!, 36) });
  }
  state.location = location ? (moduleByKey.get(location) ?? null) : null;
  state.locationAt = state.location && locationAt ? Number.parseInt(locationAt, 36) : null;
  state.completedDay = day ? Number.parseInt(day, 36) : null;
  const checked = checkRanges(course, state, now);
  // A module whose quiz was taken counts as visited (it is not listed twice in the data).
  for (const id of checked.state.quizzes.keys()) {
    const module = course.quizzes.find((q) => q.id === id)!.module;
    if (moduleByKey.has(progressKey(module))) checked.state.visited.add(module);
  }
  return checked;
}

/** Reads an encoded progress value; throws `ProgressFormatError` when it is corrupt or foreign. */
export const decodeProgress = (course: CourseData, text: string, now = Date.now()): ProgressState =>
  decodeProgressChecked(course, text, now).state;
