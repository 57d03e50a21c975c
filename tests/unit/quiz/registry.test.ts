/** The question-type registry: one entry per type, the same types on the site and in the browser. */
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { toGradingSpec } from '../../../src/quiz/grading-spec.ts';
import { browserTypes } from '../../../src/quiz/types/browser.ts';
import { interactionTypes } from '../../../src/quiz/types/browser.ts';
import { questionTypes } from '../../../src/quiz/types/index.ts';
import { reflectionPrompt } from '../../../src/quiz/types/reflection/question.ts';
import { toInteraction } from '../../../src/runtime/quiz-responses.ts';
import { questionSchema } from '../../../src/schemas/question.ts';

const types = Object.keys(questionTypes) as (keyof typeof questionTypes)[];

describe('the question-type registry', () => {
  it('has the same types, in the same order, on the site and in the browser', () => {
    expect(Object.keys(browserTypes)).toEqual(types);
    expect(types).toEqual(['single', 'multiple', 'truefalse', 'matching', 'ordering', 'text']);
  });

  it('maps every type to its SCORM interaction type', () => {
    expect(interactionTypes).toEqual({
      single: 'choice',
      multiple: 'choice',
      truefalse: 'true-false',
      matching: 'matching',
      ordering: 'sequencing',
      text: 'fill-in',
    });
  });

  it.each([...types, 'reflection' as const])(
    'gives a template example of `%s` that the quiz schema accepts',
    (type) => {
      const definition = type === 'reflection' ? reflectionPrompt : questionTypes[type];
      const [question] = parse(definition.example('vraag-1')) as unknown[];
      const parsed = questionSchema.parse(question);
      expect(parsed.type).toBe(type);
      if (parsed.type !== 'reflection') expect(toGradingSpec(parsed).type).toBe(type);
    },
  );
});

describe('toInteraction', () => {
  const result = { id: 'v', score: 1, correct: true, answered: true };
  const at = (interaction: ReturnType<typeof toInteraction>) => ({ ...interaction, at: undefined });

  it.each([
    [{ id: 'v', type: 'single', points: 1, correct: 1 }, { type: 'single', choice: 1 }, ['b'], ['b']],
    [
      { id: 'v', type: 'multiple', points: 1, correct: [0, 2], options: 3 },
      { type: 'multiple', choices: [2, 0] },
      ['c', 'a'],
      ['a', 'c'],
    ],
    [
      { id: 'v', type: 'truefalse', points: 1, answer: false },
      { type: 'truefalse', answer: false },
      ['false'],
      ['false'],
    ],
    [
      { id: 'v', type: 'matching', points: 1, pairs: 2 },
      { type: 'matching', matches: [0, null] },
      [['1', 'a']],
      [
        ['1', 'a'],
        ['2', 'b'],
      ],
    ],
    [
      { id: 'v', type: 'ordering', points: 1, items: 3 },
      { type: 'ordering', order: [0, 1, 2] },
      ['a', 'b', 'c'],
      ['a', 'b', 'c'],
    ],
    [
      { id: 'v', type: 'text', points: 1, accepted: ['lotgenoot'] },
      { type: 'text', text: 'Lotgenoot' },
      ['Lotgenoot'],
      ['lotgenoot'],
    ],
  ] as const)('reports %j answered %j', (spec, response, learner, correct) => {
    const interaction = toInteraction('toets', spec as never, response as never, result, 'Vraag?', 1200);
    expect(at(interaction)).toEqual({
      id: 'toets.v',
      result: 'correct',
      description: 'Vraag?',
      at: undefined,
      latencyMs: 1200,
      type: interactionTypes[spec.type],
      response: learner,
      correct,
    });
  });

  it('reports no answer when the response is of another type', () => {
    const spec = { id: 'v', type: 'single', points: 1, correct: 0 } as const;
    expect(toInteraction('toets', spec, { type: 'text', text: 'x' }, result, '', 0).response).toEqual([]);
  });
});
