/** The ungraded prompt in a quiz: the learner writes for themselves; nothing is graded or sent. */
import { z } from 'zod';
import { idSchema, text } from '../../../schemas/common.ts';

export const reflectionPromptSchema = z
  .object({
    id: idSchema,
    type: z
      .literal('reflection')
      .describe('Ungraded reflection prompt: the learner writes for themselves; the answer stays on their device.'),
    prompt: text('The reflection prompt'),
    hint: z.string().optional(),
  })
  .strict();
export type ReflectionPrompt = z.infer<typeof reflectionPromptSchema>;

export const reflectionPrompt = {
  schema: reflectionPromptSchema,
  help: undefined,
  example: (id: string) => `- id: ${id}
  type: reflection # not graded; the answer stays on the learner's device
  prompt: Wat neem je mee uit deze module?
  hint: Denk aan je eigen groep.`,
};
