import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { courseSchema, type Course } from '../schemas/course.ts';

/** Folder that holds `modules/` and `quizzes/`; the benchmark points it at a generated course. */
export const courseRoot = () => resolve(process.env.COURSE_ROOT ?? '.');

let cached: Course | undefined;

/** Reads and validates `modules/course.yaml` once per build. */
export function loadCourse(): Course {
  if (cached) return cached;
  const file = resolve(courseRoot(), 'modules/course.yaml');
  const result = courseSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - \`${i.path.join('.') || '(file)'}\`: ${i.message}`);
    throw new Error(`${file} is not a valid course file:\n${lines.join('\n')}\nRun \`npm run check\` for details.`);
  }
  cached = result.data;
  return cached;
}
