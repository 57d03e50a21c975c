import { z } from 'zod';
import { text } from '../../../schemas/common.ts';
import { baseFields, type Problem, type QuestionTypeDefinition, unique } from '../definition.ts';
import type { MatchingSpec } from './browser.ts';

export const matchingSchema = z
  .object({
    ...baseFields,
    type: z.literal('matching').describe('Matching: the learner links each item on the left to one on the right.'),
    pairs: z
      .array(
        z
          .object({
            left: text('The left side of a pair'),
            right: text('The right side of a pair'),
            feedback: text('The feedback of a pair').describe('Why these two belong together.'),
          })
          .strict(),
      )
      .min(2, { message: 'give at least two pairs' })
      .max(8),
  })
  .strict();
export type MatchingQuestion = z.infer<typeof matchingSchema>;

const sideProblem = (side: 'left' | 'right'): Problem => ({
  path: ['pairs'],
  message: `two pairs have the same ${side} side, so the question cannot be answered; make every ${side} side different`,
});

export const matching: QuestionTypeDefinition<MatchingQuestion, MatchingSpec> = {
  schema: matchingSchema,
  toSpec: (q) => ({ id: q.id, type: q.type, points: q.points, pairs: q.pairs.length }),
  problems: (q) => [
    ...(unique(q.pairs.map((p) => p.left)) ? [] : [sideProblem('left')]),
    ...(unique(q.pairs.map((p) => p.right)) ? [] : [sideProblem('right')]),
  ],
  help: 'matchingHelp',
  example: (id) => `- id: ${id}
  type: matching # link each left item to its right item; shown shuffled
  prompt: Koppel het begrip aan de omschrijving.
  pairs:
    - left: Overdracht
      right: Gevoelens van de deelnemer gericht op de begeleider
      feedback: Dat is overdracht.
    - left: Tegenoverdracht
      right: Gevoelens van de begeleider gericht op de deelnemer
      feedback: Dat is tegenoverdracht.`,
};
