import { z } from 'zod';
import { idSchema, text } from './common.ts';

const generalFeedback = z
  .object({
    correct: z.string().optional().describe('Shown when the whole answer is right.'),
    incorrect: z.string().optional().describe('Shown when the answer is wrong or partly right.'),
  })
  .strict()
  .default({})
  .describe('General feedback, shown after every answer.');

const base = {
  id: idSchema.describe('Stable question id within the quiz; used for SCORM interactions.'),
  prompt: text('The question').describe('The question as the learner reads it (plain text).'),
  points: z.number().int().min(1).max(10).default(1).describe('Weight of the question in the quiz score.'),
  feedback: generalFeedback,
};

export const optionSchema = z
  .object({
    text: text('The option text').describe('What the learner can choose.'),
    correct: z.boolean().default(false).describe('Whether choosing this option is right.'),
    feedback: text('The feedback of an option').describe('Why this option is right or wrong; shown after answering.'),
  })
  .strict();

/** A question whose answer is picked from options; `single` and `multiple` differ in type and size only. */
const choiceQuestion = <T extends 'single' | 'multiple'>(type: T, description: string, maxOptions: number) =>
  z
    .object({
      ...base,
      type: z.literal(type).describe(description),
      options: z.array(optionSchema).min(2, { message: 'give at least two options' }).max(maxOptions),
    })
    .strict();

export const singleChoiceSchema = choiceQuestion('single', 'Single choice: exactly one option is right.', 8);
export const multipleResponseSchema = choiceQuestion(
  'multiple',
  'Multiple response: one or more options are right; partly right scores partly.',
  10,
);

export const trueFalseSchema = z
  .object({
    ...base,
    type: z.literal('truefalse').describe('True/false: the learner judges a statement.'),
    answer: z.boolean().describe('Whether the statement in `prompt` is true.'),
    feedbackTrue: text('`feedbackTrue`').describe('Shown when the learner chooses "juist".'),
    feedbackFalse: text('`feedbackFalse`').describe('Shown when the learner chooses "onjuist".'),
  })
  .strict();

export const matchingSchema = z
  .object({
    ...base,
    type: z.literal('matching').describe('Matching: the learner links each item on the left to one on the right.'),
    pairs: z
      .array(
        z
          .object({
            left: text('The left side of a pair'),
            right: text('The right side of a pair'),
            feedback: text('The feedback of a pair').describe('Why these two belong together.'),
          })
          .strict(),
      )
      .min(2, { message: 'give at least two pairs' })
      .max(8),
  })
  .strict();

export const orderingSchema = z
  .object({
    ...base,
    type: z
      .literal('ordering')
      .describe(
        'Ordering: the learner puts the items in the right order. List them here in the right order; they are shown shuffled.',
      ),
    items: z.array(text('An item')).min(3, { message: 'give at least three items to order' }).max(8),
  })
  .strict();

export const shortTextSchema = z
  .object({
    ...base,
    type: z.literal('text').describe('Short text: the learner types a word or phrase. Case and spacing are ignored.'),
    accepted: z
      .array(text('An accepted answer'))
      .min(1, { message: 'list at least one accepted answer' })
      .describe('Every answer that counts as right.'),
  })
  .strict();

export const reflectionPromptSchema = z
  .object({
    id: idSchema,
    type: z
      .literal('reflection')
      .describe('Ungraded reflection prompt: the learner writes for themselves; the answer stays on their device.'),
    prompt: text('The reflection prompt'),
    hint: z.string().optional(),
  })
  .strict();

export const gradedQuestionSchema = z.discriminatedUnion('type', [
  singleChoiceSchema,
  multipleResponseSchema,
  trueFalseSchema,
  matchingSchema,
  orderingSchema,
  shortTextSchema,
]);

export const questionSchema = z.discriminatedUnion('type', [
  singleChoiceSchema,
  multipleResponseSchema,
  trueFalseSchema,
  matchingSchema,
  orderingSchema,
  shortTextSchema,
  reflectionPromptSchema,
]);

export type Option = z.infer<typeof optionSchema>;
export type GradedQuestion = z.infer<typeof gradedQuestionSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type ReflectionPrompt = z.infer<typeof reflectionPromptSchema>;
