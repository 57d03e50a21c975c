import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { moduleSchema } from './schemas/module.ts';
import { quizObjectSchema } from './schemas/quiz.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { courseRoot } from './course/load-course.ts';

// COURSE_ROOT lets the benchmark and tests build another course with the same toolkit.
const root = courseRoot();

// The authored content lives at the top of the repo, outside src/, so authors never touch code.
const modules = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: `${root}/modules`,
    generateId: ({ data, entry }) => String(data.id ?? entry),
  }),
  schema: moduleSchema,
});

const quizzes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${root}/quizzes`, generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
  // Astro extends collection schemas, which zod forbids on refined ones: the answerability
  // rules (`quizSchema`) run in `npm run check`, which the build runs first.
  schema: quizObjectSchema,
});

const glossary = defineCollection({
  loader: glob({
    pattern: '*.yaml',
    base: `${root}/modules/glossary`,
    generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
  }),
  schema: glossaryTermSchema,
});

export const collections = { modules, quizzes, glossary };
