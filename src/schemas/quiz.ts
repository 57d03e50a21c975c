import { z } from 'zod';
import { idSchema, percentSchema, text } from './common.ts';
import type { Problem } from '../quiz/types/definition.ts';
import { questionTypes } from '../quiz/types/index.ts';
import { questionSchema, type GradedQuestion, type Question } from './question.ts';

/** A quiz file (`quizzes/<id>.yaml`); the file name is the quiz id. */
export const quizObjectSchema = z
  .object({
    $schema: z.string().optional().describe('Path to the JSON Schema, for editor support.'),
    title: text('The quiz title').describe('Title shown above the quiz.'),
    intro: z.string().optional().describe('Short text shown before the first question.'),
    passMark: percentSchema.default(70).describe('Percentage needed to pass.'),
    attempts: z
      .number()
      .int()
      .min(0)
      .optional()
      .describe(
        'How many attempts a learner has; 0 means unlimited. Default: 3 for the course score quiz (a certifying test), unlimited for the others. After the last attempt the quiz is closed and a failed score quiz fails the course.',
      ),
    shuffle: z
      .boolean()
      .default(false)
      .describe(
        'Show the questions in an order of their own per learner and attempt. Options are shuffled anyway, unless a question sets `pinOrder: true`.',
      ),
    draw: z
      .array(
        z
          .object({
            pool: idSchema.describe('The pool to draw from: questions with this `pool`.'),
            count: z.number().int().min(1).describe('How many questions to draw from this pool per attempt.'),
          })
          .strict(),
      )
      .optional()
      .describe(
        'Question bank: each attempt draws this many questions from each pool, without repeats across attempts until a pool is used up.',
      ),
    scoring: z
      .enum(['best', 'last'])
      .optional()
      .describe(
        'Which attempt counts for the score sent to the LMS and for passing: the best one (default) or the last one.',
      ),
    reveal: z
      .enum(['immediately', 'after-pass-or-last-attempt', 'never'])
      .optional()
      .describe(
        'When the right answers are shown: `immediately` (practice), `after-pass-or-last-attempt` (a graded test: per-question feedback teaches without giving the key until the learner passes or has no attempts left) or `never`. Default: `after-pass-or-last-attempt` for the course score quiz, `immediately` for the others.',
      ),
    graded: z.boolean().default(true).describe('Whether the quiz counts for completion and the course score.'),
    bank: z
      .object({
        quiz: idSchema.describe('The quiz whose questions are asked again, e.g. `eindtoets`.'),
        pool: idSchema.describe('The pool of that quiz to draw from, e.g. the id of the part this pre-test is for.'),
        perModule: z
          .number()
          .int()
          .min(1)
          .max(5)
          .default(1)
          .describe(
            'Questions per module of the part in each attempt. A question belongs to the module whose title its feedback names (as in the final test), or whose id is its `pool`.',
          ),
      })
      .strict()
      .optional()
      .describe(
        'A pre-test ("Wat weet je al?", set as a part\'s `pretest` in course.yaml) that draws from another quiz\'s bank instead of copying its questions: each attempt asks `perModule` questions about every module of the part. `questions` may add items where the bank has too few; give them `pool: <module-id>`.',
      ),
    questions: z.array(questionSchema).default([]),
  })
  .strict();

/** The quiz shape plus the rules that make every question answerable. */
export const quizSchema = quizObjectSchema.superRefine((quiz, ctx) => {
  for (const issue of bankProblems(quiz)) ctx.addIssue({ code: 'custom', ...issue });
  const seen = new Set<string>();
  quiz.questions.forEach((q, i) => {
    if (seen.has(q.id))
      ctx.addIssue({
        code: 'custom',
        path: ['questions', i, 'id'],
        message: `question id \`${q.id}\` is used twice in this quiz; give every question its own id`,
      });
    seen.add(q.id);
    for (const issue of questionProblems(q))
      ctx.addIssue({ code: 'custom', path: ['questions', i, ...issue.path], message: issue.message });
  });
});

/**
 * A quiz needs questions of its own or a bank. A bank quiz draws per module (no `draw` of its own) and
 * must not show right answers: they are the final test's.
 */
export function bankProblems(quiz: {
  bank?: { quiz: string };
  draw?: unknown[];
  reveal?: string;
  questions: unknown[];
}): Problem[] {
  if (!quiz.bank)
    return quiz.questions.length
      ? []
      : [{ path: ['questions'], message: 'a quiz needs at least one question, or a `bank` to draw them from' }];
  const problems: Problem[] = [];
  if (quiz.draw)
    problems.push({
      path: ['draw'],
      message: `a quiz with \`bank\` draws \`bank.perModule\` questions per module; remove \`draw\``,
    });
  if (quiz.reveal && quiz.reveal !== 'never')
    problems.push({
      path: ['reveal'],
      message: `a quiz with \`bank\` would show the right answers of \`${quiz.bank.quiz}\`; remove \`reveal\` (a pre-test never shows them)`,
    });
  return problems;
}

/** Rules a question must meet to be answerable, by its type (`src/quiz/types/<type>/question.ts`). */
export function questionProblems(q: Question): Problem[] {
  if (q.type === 'reflection') return [];
  return (questionTypes[q.type].problems as (q: Question) => Problem[])(q);
}

export type Quiz = z.infer<typeof quizSchema> & { id: string };
export const isGraded = (q: Question): q is GradedQuestion => q.type !== 'reflection';
