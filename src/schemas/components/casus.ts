import { z } from 'zod';
import { idSchema, text } from '../common.ts';

/** `<Casus title="Sanne" questions={["Wat doe je?"]}>Verhaal…</Casus>`: a case with reflection questions. */
export const casusPropsSchema = z
  .object({
    title: text('The title').describe('Name of the case, shown as its heading.'),
    questions: z
      .array(text('A question'), {
        error: 'write a list of texts, as `questions={["Eerste vraag", "Tweede vraag"]}`',
      })
      .default([])
      .describe('Questions the learner answers for themselves; the answers stay on their device.'),
    id: idSchema
      .optional()
      .describe('Stable id for the answers; by default it comes from the title. Set it before renaming a case.'),
  })
  .strict();
