/**
 * The whole course at `root`, read by the course reader and validated by the schemas, for tools that
 * need the data without Astro (the bench's `suspend_data` measure, scripts). Any problem throws one
 * `FriendlyError` with the lines `npm run check` prints.
 */
import { join } from 'node:path';
import { placedIds, placementOf } from '../markdown/placement.ts';
import type { CourseData } from '../progress/course-data.ts';
import { type Course, courseSchema } from '../schemas/course.ts';
import { FriendlyError } from '../schemas/friendly-errors.ts';
import { type GlossaryTerm, glossaryTermSchema } from '../schemas/glossary.ts';
import { type ModuleMeta, moduleSchema } from '../schemas/module.ts';
import { type Quiz, quizSchema } from '../schemas/quiz.ts';
import { readCourseFiles } from './source/read-course.ts';
import { parseMdxTree } from './source/mdx-source.ts';
import { buildOutline, toCourseData } from './outline.ts';
import { readScenarios } from '../scenario/read-scenarios.ts';
import { validateFile } from './source/validate.ts';

export type ValidCourse = {
  course: Course;
  /** Each module with the quizzes it renders, from its syntax tree (as the site counts them). */
  modules: { file: string; data: ModuleMeta; body: string; quizzes: string[] }[];
  quizzes: Quiz[];
  glossary: GlossaryTerm[];
};

export function readValidCourse(root: string): ValidCourse {
  const files = readCourseFiles(root);
  const course = files.course && validateFile(courseSchema, files.course);
  const modules = files.modules.map((m) => ({ m, result: validateFile(moduleSchema, m) }));
  const quizzes = files.quizzes.map((q) => ({ q, result: validateFile(quizSchema, q) }));
  const glossary = files.glossary.map((g) => ({ g, result: validateFile(glossaryTermSchema, g) }));
  const problems = [
    ...(course ? course.problems : files.problems.filter((d) => d.rule === 'missing-file')),
    ...[...modules, ...quizzes, ...glossary].flatMap(({ result }) => result.problems),
  ];
  if (problems.length || !course?.ok) throw new FriendlyError(problems[0]?.file ?? 'modules/course.yaml', problems);
  return {
    course: course.data,
    modules: modules.map(({ m, result }) => ({
      file: m.file,
      data: result.data!,
      body: m.body,
      quizzes: placedIds(placementOf(parseMdxTree(m.body, join(root, m.file)))).quizzes,
    })),
    quizzes: quizzes.map(({ q, result }) => ({ ...result.data!, id: q.id })),
    glossary: glossary.map(({ g, result }) => ({ ...result.data!, id: g.id })),
  };
}

/** The course facts the browser runtime gets (`window.__COURSE__`), computed without Astro, scenarios included. */
export function courseDataOf(root: string): CourseData {
  const { course, modules, quizzes } = readValidCourse(root);
  return toCourseData(course, buildOutline(course, modules), quizzes, readScenarios(root));
}
