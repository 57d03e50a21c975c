import { markTestedOut, recordQuiz, recordScenario, visit, type ProgressState } from '../progress/state.ts';
import { encodeProgress } from '../progress/encoding.ts';
import type { CourseData } from '../progress/course-data.ts';
import type { CourseHost } from './host.ts';
import { mergeIntoDevice, readProgress, withCompletion } from './progress-store.ts';
import { keys, storage } from './storage.ts';

/** This device's id, made once (without storage: one per page, so the order holds within the page). */
function deviceKey(courseId: string): string {
  const key = keys.device(courseId);
  const known = storage.get(key);
  if (known) return known;
  const made = Math.random().toString(36).slice(2, 10);
  storage.set(key, made);
  return made;
}

/** Progress kept in this browser's localStorage: the course as a plain website. */
export function standaloneHost(course: CourseData, ui: (key: string) => string): CourseHost {
  const key = keys.progress(course.id);
  const notices: string[] = [];
  if (!storage.available()) notices.push(ui('storageUnavailable'));
  const loaded = readProgress(course, storage.get(key));
  if (loaded.reset) {
    notices.push(ui('progressReset'));
    storage.remove(key);
  } else if (loaded.partial) notices.push(ui('progressPartial'));
  let state: ProgressState = loaded.state;
  const device = deviceKey(course.id);
  const save = (next: ProgressState) => {
    // Read–merge–write: another tab of the course may have saved since.
    state = mergeIntoDevice(course, key, withCompletion(course, next));
  };
  return {
    mode: 'standalone',
    state: () => state,
    visit: (moduleId) => save(visit(state, moduleId)),
    recordQuiz: (quizId, percent) => save(recordQuiz(state, quizId, percent)),
    recordScenario: (scenarioId, play) => save(recordScenario(state, scenarioId, play.rating)),
    testOut: (partId, on) => {
      const next = markTestedOut(state, partId, on);
      // A merge unites tested-out parts, so an undo is written over this device's copy, not merged into it.
      if (!on) storage.set(key, encodeProgress(course, next));
      save(next);
    },
    learnerName: () => null,
    learnerKey: () => device,
    sendReflection: () => undefined,
    takeNotices: () => notices.splice(0),
  };
}

/** The launcher's host when the page is shown inside it (same origin), else null. */
export function frameHost(): CourseHost | null {
  try {
    if (window.parent !== window && window.parent.__courseHost) return window.parent.__courseHost;
  } catch {
    /* a cross-origin parent (an LMS page) is not our launcher */
  }
  return null;
}
