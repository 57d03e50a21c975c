/**
 * JSON Schemas for editor support (`npm run schemas`): written JSON Schemas for editor support from the zod schemas (their `.describe()`
 * texts become hover help and autocompletion). `buildSchemas()` is pure; `writeSchemas()` writes the files.
 * Quiz files point to theirs with `# yaml-language-server: $schema=../src/schemas/generated/quiz.schema.json`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { courseSchema } from './course.ts';
import { glossaryTermSchema } from './glossary.ts';
import { moduleSchema } from './module.ts';
import { quizSchema } from './quiz.ts';
import { scenarioSchema } from './scenario.ts';
import { sessionPlanSchema } from './session-plan.ts';

export const generatedDir = 'src/schemas/generated';

/** File name → schema and the title shown by editors. */
const sources = {
  'course.schema.json': { schema: courseSchema, title: 'Course (modules/course.yaml)' },
  'module.schema.json': { schema: moduleSchema, title: 'Module frontmatter (modules/<part>/<nn>-<id>.mdx)' },
  'quiz.schema.json': { schema: quizSchema, title: 'Quiz (quizzes/<id>.yaml)' },
  'glossary.schema.json': { schema: glossaryTermSchema, title: 'Glossary term (modules/glossary/<id>.yaml)' },
  'scenario.schema.json': { schema: scenarioSchema, title: 'Branching scenario (modules/scenarios/<id>.yaml)' },
  'session-plan.schema.json': { schema: sessionPlanSchema, title: 'Session plan (modules/sessieplannen/<id>.yaml)' },
} satisfies Record<string, { schema: z.ZodType; title: string }>;

/** The JSON Schema files as text, keyed by file name. Describes the input: fields with defaults are optional. */
export function buildSchemas(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(sources).map(([file, { schema, title }]) => {
      const { $schema, ...json } = z.toJSONSchema(schema, { io: 'input', target: 'draft-7', unrepresentable: 'any' });
      return [file, `${JSON.stringify({ $schema, title, ...json }, null, 2)}\n`];
    }),
  );
}

export function writeSchemas(root = '.'): string[] {
  const dir = join(root, generatedDir);
  mkdirSync(dir, { recursive: true });
  return Object.entries(buildSchemas()).map(([file, text]) => {
    writeFileSync(join(dir, file), text);
    return join(generatedDir, file);
  });
}
