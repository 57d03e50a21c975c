import type { CourseData } from '../progress/course-data.ts';
import type { ProgressState } from '../progress/state.ts';
import type { QuestionAnswer } from './answer.ts';
import { assembledCourse } from './course-source.ts';
import type { ScenarioPlay } from './scenario-play.ts';

/**
 * What a course page asks of whoever keeps the progress: the launcher around it (one LMS session
 * for all pages, through an LMS adapter) or, standing alone, this device's storage. It speaks of
 * course events only (a visit, a quiz result); what they become in an LMS is the adapter's business.
 */
export interface CourseHost {
  readonly mode: 'lms' | 'standalone';
  state(): ProgressState;
  visit(moduleId: string): void;
  recordQuiz(quizId: string, percent: number, answers: QuestionAnswer[]): void;
  /** A branching scenario played to an ending: its best ending is kept, the path reported. */
  recordScenario(scenarioId: string, play: ScenarioPlay): void;
  /** Marks (or with `on` false unmarks) a part as tested out; callers check `mayTestOut` first. */
  testOut(partId: string, on: boolean): void;
  /** True when the LMS says the course is finished but has no details of it (nor has this device). */
  detailsUnavailable?(): boolean;
  /** The learner's name as the LMS knows it, or null. */
  learnerName(): string | null;
  /** A stable key of this learner (LMS learner id, or this device's id): the seed of option order and draws. */
  learnerKey?(): string;
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

/** The whole course (packed on the wire, see `src/runtime/course-source.ts`). */
export const course = (): CourseData => assembledCourse();

/** Interface text with `{name}` placeholders filled. */
export const ui = (key: string, values: Record<string, string | number> = {}) =>
  (window.__UI__[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
