import { z } from 'zod';
import { idSchema, text } from './common.ts';

/** Frontmatter of a module (`modules/<part>/<nn>-<slug>.mdx`). */
export const moduleSchema = z
  .object({
    id: idSchema.describe('Stable module id, used in progress data and SCORM. Never change it after publishing.'),
    title: text('The module title').describe('Module title.'),
    part: idSchema.describe('Id of the part (deel) this module belongs to, as listed in `modules/course.yaml`.'),
    order: z
      .number()
      .int({ message: 'use a whole number' })
      .min(1, { message: 'start counting at 1' })
      .describe('Position of the module within its part: 1, 2, 3 …'),
    summary: text('The summary').describe(
      'One or two sentences on what the module is about; shown on the course home.',
    ),
    goals: z
      .array(text('A learning goal'))
      .min(1, { message: 'write at least one learning goal' })
      .max(6, { message: 'keep to six learning goals at most' })
      .describe('Learning goals: what the learner can do after the module (observable, 2–4 is best).'),
    studyMinutes: z
      .number()
      .int({ message: 'use a whole number of minutes' })
      .min(5, { message: 'a module takes at least 5 minutes' })
      .max(240, { message: 'split a module that takes more than 240 minutes' })
      .describe('Estimated study time in minutes: reading plus exercises.'),
    contentNote: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('Content note shown before the body when the text deals with abuse or violence in detail.'),
    sources: z
      .array(text('A source'))
      .default([])
      .describe('Sources, one citation per entry: author, year, title, publisher.'),
  })
  .strict();

export type ModuleMeta = z.infer<typeof moduleSchema>;
