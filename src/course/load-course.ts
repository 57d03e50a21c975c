import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { courseSchema, type Course } from '../schemas/course.ts';

/** Folder that holds `modules/` and `quizzes/`; the benchmark points it at a generated course. */
export const courseRoot = () => resolve(process.env.COURSE_ROOT ?? '.');

/** Reads and validates a course file, naming the file and each wrong field in the error. */
export function readCourseFile(file: string): Course {
  if (!existsSync(file))
    throw new Error(`The course file \`${file}\` does not exist. Pass another one with \`--course <file>\`.`);
  const result = courseSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  - \`${i.path.join('.') || '(top level)'}\`: ${i.message}`);
  throw new Error(`${file} is not a valid course file:\n${lines.join('\n')}\nRun \`npm run check\` for details.`);
}

let cached: Course | undefined;

/** The course of this build (`<COURSE_ROOT>/modules/course.yaml`), read once. */
export const loadCourse = (): Course => (cached ??= readCourseFile(resolve(courseRoot(), 'modules/course.yaml')));
