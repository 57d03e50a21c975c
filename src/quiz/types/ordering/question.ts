import { z } from 'zod';
import { text } from '../../../schemas/common.ts';
import { baseFields, type QuestionTypeDefinition, unique } from '../definition.ts';
import type { OrderingSpec } from './browser.ts';

export const orderingSchema = z
  .object({
    ...baseFields,
    type: z
      .literal('ordering')
      .describe(
        'Ordering: the learner puts the items in the right order. List them here in the right order; they are shown shuffled.',
      ),
    items: z.array(text('An item')).min(3, { message: 'give at least three items to order' }).max(8),
  })
  .strict();
export type OrderingQuestion = z.infer<typeof orderingSchema>;

export const ordering: QuestionTypeDefinition<OrderingQuestion, OrderingSpec> = {
  schema: orderingSchema,
  toSpec: (q) => ({ id: q.id, type: q.type, points: q.points, items: q.items.length }),
  problems: (q) =>
    unique(q.items)
      ? []
      : [
          {
            path: ['items'],
            message: 'two items have the same text, so the order cannot be judged; make every item different',
          },
        ],
  help: 'orderingHelp',
  example: (id) => `- id: ${id}
  type: ordering # list the items in the right order; they are shown shuffled
  prompt: Zet de fasen van een groep op volgorde.
  items:
    - Kennismaken
    - Verdiepen
    - Afsluiten`,
};
