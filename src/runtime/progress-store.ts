import { decodeProgressChecked, encodeProgress, ProgressFormatError } from '../progress/encoding.ts';
import { mergeStates } from '../progress/merge.ts';
import { emptyState, today, courseStatus, type ProgressState } from '../progress/state.ts';
import type { CourseData } from '../progress/course-data.ts';
import { storage } from './storage.ts';

/** Stored progress as read: `reset` when it was unreadable, `partial` when some fields were out of range. */
export type ReadProgress = { state: ProgressState; reset: boolean; partial: boolean };

/** Reads encoded progress; a damaged or foreign value gives a fresh start and says so. */
export function readProgress(course: CourseData, text: string | null, now = Date.now()): ReadProgress {
  if (!text) return { state: emptyState(), reset: false, partial: false };
  try {
    const { state, dropped } = decodeProgressChecked(course, text, now);
    return { state, reset: false, partial: dropped.length > 0 };
  } catch (error) {
    if (error instanceof ProgressFormatError) return { state: emptyState(), reset: true, partial: false };
    throw error;
  }
}

/** Stamps the day of completion the first time the completion rule is met. */
export function withCompletion(course: CourseData, state: ProgressState): ProgressState {
  if (state.completedDay !== null || !courseStatus(course, state).complete) return state;
  return { ...state, completedDay: today() };
}

export const writeProgress = encodeProgress;

/**
 * Read–merge–write of this device's copy: another tab (or an earlier session) may have written
 * since we read it, and nothing either did may be lost. Returns the merged state.
 */
export function mergeIntoDevice(course: CourseData, key: string, state: ProgressState): ProgressState {
  const stored = readProgress(course, storage.get(key));
  const merged = stored.reset ? state : mergeStates(state, stored.state);
  storage.set(key, encodeProgress(course, merged));
  return merged;
}
