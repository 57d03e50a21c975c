import { z } from 'zod';
import { percentSchema, text } from './common.ts';
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

type Problem = { path: (string | number)[]; message: string };

const unique = (values: string[]) => new Set(values.map((v) => v.trim().toLowerCase())).size === values.length;

/** Rules a question must meet to be answerable; zod checks the shape, these check the sense. */
export function questionProblems(q: Question): Problem[] {
  const problems: Problem[] = [];
  if (q.type === 'single' || q.type === 'multiple') {
    const right = q.options.filter((o) => o.correct).length;
    if (right === 0)
      problems.push({ path: ['options'], message: 'no option is marked `correct: true`; mark the right answer' });
    if (q.type === 'single' && right > 1)
      problems.push({
        path: ['options'],
        message: `${right} options are marked \`correct: true\` in a single-choice question; mark exactly one, or use \`type: multiple\``,
      });
    if (!unique(q.options.map((o) => o.text)))
      problems.push({ path: ['options'], message: 'two options have the same text; make every option different' });
  }
  if (q.type === 'matching') {
    if (!unique(q.pairs.map((p) => p.left)))
      problems.push({
        path: ['pairs'],
        message:
          'two pairs have the same left side, so the question cannot be answered; make every left side different',
      });
    if (!unique(q.pairs.map((p) => p.right)))
      problems.push({
        path: ['pairs'],
        message:
          'two pairs have the same right side, so the question cannot be answered; make every right side different',
      });
  }
  if (q.type === 'ordering' && !unique(q.items))
    problems.push({
      path: ['items'],
      message: 'two items have the same text, so the order cannot be judged; make every item different',
    });
  return problems;
}

export type Quiz = z.infer<typeof quizSchema> & { id: string };
export const isGraded = (q: Question): q is GradedQuestion => q.type !== 'reflection';
