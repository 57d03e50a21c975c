/**
 * Pre-tests drawn from another quiz's bank: each question belongs to the module it is about (its pool,
 * or the module title its feedback names), each attempt asks `perModule` questions per module, and
 * the real course's three pre-tests ask about every module of their part.
 */
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../../../src/course/outline.ts';
import { readValidCourse } from '../../../../src/course/read-valid-course.ts';
import { drawnQuestions } from '../../../../src/quiz/bank/draw.ts';
import { moduleOfQuestion, pretestOf, resolvePretest } from '../../../../src/quiz/bank/pretest.ts';
import type { Question } from '../../../../src/schemas/question.ts';
import { quizSchema, type Quiz } from '../../../../src/schemas/quiz.ts';

const modules = [
  { id: 'grenzen', title: 'Grenzen: wat is van mij en wat niet?' },
  { id: 'loyaliteit', title: 'Loyaliteit' },
];
const tf = (id: string, pool: string, feedback: string): Question =>
  ({
    id,
    type: 'truefalse',
    pool,
    prompt: `${id}?`,
    answer: true,
    feedbackTrue: feedback,
    feedbackFalse: feedback,
    points: 1,
    feedback: {},
    pinOrder: false,
  }) as Question;
const bank = {
  id: 'eindtoets',
  ...quizSchema.parse({
    title: 'Eindtoets',
    questions: [
      tf('g1', 'themas', 'Lees de module ‘Grenzen: wat is van mij en wat niet?’ nog eens.'),
      tf('g2', 'themas', 'Zie ‘grenzen — wat is van mij en wat niet’.'),
      tf('l1', 'themas', 'Herlees de module Loyaliteit.'),
      tf('l2', 'themas', 'Loyaliteit, en ook Grenzen: wat is van mij en wat niet?'),
      tf('x1', 'themas', 'Over iets anders.'),
      tf('p1', 'praktijk', 'Lees de module Loyaliteit.'),
    ],
  }),
} as Quiz;
const pretest = (extra: object = {}) =>
  ({
    id: 'voortoets',
    ...quizSchema.parse({ title: 'Voortoets', bank: { quiz: 'eindtoets', pool: 'themas' }, ...extra }),
  }) as Quiz;

describe('moduleOfQuestion', () => {
  it.each([
    ['its pool is a module id', tf('a', 'loyaliteit', ''), 'loyaliteit'],
    ['its feedback names the title (case and punctuation aside)', bank.questions[1]!, 'grenzen'],
    ['it names two modules: the first in course order', bank.questions[3]!, 'grenzen'],
    ['it names none', bank.questions[4]!, undefined],
  ])('%s', (_, q, expected) => expect(moduleOfQuestion(q, modules)).toBe(expected));
});

describe('resolvePretest', () => {
  it('takes the pool’s questions about the part’s modules, one draw rule per module', () => {
    const r = resolvePretest(pretest(), bank, modules);
    expect(r.questions.map((q) => q.id)).toEqual(['g1', 'g2', 'l1', 'l2']);
    expect(r.moduleOf).toEqual({ g1: 'grenzen', g2: 'grenzen', l1: 'loyaliteit', l2: 'grenzen' });
    expect(r.draw).toEqual([
      { pool: 'grenzen', count: 1 },
      { pool: 'loyaliteit', count: 1 },
    ]);
    expect(r.uncovered).toEqual([]);
  });

  it('names the modules it cannot ask about, and takes extra items of its own', () => {
    const three = [...modules, { id: 'lichaamsbeleving', title: 'Lichaamsbeleving' }];
    expect(resolvePretest(pretest(), bank, three).uncovered).toEqual(['lichaamsbeleving']);
    const extra = pretest({ questions: [tf('eigen', 'lichaamsbeleving', 'Eigen vraag.')] });
    const r = resolvePretest(extra, bank, three);
    expect(r.uncovered).toEqual([]);
    expect(r.moduleOf.eigen).toBe('lichaamsbeleving');
  });

  it('asks one question per module per attempt, another one in the next attempt', () => {
    const r = resolvePretest(pretest(), bank, modules);
    const questions = r.questions.map((q) => ({ id: q.id, pool: (q as { pool?: string }).pool }));
    const attempts = [0, 1].map((a) => drawnQuestions(questions, r.draw, 'learner-1', 'voortoets', a));
    for (const asked of attempts) expect(asked.map((id) => r.moduleOf[id]).sort()).toEqual(['grenzen', 'loyaliteit']);
    expect(attempts[0]).not.toEqual(attempts[1]);
  });
});

describe('the pre-tests of the real course', () => {
  const { course, modules: placed, quizzes } = readValidCourse('.');
  const outline = buildOutline(course, placed);
  const withPretest = course.parts.filter((p) => p.pretest);

  it('exist for parts 2, 3 and 4, with a pass mark above the module quizzes’ and limited attempts', () => {
    expect(withPretest.map((p) => p.id)).toEqual(['werken-met-overlevenden', 'werken-in-groepsverband', 'themas']);
    for (const part of withPretest) {
      const quiz = quizzes.find((q) => q.id === part.pretest)!;
      expect(quiz.passMark).toBeGreaterThanOrEqual(80);
      expect(quiz.attempts).toBeGreaterThan(0);
      expect(quiz.bank?.quiz).toBe(course.completion.scoreQuiz);
    }
  });

  it.each(withPretest.map((p) => [p.id]))('%s: asks about every module, with a second question for a retry', (id) => {
    const part = withPretest.find((p) => p.id === id)!;
    const found = pretestOf(part.pretest!, { course, outline, quizzes })!;
    const partModules = outline.parts.find((p) => p.id === id)!.modules.map((m) => m.id);
    expect(found.resolved!.uncovered).toEqual([]);
    expect(found.resolved!.draw.map((d) => d.pool)).toEqual(partModules);
    for (const m of partModules)
      expect(Object.values(found.moduleOf).filter((x) => x === m).length, m).toBeGreaterThanOrEqual(2);
  });
});
