/** Rule family `schema`: every data file against its zod schema, in the words of `friendly-errors`. */
import type { z } from 'zod';
import { courseSchema } from '../schemas/course.ts';
import { friendlyDiagnostics, subjectOf } from '../schemas/friendly-errors.ts';
import { glossaryTermSchema } from '../schemas/glossary.ts';
import { moduleSchema } from '../schemas/module.ts';
import { questionSchema } from '../schemas/question.ts';
import { questionProblems, quizSchema } from '../schemas/quiz.ts';
import { sessionPlanSchema } from '../schemas/session-plan.ts';
import { list, type DataFile, type Rule } from './model.ts';
import { diagnostic, type Diagnostic } from '../course/source/diagnostic.ts';

function check(schema: z.ZodType, file: DataFile | undefined): Diagnostic[] {
  if (!file?.readable) return [];
  return friendlyDiagnostics(schema, file.data ?? {}, { file: file.file, lineOf: file.lineOf });
}

/**
 * zod skips a quiz's refinements while any question has a shape problem, so the answerability rules
 * (`questionProblems`) would stay silent until every typo is fixed. Then run them per well-formed question.
 */
function questionSense(file: DataFile, shapeProblems: boolean): Diagnostic[] {
  if (!file.readable || !shapeProblems) return [];
  return list(file.data, 'questions').flatMap((raw, index) => {
    const question = questionSchema.safeParse(raw);
    if (!question.success) return [];
    return questionProblems(question.data).map((problem) => {
      const path = ['questions', index, ...problem.path];
      return diagnostic(file.file, file.lineOf(path), 'error', 'question', `${subjectOf(path)}: ${problem.message}`);
    });
  });
}

function checkQuiz(file: DataFile): Diagnostic[] {
  const found = check(quizSchema, file);
  return [
    ...found,
    ...questionSense(
      file,
      found.some((d) => d.rule === 'schema'),
    ),
  ];
}

export const schemaRule: Rule = (course) => [
  ...check(courseSchema, course.course),
  ...course.modules.flatMap((m) => check(moduleSchema, m)),
  ...course.quizzes.flatMap(checkQuiz),
  ...course.glossary.flatMap((g) => check(glossaryTermSchema, g)),
  ...course.sessionPlans.flatMap((p) => check(sessionPlanSchema, p)),
];
