import { z } from 'zod';
import { percentSchema, text } from './common.ts';
import type { Problem } from '../quiz/types/shared.ts';
import { questionTypes } from '../quiz/types/index.ts';
import { questionSchema, type GradedQuestion, type Question } from './question.ts';

/** A quiz file (`quizzes/<id>.yaml`); the file name is the quiz id. */
export const quizObjectSchema = z
  .object({
    $schema: z.string().optional().describe('Path to the JSON Schema, for editor support.'),
    title: text('The quiz title').describe('Title shown above the quiz.'),
    intro: z.string().optional().describe('Short text shown before the first question.'),
    passMark: percentSchema.default(70).describe('Percentage needed to pass.'),
    attempts: z.number().int().min(0).default(0).describe('How many attempts a learner has; 0 means unlimited.'),
    shuffle: z.boolean().default(false).describe('Show questions (and options) in a random order per attempt.'),
    graded: z.boolean().default(true).describe('Whether the quiz counts for completion and the course score.'),
    questions: z.array(questionSchema).min(1, { message: 'a quiz needs at least one question' }),
  })
  .strict();

/** The quiz shape plus the rules that make every question answerable. */
export const quizSchema = quizObjectSchema.superRefine((quiz, ctx) => {
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

/** Rules a question must meet to be answerable, by its type (`src/quiz/types/<type>/question.ts`). */
export function questionProblems(q: Question): Problem[] {
  if (q.type === 'reflection') return [];
  return (questionTypes[q.type].problems as (q: Question) => Problem[])(q);
}

export type Quiz = z.infer<typeof quizSchema> & { id: string };
export const isGraded = (q: Question): q is GradedQuestion => q.type !== 'reflection';
