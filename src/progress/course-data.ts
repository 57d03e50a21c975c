/** `score-quiz`: only the quiz named as the course score; `graded`: every graded quiz; `none`. */
export type InteractionsReported = 'score-quiz' | 'graded' | 'none';

/** Whether the answers to `quizId` are reported to the LMS as interaction records. */
export function reportsInteractions(course: CourseData, quizId: string): boolean {
  const mode = course.interactions ?? 'score-quiz';
  if (mode === 'none') return false;
  if (mode === 'score-quiz') return quizId === course.scoreQuiz;
  return course.quizzes.some((q) => q.id === quizId && q.graded);
}

/** The facts about the course that the browser needs to keep and judge progress. */
export type CourseData = {
  id: string;
  title: string;
  language: 'nl' | 'en';
  passMark: number;
  rule: 'all-visited' | 'all-visited-and-quizzes-passed' | 'all-visited-or-tested-out-and-quizzes-passed';
  scoreQuiz?: string;
  sendReflections: boolean;
  /** Whose answers reach the LMS as interaction records (course.yaml `tracking.interactions`). */
  interactions?: InteractionsReported;
  totalMinutes: number;
  modules: { id: string; key: string; title: string; href: string; minutes: number; quizzes: string[] }[];
  /** Parts in course order with their modules (ids); `pretest` is the quiz that lets a learner test out of the part. */
  parts: { id: string; key: string; title: string; pretest?: string; modules: string[] }[];
  /** Branching scenarios (`<Scenario>`), with the module that shows each. */
  scenarios: { id: string; key: string; module: string }[];
  quizzes: {
    id: string;
    key: string;
    title: string;
    module: string;
    graded: boolean;
    passMark: number;
    attempts: number;
    /** Which attempt counts (quiz `scoring`); best when absent. */
    scoring?: 'best' | 'last';
  }[];
};

/**
 * A short, stable key for an id (FNV-1a, 4 base-36 characters): progress data stays small and
 * survives modules being added or removed. The build refuses two ids with the same key.
 */
export function progressKey(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % 36 ** 4).toString(36).padStart(4, '0');
}

/** Ids that share a progress key, as `[[a, b], …]`; empty when every key is unique. */
export function keyCollisions(ids: string[]): [string, string][] {
  const seen = new Map<string, string>();
  const clashes: [string, string][] = [];
  for (const id of ids) {
    const key = progressKey(id);
    const other = seen.get(key);
    if (other !== undefined && other !== id) clashes.push([other, id]);
    else seen.set(key, id);
  }
  return clashes;
}
