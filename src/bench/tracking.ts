/**
 * The size of SCORM `cmi.suspend_data` for a learner who visited every module and answered every
 * quiz (best 100, several attempts): the real `encodeProgress` on `CourseData` built from the course
 * folder with the real schemas and outline code. Both SCORM versions store this same string.
 */
import { courseDataOf } from '../course/read-valid-course.ts';
import type { CourseData } from '../progress/course-data.ts';
import { decodeProgress, encodeProgress } from '../progress/encoding.ts';
import { emptyState, recordQuiz, today, visit } from '../progress/state.ts';

/** SCORM limits on `cmi.suspend_data`, in characters. */
export const suspendDataLimits = { '1.2': 4096, '2004': 64000 } as const;

export type TrackingResult = {
  modules: number;
  quizzes: number;
  suspendData: string;
  length: number;
  roundTrip: boolean;
};

/** The course's `CourseData`, read and validated by the course reader (quizzes placed from the syntax tree). */
export const courseDataFrom = (root: string): CourseData => courseDataOf(root);

/** Every module visited in order, every quiz taken three times (60, 85, 100), course completed today. */
export function fullProgress(data: CourseData) {
  let state = emptyState();
  for (const m of data.modules) state = visit(state, m.id);
  for (const q of data.quizzes) for (const percent of [60, 85, 100]) state = recordQuiz(state, q.id, percent);
  return { ...state, completedDay: today() };
}

export function measureTracking(root: string): TrackingResult {
  const data = courseDataFrom(root);
  const state = fullProgress(data);
  const suspendData = encodeProgress(data, state);
  const back = decodeProgress(data, suspendData);
  const roundTrip =
    back.visited.size === state.visited.size &&
    [...state.quizzes].every(([id, p]) => {
      const q = back.quizzes.get(id);
      return q?.best === p.best && q.last === p.last && q.attempts === p.attempts;
    });
  return {
    modules: data.modules.length,
    quizzes: data.quizzes.length,
    suspendData,
    length: suspendData.length,
    roundTrip,
  };
}
