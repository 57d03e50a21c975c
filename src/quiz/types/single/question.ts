import type { z } from 'zod';
import { choiceProblems, choiceQuestion, correctIndices } from '../choice/options.ts';
import type { QuestionTypeDefinition } from '../definition.ts';
import type { SingleSpec } from './browser.ts';

export const singleChoiceSchema = choiceQuestion('single', 'Single choice: exactly one option is right.', 8);
export type SingleQuestion = z.infer<typeof singleChoiceSchema>;

export const single: QuestionTypeDefinition<SingleQuestion, SingleSpec> = {
  schema: singleChoiceSchema,
  toSpec: (q) => ({ id: q.id, type: q.type, points: q.points, correct: correctIndices(q)[0] ?? -1 }),
  problems: (q) => choiceProblems(q, true),
  help: 'chooseOne',
  example: (id) => `- id: ${id}
  type: single # exactly one option is right
  prompt: "TODO: de vraag"
  options:
    - text: "TODO: het goede antwoord"
      correct: true
      feedback: "TODO: waarom dit klopt"
    - text: "TODO: een fout antwoord"
      feedback: "TODO: waarom dit niet klopt"`,
};
