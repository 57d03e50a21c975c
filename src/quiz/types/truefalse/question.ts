import { z } from 'zod';
import { text } from '../../../schemas/common.ts';
import { baseFields, type QuestionTypeDefinition } from '../definition.ts';
import type { TrueFalseSpec } from './browser.ts';

export const trueFalseSchema = z
  .object({
    ...baseFields,
    type: z.literal('truefalse').describe('True/false: the learner judges a statement.'),
    answer: z.boolean().describe('Whether the statement in `prompt` is true.'),
    feedbackTrue: text('`feedbackTrue`').describe('Shown when the learner chooses "juist".'),
    feedbackFalse: text('`feedbackFalse`').describe('Shown when the learner chooses "onjuist".'),
  })
  .strict();
export type TrueFalseQuestion = z.infer<typeof trueFalseSchema>;

export const truefalse: QuestionTypeDefinition<TrueFalseQuestion, TrueFalseSpec> = {
  schema: trueFalseSchema,
  toSpec: (q) => ({ id: q.id, type: q.type, points: q.points, answer: q.answer }),
  problems: () => [],
  help: 'chooseOne',
  example: (id) => `- id: ${id}
  type: truefalse # the learner judges the statement in prompt
  prompt: Een deelnemer mag altijd passen.
  answer: true
  feedbackTrue: Juist, passen mag altijd.
  feedbackFalse: Passen mag wel; dat is een groepsafspraak.`,
};
