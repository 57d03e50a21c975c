/**
 * A question in a quiz file: one of the graded types of the question-type registry
 * (`src/quiz/types/`), or an ungraded reflection prompt. The union is built from the registry.
 */
import { z } from 'zod';
import { type GradedType, type QuestionOf, questionTypes } from '../quiz/types/index.ts';
import { type ReflectionPrompt, reflectionPromptSchema } from '../quiz/types/reflection/question.ts';

import { optionSchema } from '../quiz/types/choice/options.ts';
export { optionSchema };
export { matchingSchema } from '../quiz/types/matching/question.ts';
export { multipleResponseSchema } from '../quiz/types/multiple/question.ts';
export { orderingSchema } from '../quiz/types/ordering/question.ts';
export { reflectionPromptSchema } from '../quiz/types/reflection/question.ts';
export { singleChoiceSchema } from '../quiz/types/single/question.ts';
export { shortTextSchema } from '../quiz/types/text/question.ts';
export { trueFalseSchema } from '../quiz/types/truefalse/question.ts';

export type GradedQuestion = { [T in GradedType]: QuestionOf<T> }[GradedType];
export type Question = GradedQuestion | ReflectionPrompt;
export type QuestionType = Question['type'];
export type Option = z.infer<typeof optionSchema>;
export type { ReflectionPrompt };

type Member = (typeof questionTypes)[GradedType]['schema'] & z.ZodObject;
const gradedSchemas = Object.values(questionTypes).map((t) => t.schema) as unknown as [Member, ...Member[]];

export const gradedQuestionSchema = z.discriminatedUnion('type', gradedSchemas) as unknown as z.ZodType<
  GradedQuestion,
  unknown
>;

export const questionSchema = z.discriminatedUnion('type', [
  ...gradedSchemas,
  reflectionPromptSchema,
]) as unknown as z.ZodType<Question, unknown>;
