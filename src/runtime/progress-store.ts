import { decodeProgress, encodeProgress, ProgressFormatError } from '../progress/encoding.ts';
import { emptyState, today, courseStatus, type ProgressState } from '../progress/state.ts';
import type { CourseData } from '../progress/course-data.ts';

/** Reads encoded progress; a damaged or foreign value gives a fresh start and says so. */
export function readProgress(course: CourseData, text: string | null): { state: ProgressState; reset: boolean } {
  if (!text) return { state: emptyState(), reset: false };
  try {
    return { state: decodeProgress(course, text), reset: false };
  } catch (error) {
    if (error instanceof ProgressFormatError) return { state: emptyState(), reset: true };
    throw error;
  }
}

/** Stamps the day of completion the first time the completion rule is met. */
export function withCompletion(course: CourseData, state: ProgressState): ProgressState {
  if (state.completedDay !== null || !courseStatus(course, state).complete) return state;
  return { ...state, completedDay: today() };
}

export const writeProgress = encodeProgress;
