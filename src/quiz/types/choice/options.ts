/** The option list of `single` and `multiple` questions, which differ in type and size only. */
import { z } from 'zod';
import { text } from '../../../schemas/common.ts';
import { baseFields, type Problem, unique } from '../definition.ts';

export const optionSchema = z
  .object({
    text: text('The option text').describe('What the learner can choose.'),
    correct: z.boolean().default(false).describe('Whether choosing this option is right.'),
    feedback: text('The feedback of an option').describe('Why this option is right or wrong; shown after answering.'),
  })
  .strict();

export const choiceQuestion = <T extends 'single' | 'multiple'>(type: T, description: string, maxOptions: number) =>
  z
    .object({
      ...baseFields,
      type: z.literal(type).describe(description),
      options: z.array(optionSchema).min(2, { message: 'give at least two options' }).max(maxOptions),
    })
    .strict();

type ChoiceQuestion = { options: { text: string; correct: boolean }[] };

export const correctIndices = (q: ChoiceQuestion) => q.options.flatMap((o, i) => (o.correct ? [i] : []));

/** At least one right option (exactly one when `single`), and every option different. */
export function choiceProblems(q: ChoiceQuestion, single: boolean): Problem[] {
  const problems: Problem[] = [];
  const right = correctIndices(q).length;
  if (right === 0)
    problems.push({ path: ['options'], message: 'no option is marked `correct: true`; mark the right answer' });
  if (single && right > 1)
    problems.push({
      path: ['options'],
      message: `${right} options are marked \`correct: true\` in a single-choice question; mark exactly one, or use \`type: multiple\``,
    });
  if (!unique(q.options.map((o) => o.text)))
    problems.push({ path: ['options'], message: 'two options have the same text; make every option different' });
  return problems;
}
