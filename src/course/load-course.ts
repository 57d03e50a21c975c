import { existsSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { type Course, courseSchema } from '../schemas/course.ts';
import { coursePaths, readYamlText } from './source/read-course.ts';
import { parseFile } from './source/validate.ts';

/** Folder that holds `modules/` and `quizzes/`; the benchmark points it at a generated course. */
export const courseRoot = () => resolve(process.env.COURSE_ROOT ?? '.');

/**
 * Reads and validates a course file through the course reader; a wrong field throws a `FriendlyError`
 * with the same lines `npm run check` prints (file:line:column, what is wrong, how to fix it).
 */
export function readCourseFile(file: string): Course {
  if (!existsSync(file))
    throw new Error(`The course file \`${file}\` does not exist. Pass another one with \`--course <file>\`.`);
  // Named as `npm run check` names it when the file is in the current folder, by its full path otherwise.
  const inHere = relative(process.cwd(), resolve(file));
  const name = (inHere.startsWith('..') ? resolve(file) : inHere).split(sep).join('/');
  return parseFile(courseSchema, readYamlText(name, readFileSync(file, 'utf8')));
}

let cached: { key: string; course: Course } | undefined;

/**
 * The course of this build (`<COURSE_ROOT>/modules/course.yaml`). Read again only when the file
 * changed (path, size, modification time), so the dev server sees edits and a build reads it once.
 */
export function loadCourse(): Course {
  const file = resolve(courseRoot(), coursePaths.course);
  const stat = existsSync(file) ? statSync(file) : undefined;
  const key = `${file}:${stat?.size}:${stat?.mtimeMs}`;
  if (cached?.key !== key) cached = { key, course: readCourseFile(file) };
  return cached.course;
}
