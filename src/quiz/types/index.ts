/**
 * The question-type registry, site and checker side. Each graded type is one folder in this directory:
 *   question.ts   zod schema of the YAML, grading spec, sense rules, help text, template example
 *   browser.ts    grader, response reader, SCORM interaction (no zod: it ships to the learner)
 *   Fields.astro  the form fields; Feedback.astro what is shown after checking
 * This table is the one list of graded types: `GradedType` comes from its keys, and the browser table
 * (`browser.ts`) and the render table (`renderers.ts`) are mapped types over it, so the compiler names
 * any entry a new type still lacks. How to add a type: src/quiz/README.md.
 */
import { matching } from './matching/question.ts';
import { multiple } from './multiple/question.ts';
import { ordering } from './ordering/question.ts';
import type { QuestionTypeDefinition } from './definition.ts';
import { single } from './single/question.ts';
import { shortText } from './text/question.ts';
import { truefalse } from './truefalse/question.ts';

// biome-ignore lint/suspicious/noExplicitAny: each entry has its own question and spec types
type AnyDefinition = QuestionTypeDefinition<any, { type: string }>;

/** Every graded question type, in the order authors see them listed. */
export const questionTypes = {
  single,
  multiple,
  truefalse,
  matching,
  ordering,
  text: shortText,
} as const satisfies Record<string, AnyDefinition>;

export type GradedType = keyof typeof questionTypes;

/** The grading spec a type's `toSpec` gives, by type. */
export type SpecOf<T extends GradedType> = ReturnType<(typeof questionTypes)[T]['toSpec']>;

/** The graded question of a type as the schema outputs it. */
export type QuestionOf<T extends GradedType> = Parameters<(typeof questionTypes)[T]['toSpec']>[0];
