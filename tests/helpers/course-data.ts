import { type CourseData, progressKey } from '../../src/progress/course-data.ts';

/**
 * Course data as the browser gets it (`window.__COURSE__`), for unit tests: one module per id, each
 * with one graded quiz of the same id. `quiz` changes every quiz entry, `over` the course fields.
 */
export function courseData(
  ids: string[],
  over: Partial<CourseData> = {},
  quiz: Partial<CourseData['quizzes'][number]> = {},
): CourseData {
  const entry = (id: string) => ({ id, key: progressKey(id), title: id });
  return {
    id: 'test-course',
    title: 'Test',
    language: 'nl',
    passMark: 70,
    rule: 'all-visited-and-quizzes-passed',
    sendReflections: false,
    totalMinutes: ids.length * 30,
    modules: ids.map((id) => ({ ...entry(id), href: `modules/${id}.html`, minutes: 30, quizzes: [id] })),
    parts: [{ ...entry('deel-1'), title: 'Deel 1', modules: ids }],
    scenarios: [],
    quizzes: ids.map((id) => ({ ...entry(id), module: id, graded: true, passMark: 70, attempts: 0, ...quiz })),
    ...over,
  };
}

/** `n` module ids `module-nummer-1` … `module-nummer-n`. */
export const moduleIds = (n: number) => Array.from({ length: n }, (_, i) => `module-nummer-${i + 1}`);
