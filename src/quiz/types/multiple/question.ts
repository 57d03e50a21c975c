import type { z } from 'zod';
import { choiceProblems, choiceQuestion, correctIndices } from '../choice/options.ts';
import type { QuestionTypeDefinition } from '../definition.ts';
import type { MultipleSpec } from './browser.ts';

export const multipleResponseSchema = choiceQuestion(
  'multiple',
  'Multiple response: one or more options are right; partly right scores partly.',
  10,
);
export type MultipleQuestion = z.infer<typeof multipleResponseSchema>;

export const multiple: QuestionTypeDefinition<MultipleQuestion, MultipleSpec> = {
  schema: multipleResponseSchema,
  toSpec: (q) => ({ id: q.id, type: q.type, points: q.points, correct: correctIndices(q), options: q.options.length }),
  problems: (q) => choiceProblems(q, false),
  help: 'chooseAll',
  example: (id) => `- id: ${id}
  type: multiple # one or more options are right; partly right scores partly
  prompt: Welke signalen kunnen wijzen op overbelasting?
  options:
    - text: Slecht slapen
      correct: true
      feedback: Ja, een bekend signaal.
    - text: Meer energie dan anders
      feedback: Nee, eerder minder.`,
};
