import type { CourseData } from '../progress/course-data.ts';
import type { ProgressState } from '../progress/state.ts';
import type { Interaction } from './scorm/interactions.ts';

/**
 * What a course page asks of whoever keeps the progress: the SCORM launcher around it
 * (one LMS session for all pages) or, standing alone, this device's storage.
 */
export interface CourseHost {
  readonly mode: 'lms' | 'standalone';
  state(): ProgressState;
  visit(moduleId: string): void;
  recordQuiz(quizId: string, percent: number, interactions: Interaction[]): void;
  /** The learner's name as the LMS knows it, or null. */
  learnerName(): string | null;
  /** Only called when the course opts in to sending reflections. */
  sendReflection(id: string, text: string): void;
  /** Messages for the learner (saving trouble, a fresh start); each shown once. */
  takeNotices(): string[];
}

declare global {
  interface Window {
    __COURSE__: CourseData;
    __UI__: Record<string, string>;
    __courseHost?: CourseHost;
  }
}

export const course = () => window.__COURSE__;

/** Interface text with `{name}` placeholders filled. */
export const ui = (key: string, values: Record<string, string | number> = {}) =>
  (window.__UI__[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
