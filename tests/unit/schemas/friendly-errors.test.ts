import { describe, expect, it } from 'vitest';
import { courseSchema } from '../../../src/schemas/course.ts';
import {
  didYouMean,
  FriendlyError,
  friendlyIssues,
  parseWithFriendlyErrors,
  pathInWords,
} from '../../../src/schemas/friendly-errors.ts';
import { moduleSchema } from '../../../src/schemas/module.ts';
import { quizSchema } from '../../../src/schemas/quiz.ts';

const option = (text: string, extra: object = {}) => ({ text, feedback: `Waarom ${text}.`, ...extra });
const single = (id: string, extra: object = {}) => ({
  id,
  type: 'single',
  prompt: 'Vraag?',
  options: [option('a', { correct: true }), option('b')],
  ...extra,
});
const quiz = (questions: unknown[], extra: object = {}) => ({ title: 'Toets', questions, ...extra });

/** The message of the error thrown for `input`, or a note that nothing was thrown. */
function messageFor(
  schema: Parameters<typeof parseWithFriendlyErrors>[0],
  input: unknown,
  lineOf?: () => { line: number; column: number },
) {
  try {
    parseWithFriendlyErrors(schema, input, { file: 'quizzes/toets.yaml', lineOf });
    return 'no error';
  } catch (error) {
    expect(error).toBeInstanceOf(FriendlyError);
    return (error as Error).message;
  }
}

describe('pathInWords', () => {
  it.each([
    [['questions', 2, 'options', 1, 'feedback'], 'question 3, option 2, `feedback`'],
    [['questions', 0], 'question 1'],
    [['completion', 'passMark'], '`completion.passMark`'],
    [['questions', 1, 'feedback', 'correct'], 'question 2, `feedback.correct`'],
    [['parts', 0, 'id'], 'part 1, `id`'],
    [['goals', 3], 'learning goal 4'],
    [['other', 0], '`other`, entry 1'],
    [[], ''],
  ])('%j → %s', (path, words) => {
    expect(pathInWords(path)).toBe(words);
  });
});

describe('didYouMean', () => {
  it.each([
    ['multi', ['single', 'multiple', 'text'], 'multiple'],
    ['pasMark', ['title', 'passMark'], 'passMark'],
    ['waarschuwing', ['info', 'tip', 'warning'], undefined],
  ])('%s → %s', (value, candidates, expected) => {
    expect(didYouMean(value, candidates)).toBe(expected);
  });
});

describe('parseWithFriendlyErrors', () => {
  it('returns the parsed data with defaults when the input is valid', () => {
    const data = parseWithFriendlyErrors(quizSchema, quiz([single('q1')]), { file: 'quizzes/toets.yaml' });
    expect(data.passMark).toBe(70);
  });

  it('names a missing field with its path in words and its description', () => {
    const input = quiz([
      single('q1'),
      single('q2'),
      { ...single('q3'), options: [option('a', { correct: true }), { text: 'b' }] },
    ]);
    expect(messageFor(quizSchema, input, () => ({ line: 14, column: 9 }))).toMatchInlineSnapshot(
      `"quizzes/toets.yaml:14:9 error Question 3, option 2, \`feedback\` is missing. Add it (why this option is right or wrong; shown after answering). [schema]"`,
    );
  });

  it('explains a wrong type and how to write it', () => {
    const input = quiz([
      { id: 'q1', type: 'truefalse', prompt: 'Klopt dit?', answer: 'ja', feedbackTrue: 'Ja.', feedbackFalse: 'Nee.' },
    ]);
    expect(messageFor(quizSchema, input)).toMatchInlineSnapshot(
      `"quizzes/toets.yaml:1:1 error Question 1, \`answer\` should be \`true\` or \`false\` but is "ja". Write \`true\` or \`false\` without quotes. [schema]"`,
    );
  });

  it('suggests the nearest question type', () => {
    expect(messageFor(quizSchema, quiz([{ ...single('q1'), type: 'multi' }]))).toMatchInlineSnapshot(
      `"quizzes/toets.yaml:1:1 error Question 1, \`type\` is "multi", which is not a known \`type\`. Use \`single\`, \`multiple\`, \`truefalse\`, \`matching\`, \`ordering\`, \`text\` or \`reflection\` (did you mean \`multiple\`?). [schema]"`,
    );
  });

  it('names an unknown field and the field it probably meant', () => {
    expect(messageFor(quizSchema, quiz([single('q1')], { pasMark: 80 }))).toMatchInlineSnapshot(
      `"quizzes/toets.yaml:1:1 error The file has an unknown field \`pasMark\` (did you mean \`passMark\`?). Remove it or fix the spelling; known fields are \`$schema\`, \`title\`, \`intro\`, \`passMark\`, \`attempts\`, \`shuffle\`, \`draw\`, \`scoring\`, \`reveal\`, \`graded\`, \`bank\` and \`questions\`. [schema]"`,
    );
  });

  it('adds the received value to the schema’s own message', () => {
    expect(messageFor(quizSchema, quiz([single('q1')], { passMark: 120 }))).toMatchInlineSnapshot(
      `"quizzes/toets.yaml:1:1 error \`passMark\`: use a whole number from 0 to 100 (received 120) [schema]"`,
    );
  });

  it('reports the answerability rules of a quiz', () => {
    const input = quiz([single('q1', { options: [option('a'), option('b')] })]);
    expect(messageFor(quizSchema, input)).toMatchInlineSnapshot(
      `"quizzes/toets.yaml:1:1 error Question 1, \`options\`: no option is marked \`correct: true\`; mark the right answer [question]"`,
    );
  });

  it('lists several problems, each with its position', () => {
    const input = { id: 'Mijn Cursus', title: '', language: 'de', description: 'Over groepen.', parts: [] };
    let line = 0;
    expect(messageFor(courseSchema, input, () => ({ line: ++line, column: 1 }))).toMatchInlineSnapshot(`
      "quizzes/toets.yaml:1:1 error \`id\`: use only lower-case letters, digits and single hyphens, for example \`veiligheid-in-de-groep\` (received "Mijn Cursus") [schema]
      quizzes/toets.yaml:2:1 error \`title\`: the course title may not be empty (received "") [schema]
      quizzes/toets.yaml:3:1 error \`language\` is "de", which is not allowed. Use \`nl\` or \`en\` (did you mean \`nl\`?). [schema]
      quizzes/toets.yaml:4:1 error \`parts\`: list at least one part (received an empty list) [schema]"
    `);
  });
});

describe('friendlyIssues', () => {
  it('returns an empty list for valid data', () => {
    expect(friendlyIssues(quizSchema, quiz([single('q1')]))).toEqual([]);
  });

  it('says an empty YAML value is empty and how to fill it', () => {
    const [issue] = friendlyIssues(moduleSchema.pick({ studyMinutes: true }), { studyMinutes: null });
    expect(issue?.message).toMatchInlineSnapshot(
      `"\`studyMinutes\` should be a number but is an empty value. Write a value after the colon, or remove the line if the field is optional."`,
    );
  });

  it('points an unknown field at its own line', () => {
    const lineOf = (path: readonly PropertyKey[]) => (path.at(-1) === 'extra' ? { line: 9, column: 3 } : undefined);
    expect(friendlyIssues(quizSchema, quiz([single('q1')], { extra: 1 }), { lineOf })[0]).toMatchObject({
      line: 9,
      column: 3,
    });
  });
});
