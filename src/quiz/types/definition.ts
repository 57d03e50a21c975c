/** What every question type shares on the site and checker side: the common fields and the definition shape. */
import { z } from 'zod';
import type { UiKey } from '../../i18n/index.ts';
import { idSchema, text } from '../../schemas/common.ts';

/** A problem a question's sense rules find, at a path inside the question. */
export type Problem = { path: (string | number)[]; message: string };

/** One question type, site side: its YAML schema, what the browser gets to grade it, its sense rules. */
export type QuestionTypeDefinition<Q, S> = {
  schema: z.ZodType<Q>;
  /** Reduce a question from a quiz file to its grading spec: the right answers, no prose. */
  toSpec: (q: Q) => S;
  /** Rules a question must meet to be answerable; zod checks the shape, these check the sense. */
  problems: (q: Q) => Problem[];
  /** Help shown under the prompt. */
  help: UiKey | undefined;
  /** An example question in quiz-file YAML (list entry, two-space indent), for the `new:module` template. */
  example: (id: string) => string;
};

const generalFeedback = z
  .object({
    correct: z.string().optional().describe('Shown when the whole answer is right.'),
    incorrect: z.string().optional().describe('Shown when the answer is wrong or partly right.'),
  })
  .strict()
  .default({})
  .describe('General feedback, shown after every answer.');

/** The fields of every graded question. */
export const baseFields = {
  id: idSchema.describe('Stable question id within the quiz; used for SCORM interactions.'),
  prompt: text('The question').describe('The question as the learner reads it (plain text).'),
  points: z.number().int().min(1).max(10).default(1).describe('Weight of the question in the quiz score.'),
  feedback: generalFeedback,
  pool: idSchema
    .optional()
    .describe(
      'Question bank pool this question belongs to (e.g. a part or theme id); a quiz with `draw` picks from pools.',
    ),
  pinOrder: z
    .boolean()
    .default(false)
    .describe(
      'Keep the options in the written order (e.g. a scale); by default they are shuffled per learner and attempt.',
    ),
};

/** Whether all texts differ, ignoring case and surrounding spaces. */
export const unique = (values: string[]) => new Set(values.map((v) => v.trim().toLowerCase())).size === values.length;
