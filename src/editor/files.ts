/**
 * Which course files the editor opens and with which schema: one table from path pattern to kind.
 * Paths are relative to the course root, with forward slashes.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'zod';
import { courseSchema } from '../schemas/course.ts';
import { glossaryTermSchema } from '../schemas/glossary.ts';
import { moduleSchema } from '../schemas/module.ts';
import { quizSchema } from '../schemas/quiz.ts';
import { scenarioSchema } from '../schemas/scenario.ts';
import { sessionPlanSchema } from '../schemas/session-plan.ts';
import { worksheetSchema } from '../schemas/worksheet.ts';

export type FileKind = 'course' | 'module' | 'worksheet' | 'quiz' | 'glossary' | 'session-plan' | 'scenario';

/** `mdx`: frontmatter (with `schema`) and a body of blocks; otherwise one YAML document. */
type KindSpec = { pattern: RegExp; schema: z.ZodType; label: string; mdx?: true };

/** First match wins: the specific folders under `modules/` come before the module pattern. */
export const fileKinds: Record<FileKind, KindSpec> = {
  course: { pattern: /^modules\/course\.ya?ml$/, schema: courseSchema, label: 'Cursus' },
  glossary: { pattern: /^modules\/glossary\/[^/]+\.ya?ml$/, schema: glossaryTermSchema, label: 'Begrippen' },
  'session-plan': {
    pattern: /^modules\/sessieplannen\/[^/]+\.ya?ml$/,
    schema: sessionPlanSchema,
    label: 'Sessieplannen',
  },
  scenario: { pattern: /^modules\/scenarios\/[^/]+\.ya?ml$/, schema: scenarioSchema, label: "Scenario's" },
  quiz: { pattern: /^quizzes\/[^/]+\.ya?ml$/, schema: quizSchema, label: 'Toetsen' },
  worksheet: { pattern: /^modules\/werkbladen\/[^/]+\.mdx$/, schema: worksheetSchema, label: 'Werkbladen', mdx: true },
  module: { pattern: /^modules\/[^/]+\/[^/]+\.mdx$/, schema: moduleSchema, label: 'Modules', mdx: true },
};

export const isMdxKind = (kind: FileKind) => fileKinds[kind].mdx === true;

export const kindOf = (file: string): FileKind | undefined =>
  (Object.keys(fileKinds) as FileKind[]).find((k) => fileKinds[k].pattern.test(file));

const walk = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
      )
    : [];

/** Every editable file of the course at `root`, sorted, with its kind. */
export function listCourseFiles(root: string): { file: string; kind: FileKind }[] {
  return [...walk(join(root, 'modules')), ...walk(join(root, 'quizzes'))]
    .map((p) => relative(root, p).split(sep).join('/'))
    .sort()
    .flatMap((file) => {
      const kind = kindOf(file);
      return kind ? [{ file, kind }] : [];
    });
}

/** Resolve `file` inside `root`, refusing anything outside the course folders (the server takes paths from a browser). */
export function resolveCourseFile(root: string, file: string): { path: string; kind: FileKind } {
  const kind = /(^|\/)\.\.(\/|$)/.test(file) ? undefined : kindOf(file);
  if (!kind) throw new Error(`\`${file}\` is not a course file the editor can open`);
  return { path: join(root, file), kind };
}
