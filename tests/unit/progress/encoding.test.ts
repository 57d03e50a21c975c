import { describe, expect, it } from 'vitest';
import { keyCollisions, type CourseData } from '../../../src/progress/course-data.ts';
import { courseData, moduleIds } from '../../helpers/course-data.ts';
import { decodeProgress, encodeProgress, ProgressFormatError } from '../../../src/progress/encoding.ts';
import { courseStatus, emptyState, recordQuiz, visit } from '../../../src/progress/state.ts';
import { mergeStates } from '../../../src/progress/merge.ts';

/** A course of `n` modules, each with one graded quiz of the same id. */
const fakeCourse = (n: number): CourseData => courseData(moduleIds(n), { id: 'test' });

function everythingDone(course: CourseData) {
  let state = emptyState();
  for (const m of course.modules) state = visit(state, m.id);
  for (const q of course.quizzes) state = recordQuiz(recordQuiz(recordQuiz(state, q.id, 40), q.id, 100), q.id, 90);
  return { ...state, completedDay: 20_500 };
}

describe('progress encoding', () => {
  it('round-trips visits, quiz results, location and completion day', () => {
    const course = fakeCourse(5);
    let state = visit(visit(emptyState(), 'module-nummer-1'), 'module-nummer-3');
    state = recordQuiz(recordQuiz(state, 'module-nummer-3', 40), 'module-nummer-3', 85);
    state = { ...state, completedDay: 20_000 };
    const decoded = decodeProgress(course, encodeProgress(course, state));
    expect([...decoded.visited].sort()).toEqual(['module-nummer-1', 'module-nummer-3']);
    expect(decoded.quizzes.get('module-nummer-3')).toEqual({ best: 85, last: 85, attempts: 2 });
    expect(decoded.location).toBe('module-nummer-3');
    expect(decoded.completedDay).toBe(20_000);
  });

  it.each([
    [40, 1000],
    [400, 4096],
  ])('fits a finished %i-module course in %i characters', (n, limit) => {
    const course = fakeCourse(n);
    const text = encodeProgress(course, everythingDone(course));
    expect(text.length).toBeLessThanOrEqual(limit);
    expect(courseStatus(course, decodeProgress(course, text)).complete).toBe(true);
  });

  it.each([
    ['empty braces', '{}'],
    ['another format', 'visited=1,2,3'],
    ['a truncated value', null],
    ['a changed character', 'flip'],
  ])('rejects %s as damaged or foreign', (_, value) => {
    const course = fakeCourse(3);
    const good = encodeProgress(course, everythingDone(course));
    const text =
      value === null
        ? good.slice(0, -5)
        : value === 'flip'
          ? good.replace(/\.(.)/, (_m, c: string) => `.${c === 'a' ? 'b' : 'a'}`)
          : value;
    expect(() => decodeProgress(course, text)).toThrow(ProgressFormatError);
  });

  it('drops modules that no longer exist and keeps the rest (republished course)', () => {
    const before = fakeCourse(4);
    const text = encodeProgress(before, everythingDone(before));
    const after = { ...before, modules: before.modules.slice(1), quizzes: before.quizzes.slice(1) };
    const decoded = decodeProgress(after, text);
    expect(decoded.visited.has('module-nummer-1')).toBe(false);
    expect(decoded.visited.size).toBe(3);
  });

  it('gives every id of a large course its own key', () => {
    expect(keyCollisions(fakeCourse(400).modules.map((m) => m.id))).toEqual([]);
    expect(keyCollisions(['a', 'a'])).toEqual([]);
  });
});

describe('course status and merging', () => {
  it('is complete only when every module is visited and every graded quiz passed', () => {
    const course = fakeCourse(2);
    let state = visit(visit(emptyState(), 'module-nummer-1'), 'module-nummer-2');
    state = recordQuiz(state, 'module-nummer-1', 100);
    expect(courseStatus(course, state)).toMatchObject({ complete: false, missingQuizzes: ['module-nummer-2'] });
    state = recordQuiz(state, 'module-nummer-2', 70);
    expect(courseStatus(course, state)).toMatchObject({ complete: true, score: 85, passed: true, progress: 1 });
  });

  it('merges two records without losing a visit or a better score', () => {
    const a = recordQuiz(visit(emptyState(), 'x'), 'q', 50);
    const b = recordQuiz(recordQuiz(visit(emptyState(), 'y'), 'q', 90), 'q', 20);
    const merged = mergeStates(a, b);
    expect([...merged.visited].sort()).toEqual(['x', 'y']);
    expect(merged.quizzes.get('q')).toEqual({ best: 90, last: 20, attempts: 2 });
  });
});
