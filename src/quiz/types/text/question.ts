import { z } from 'zod';
import { text } from '../../../schemas/common.ts';
import { baseFields, type QuestionTypeDefinition } from '../definition.ts';
import type { TextSpec } from './browser.ts';

export const shortTextSchema = z
  .object({
    ...baseFields,
    type: z.literal('text').describe('Short text: the learner types a word or phrase. Case and spacing are ignored.'),
    accepted: z
      .array(text('An accepted answer'))
      .min(1, { message: 'list at least one accepted answer' })
      .describe('Every answer that counts as right.'),
  })
  .strict();
export type ShortTextQuestion = z.infer<typeof shortTextSchema>;

export const shortText: QuestionTypeDefinition<ShortTextQuestion, TextSpec> = {
  schema: shortTextSchema,
  toSpec: (q) => ({ id: q.id, type: q.type, points: q.points, accepted: q.accepted }),
  problems: () => [],
  help: undefined,
  example: (id) => `- id: ${id}
  type: text # the learner types a word; case and spacing are ignored
  prompt: Hoe heet contact tussen mensen met dezelfde ervaring?
  accepted:
    - lotgenotencontact
    - lotgenoten contact`,
};
