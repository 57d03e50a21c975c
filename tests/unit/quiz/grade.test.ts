import { describe, expect, it } from 'vitest';
import { gradeQuestion, gradeQuiz, normaliseText } from '../../../src/quiz/grade.ts';
import type { GradingSpec, Response } from '../../../src/quiz/grading-spec.ts';

const single: GradingSpec = { id: 's', type: 'single', points: 1, correct: 2 };
const multiple: GradingSpec = { id: 'm', type: 'multiple', points: 1, correct: [0, 2], options: 4 };
const truefalse: GradingSpec = { id: 't', type: 'truefalse', points: 1, answer: false };
const matching: GradingSpec = { id: 'p', type: 'matching', points: 1, pairs: 4 };
const ordering: GradingSpec = { id: 'o', type: 'ordering', points: 1, items: 4 };
const text: GradingSpec = { id: 'x', type: 'text', points: 1, accepted: ['Parentificatie', 'parentisering'] };

// Each row: a question, a response, and the score it must get (1 right, 0 wrong, between: partial).
const cases: [string, GradingSpec, Response, number][] = [
  ['single right', single, { type: 'single', choice: 2 }, 1],
  ['single wrong', single, { type: 'single', choice: 0 }, 0],
  ['single unanswered', single, { type: 'single', choice: null }, 0],
  ['multiple right', multiple, { type: 'multiple', choices: [0, 2] }, 1],
  ['multiple partial: one of two', multiple, { type: 'multiple', choices: [0] }, 0.5],
  ['multiple partial: a wrong tick costs a share', multiple, { type: 'multiple', choices: [0, 2, 3] }, 0.5],
  ['multiple: ticking everything earns nothing', multiple, { type: 'multiple', choices: [0, 1, 2, 3] }, 0],
  ['multiple wrong', multiple, { type: 'multiple', choices: [1] }, 0],
  ['true/false right', truefalse, { type: 'truefalse', answer: false }, 1],
  ['true/false wrong', truefalse, { type: 'truefalse', answer: true }, 0],
  ['matching right', matching, { type: 'matching', matches: [0, 1, 2, 3] }, 1],
  ['matching partial', matching, { type: 'matching', matches: [0, 1, 3, 2] }, 0.5],
  ['matching wrong', matching, { type: 'matching', matches: [1, 0, 3, 2] }, 0],
  ['ordering right', ordering, { type: 'ordering', order: [0, 1, 2, 3] }, 1],
  ['ordering partial', ordering, { type: 'ordering', order: [0, 1, 3, 2] }, 0.5],
  ['ordering incomplete', ordering, { type: 'ordering', order: [] }, 0],
  ['text right, other case and spacing', text, { type: 'text', text: '  PARENTIFICATIE ' }, 1],
  ['text right, second accepted answer', text, { type: 'text', text: 'parentisering.' }, 1],
  ['text wrong', text, { type: 'text', text: 'loyaliteit' }, 0],
];

describe('gradeQuestion', () => {
  it.each(cases)('%s', (_, spec, response, score) => {
    const result = gradeQuestion(spec, response);
    expect(result.score).toBeCloseTo(score);
    expect(result.correct).toBe(score === 1);
  });

  it('refuses a response of another question type', () => {
    expect(() => gradeQuestion(single, { type: 'text', text: 'a' })).toThrow(/single/);
  });
});

describe('gradeQuiz', () => {
  const specs = [single, { ...multiple, points: 3 }];
  it('weighs questions by points and rounds to a whole percentage', () => {
    const result = gradeQuiz(
      specs,
      new Map<string, Response>([
        ['s', { type: 'single', choice: 2 }],
        ['m', { type: 'multiple', choices: [0] }],
      ]),
      70,
    );
    expect(result.percent).toBe(63); // (1 + 3 × 0.5) / 4
    expect(result.passed).toBe(false);
  });
  it('passes at the pass mark and counts unanswered questions as wrong', () => {
    expect(
      gradeQuiz(specs, new Map<string, Response>([['m', { type: 'multiple', choices: [0, 2] }]]), 75),
    ).toMatchObject({ percent: 75, passed: true });
  });
});

describe('normaliseText', () => {
  it('ignores case, surrounding and repeated spaces and a closing full stop', () => {
    expect(normaliseText('  De   Drama-driehoek. ')).toBe('de drama-driehoek');
  });
});
