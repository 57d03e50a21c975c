import { progressKey, type CourseData } from './course-data.ts';
import { checkRanges } from './ranges.ts';
import { emptyState, type ProgressState } from './state.ts';

/**
 * Compact, versioned text form of the progress, the same in localStorage and in SCORM `suspend_data`.
 *
 *   P2.<location>.<location time>.<completed day>.<visited keys>.<quiz entries>.<checksum>
 *
 * Ids become 4-character keys (see `progressKey`), so modules may be added or removed between
 * publications: unknown keys are dropped on reading. A quiz entry is key + best + last (2 base-36
 * characters each, 0–100) + attempts (1 character, capped at 35). A module with a quiz entry counts
 * as visited, so it is not listed again. The location time (seconds, base 36) lets the newer of two
 * records win. `P1.` data (without it) is still read. A 40-module course fits in about 400 characters.
 */
const VERSION = 'P2';
const SHAPES: Record<string, RegExp> = {
  P1: /^P1\.([0-9a-z]{4})?\.()([0-9a-z]{1,6})?\.((?:[0-9a-z]{4})*)\.((?:[0-9a-z]{9})*)\.([0-9a-z]{2})$/,
  P2: /^P2\.([0-9a-z]{4})?\.([0-9a-z]{1,7})?\.([0-9a-z]{1,6})?\.((?:[0-9a-z]{4})*)\.((?:[0-9a-z]{9})*)\.([0-9a-z]{2})$/,
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
  const body = [VERSION, location, locationAt, day, visited, quizzes].join('.');
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
  const [, location = '', locationAt = '', day = '', visited = '', quizzes = '', sum] = match;
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
