/**
 * Banks add nothing to the progress data: the draw and the option order follow from the learner key,
 * the quiz id and the attempt counter that is stored anyway. The data stays within its budget and the
 * next attempt's draw is the same after a round trip through it (a relaunch).
 */
import { describe, expect, it } from 'vitest';
import { drawnQuestions } from '../../../../src/quiz/bank/draw.ts';
import type { CourseData } from '../../../../src/progress/course-data.ts';
import { courseData, moduleIds } from '../../../helpers/course-data.ts';
import { decodeProgress, encodeProgress } from '../../../../src/progress/encoding.ts';
import { courseStatus, emptyState, recordQuiz, visit } from '../../../../src/progress/state.ts';

function bankCourse(n: number): CourseData {
  const ids = moduleIds(n);
  return courseData(ids, { id: 'bank', title: 'Bank', scoreQuiz: ids.at(-1) }, { attempts: 3, scoring: 'best' });
}

const bank = Array.from({ length: 60 }, (_, i) => ({ id: `vraag-${i}`, pool: `deel-${i % 5}` }));
const draw = Array.from({ length: 5 }, (_, p) => ({ pool: `deel-${p}`, count: 4 }));

describe('progress data with question banks', () => {
  it.each([
    [40, 1000],
    [400, 4096],
  ])('a finished %i-module course of bank quizzes at their last attempt fits in %i characters', (n, limit) => {
    const course = bankCourse(n);
    let state = emptyState();
    for (const m of course.modules) state = visit(state, m.id);
    for (const q of course.quizzes) state = recordQuiz(recordQuiz(recordQuiz(state, q.id, 40), q.id, 100), q.id, 90);
    const text = encodeProgress(course, { ...state, completedDay: 20_500 });
    expect(text.length).toBeLessThanOrEqual(limit);
    expect(courseStatus(course, decodeProgress(course, text)).complete).toBe(true);
  });

  it('gives the same next draw after a relaunch (decoded attempt counter)', () => {
    const course = bankCourse(3);
    const quiz = course.quizzes[2]!.id;
    const state = recordQuiz(emptyState(), quiz, 50);
    const before = drawnQuestions(bank, draw, 'learner-7', quiz, state.quizzes.get(quiz)!.attempts);
    const relaunched = decodeProgress(course, encodeProgress(course, state));
    expect(drawnQuestions(bank, draw, 'learner-7', quiz, relaunched.quizzes.get(quiz)!.attempts)).toEqual(before);
    expect(before).toHaveLength(20);
  });
});

describe('scoring policy in the course status', () => {
  const course = bankCourse(1);
  const quiz = course.quizzes[0]!.id;
  const withScoring = (scoring: 'best' | 'last'): CourseData => ({
    ...course,
    quizzes: course.quizzes.map((q) => ({ ...q, scoring })),
  });
  const state = recordQuiz(recordQuiz(visit(emptyState(), quiz), quiz, 90), quiz, 50);

  it('sends the best attempt with `scoring: best`', () => {
    expect(courseStatus(withScoring('best'), state).score).toBe(90);
  });
  it('sends the last attempt with `scoring: last`, and passing follows it', () => {
    const status = courseStatus(withScoring('last'), state);
    expect(status.score).toBe(50);
    expect(status.complete).toBe(false);
  });
  it('fails the score quiz for good after the last attempt below the pass mark', () => {
    const third = recordQuiz(state, quiz, 60);
    expect(courseStatus(withScoring('last'), third).failedFinal).toBe(true);
    expect(courseStatus(withScoring('best'), third).failedFinal).toBe(false);
  });
});
