import { describe, expect, it } from 'vitest';
import { courseSchema } from '../../../src/schemas/course.ts';
import { glossaryTermSchema } from '../../../src/schemas/glossary.ts';
import { moduleSchema } from '../../../src/schemas/module.ts';
import { quizSchema } from '../../../src/schemas/quiz.ts';

const option = (text: string, correct = false) => ({ text, correct, feedback: `Omdat ${text}.` });
const questions = {
  single: { id: 'a', type: 'single', prompt: 'Welke?', options: [option('ja', true), option('nee')] },
  multiple: {
    id: 'b',
    type: 'multiple',
    prompt: 'Welke?',
    options: [option('een', true), option('twee', true), option('drie')],
  },
  truefalse: {
    id: 'c',
    type: 'truefalse',
    prompt: 'Klopt het?',
    answer: false,
    feedbackTrue: 'Nee, want…',
    feedbackFalse: 'Ja, want…',
  },
  matching: {
    id: 'd',
    type: 'matching',
    prompt: 'Koppel.',
    pairs: [
      { left: 'A', right: '1', feedback: 'x' },
      { left: 'B', right: '2', feedback: 'y' },
    ],
  },
  ordering: { id: 'e', type: 'ordering', prompt: 'Volgorde.', items: ['eerst', 'dan', 'tot slot'] },
  text: { id: 'f', type: 'text', prompt: 'Welk woord?', accepted: ['loyaliteit'] },
  reflection: { id: 'g', type: 'reflection', prompt: 'Wat neem je mee?' },
};
const quiz = (qs: object[], extra: object = {}) => ({ title: 'Toets', questions: qs, ...extra });
const course = { id: 'cursus', title: 'Cursus', description: 'Over iets.', parts: [{ id: 'deel-1', title: 'Deel 1' }] };
const moduleMeta = {
  id: 'module-1',
  title: 'Module',
  part: 'deel-1',
  order: 1,
  summary: 'Kort.',
  goals: ['Je kunt iets.'],
  studyMinutes: 30,
};

// [schema, name, input, valid?]
const cases: [string, { safeParse: (v: unknown) => { success: boolean } }, unknown, boolean][] = [
  ['course: minimal, with defaults', courseSchema, course, true],
  ['course: unknown language', courseSchema, { ...course, language: 'de' }, false],
  ['course: no parts', courseSchema, { ...course, parts: [] }, false],
  ['course: pass mark above 100', courseSchema, { ...course, completion: { passMark: 120 } }, false],
  ['course: id with capitals', courseSchema, { ...course, id: 'Cursus' }, false],
  ['module: complete', moduleSchema, moduleMeta, true],
  ['module: no goals', moduleSchema, { ...moduleMeta, goals: [] }, false],
  ['module: study time missing', moduleSchema, { ...moduleMeta, studyMinutes: undefined }, false],
  ['module: unknown field', moduleSchema, { ...moduleMeta, auteur: 'x' }, false],
  ...Object.entries(questions).map(
    ([type, q]) =>
      [`quiz: a valid ${type} question`, quizSchema, quiz([q]), true] as [string, typeof quizSchema, unknown, boolean],
  ),
  [
    'quiz: single with two right options',
    quizSchema,
    quiz([{ ...questions.single, options: [option('ja', true), option('ook', true)] }]),
    false,
  ],
  [
    'quiz: multiple with no right option',
    quizSchema,
    quiz([{ ...questions.multiple, options: [option('een'), option('twee')] }]),
    false,
  ],
  [
    'quiz: option without feedback',
    quizSchema,
    quiz([{ ...questions.single, options: [{ text: 'ja', correct: true }, option('nee')] }]),
    false,
  ],
  [
    'quiz: matching with a repeated right side',
    quizSchema,
    quiz([
      {
        ...questions.matching,
        pairs: [
          { left: 'A', right: '1', feedback: 'x' },
          { left: 'B', right: '1', feedback: 'y' },
        ],
      },
    ]),
    false,
  ],
  ['quiz: ordering with two items', quizSchema, quiz([{ ...questions.ordering, items: ['a', 'b'] }]), false],
  ['quiz: text without accepted answers', quizSchema, quiz([{ ...questions.text, accepted: [] }]), false],
  ['quiz: unknown question type', quizSchema, quiz([{ ...questions.single, type: 'essay' }]), false],
  ['quiz: the same question id twice', quizSchema, quiz([questions.single, { ...questions.text, id: 'a' }]), false],
  ['quiz: pass mark as text', quizSchema, quiz([questions.single], { passMark: '70' }), false],
  ['glossary: term and definition', glossaryTermSchema, { term: 'Loyaliteit', definition: 'Trouw aan…' }, true],
  ['glossary: empty definition', glossaryTermSchema, { term: 'Loyaliteit', definition: ' ' }, false],
];

describe('content schemas', () => {
  it.each(cases)('%s', (_, schema, input, valid) => {
    expect(schema.safeParse(input).success).toBe(valid);
  });

  it('fills defaults an author may leave out', () => {
    expect(courseSchema.parse(course)).toMatchObject({
      language: 'nl',
      completion: { rule: 'all-visited-and-quizzes-passed', passMark: 70 },
      tracking: { sendReflections: false },
    });
    const parsed = quizSchema.parse(quiz([questions.single]));
    expect(parsed).toMatchObject({ passMark: 70, shuffle: false, graded: true });
    // Attempts, scoring and reveal depend on whether the quiz is the course score quiz (src/quiz/bank/policy.ts).
    expect(parsed.attempts).toBeUndefined();
  });
});
