/** The pre-test fields of the course and quiz schemas: `parts[].pretest`, the test-out rule, `bank`. */
import { describe, expect, it } from 'vitest';
import { courseSchema } from '../../../src/schemas/course.ts';
import { quizSchema } from '../../../src/schemas/quiz.ts';

const course = {
  id: 'cursus',
  title: 'Cursus',
  description: 'Over iets.',
  parts: [{ id: 'deel-1', title: 'Deel 1', pretest: 'voortoets-deel-1' }],
  completion: { rule: 'all-visited-or-tested-out-and-quizzes-passed', scoreQuiz: 'eindtoets' },
};
const bank = { quiz: 'eindtoets', pool: 'deel-1' };
const pretest = (extra: object = {}) => ({ title: 'Wat weet je al?', passMark: 80, attempts: 2, bank, ...extra });
const question = {
  id: 'a',
  type: 'truefalse',
  pool: 'module-1',
  prompt: 'Klopt het?',
  answer: true,
  feedbackTrue: 'Ja.',
  feedbackFalse: 'Nee.',
};

const messages = (input: unknown) => {
  const parsed = quizSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('pre-test schema', () => {
  it.each([
    ['course: a part with a pre-test under the test-out rule', courseSchema, course, true],
    [
      'course: a pre-test id with capitals',
      courseSchema,
      { ...course, parts: [{ ...course.parts[0], pretest: 'V' }] },
      false,
    ],
    ['course: an unknown rule', courseSchema, { ...course, completion: { rule: 'all-tested-out' } }, false],
    ['quiz: a bank pre-test without questions of its own', quizSchema, pretest(), true],
    ['quiz: a bank pre-test with an extra item', quizSchema, pretest({ questions: [question] }), true],
    ['quiz: a bank with an unknown field', quizSchema, pretest({ bank: { ...bank, modules: 2 } }), false],
    ['quiz: perModule 0', quizSchema, pretest({ bank: { ...bank, perModule: 0 } }), false],
  ] as const)('%s', (_, schema, input, valid) => {
    expect(schema.safeParse(input).success).toBe(valid);
  });

  it('defaults perModule to 1', () => {
    expect(quizSchema.parse(pretest()).bank).toEqual({ ...bank, perModule: 1 });
  });

  it('says why a bank quiz may not have its own draw or show right answers, and a quiz needs questions or a bank', () => {
    expect(messages(pretest({ draw: [{ pool: 'deel-1', count: 3 }], reveal: 'immediately' }))).toEqual([
      'draw: a quiz with `bank` draws `bank.perModule` questions per module; remove `draw`',
      'reveal: a quiz with `bank` would show the right answers of `eindtoets`; remove `reveal` (a pre-test never shows them)',
    ]);
    expect(messages({ title: 'Leeg' })).toEqual([
      'questions: a quiz needs at least one question, or a `bank` to draw them from',
    ]);
  });
});
