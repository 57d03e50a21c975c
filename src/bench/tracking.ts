/**
 * The size of SCORM `cmi.suspend_data` for a learner who visited every module and answered every
 * quiz (best 100, several attempts): the real `encodeProgress` on `CourseData` built from the course
 * folder with the real schemas and outline code. Both SCORM versions store this same string.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../course/source/frontmatter.ts';
import { buildOutline, toCourseData } from '../course/outline.ts';
import type { CourseData } from '../progress/course-data.ts';
import { decodeProgress, encodeProgress } from '../progress/encoding.ts';
import { emptyState, recordQuiz, today, visit } from '../progress/state.ts';
import { courseSchema } from '../schemas/course.ts';
import { moduleSchema } from '../schemas/module.ts';
import { quizSchema } from '../schemas/quiz.ts';

/** SCORM limits on `cmi.suspend_data`, in characters. */
export const suspendDataLimits = { '1.2': 4096, '2004': 64000 } as const;

export type TrackingResult = {
  modules: number;
  quizzes: number;
  suspendData: string;
  length: number;
  roundTrip: boolean;
};

export function courseDataFrom(root: string): CourseData {
  const course = courseSchema.parse(parse(readFileSync(join(root, 'modules', 'course.yaml'), 'utf8')));
  const mdx = readdirSync(join(root, 'modules'), { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.mdx'),
  );
  const modules = mdx.map((file) => {
    const { frontmatter, body } = splitFrontmatter(readFileSync(join(root, 'modules', file), 'utf8'));
    return { data: moduleSchema.parse(parse(frontmatter ?? '')), body };
  });
  const quizzes = readdirSync(join(root, 'quizzes'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({
      ...quizSchema.parse(parse(readFileSync(join(root, 'quizzes', f), 'utf8'))),
      id: f.replace(/\.yaml$/, ''),
    }));
  return toCourseData(course, buildOutline(course, modules), quizzes);
}

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
