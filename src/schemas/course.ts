import { z } from 'zod';
import { idSchema, percentSchema, text } from './common.ts';

export const partSchema = z
  .object({
    id: idSchema.describe('Stable id of the part (deel); modules name it in their `part` field.'),
    title: text('The title of a part').describe('Title shown on the course home and in the outline.'),
    intro: z.string().optional().describe('One or two sentences shown under the part title on the home page.'),
    pretest: idSchema
      .optional()
      .describe(
        'Id of a pre-test quiz ("Wat weet je al?") for this part. A learner who passes it may mark the modules of the part as tested out (vrijgesteld); the completion rule `all-visited-or-tested-out-and-quizzes-passed` then counts them as done.',
      ),
  })
  .strict();

/** What a learner must do for the course to count as complete. */
export const completionRules = [
  'all-visited',
  'all-visited-and-quizzes-passed',
  'all-visited-or-tested-out-and-quizzes-passed',
] as const;
export type CompletionRule = (typeof completionRules)[number];

export const courseSchema = z
  .object({
    id: idSchema.describe(
      'Stable course id: used in file names, the SCORM manifest identifier and the storage key. Never change it after publishing.',
    ),
    title: text('The course title').describe('Course title, shown on every page and in the LMS.'),
    language: z.enum(['nl', 'en']).default('nl').describe('Language of the content and of the interface text.'),
    description: text('The course description').describe('Short description for the home page and the SCORM metadata.'),
    version: z
      .string()
      .regex(/^\d+\.\d+(\.\d+)?$/, { message: 'use a version like `1.0` or `1.2.3`' })
      .default('1.0')
      .describe('Content version, written into the SCORM metadata.'),
    organisation: z.string().optional().describe('Who publishes the course; shown on the certificate.'),
    parts: z
      .array(partSchema)
      .min(1, { message: 'list at least one part' })
      .describe('The parts (delen) of the course, in course order.'),
    completion: z
      .object({
        rule: z
          .enum(completionRules)
          .default('all-visited-and-quizzes-passed')
          .describe(
            "`all-visited`: every module opened. `all-visited-and-quizzes-passed`: every module opened and every graded quiz passed. `all-visited-or-tested-out-and-quizzes-passed`: every module opened or tested out (its part's pre-test passed and marked), every graded quiz passed except those of tested-out modules; the score quiz is never waived.",
          ),
        passMark: percentSchema
          .default(70)
          .describe(
            'Course pass mark in percent. Also the SCORM 1.2 mastery score and the SCORM 2004 minimum normalised measure.',
          ),
        scoreQuiz: idSchema
          .optional()
          .describe(
            'Id of the quiz whose score is the course score (e.g. the final test). Without it, the course score is the average of all graded quizzes.',
          ),
      })
      .strict()
      .default({ rule: 'all-visited-and-quizzes-passed', passMark: 70 }),
    tracking: z
      .object({
        sendReflections: z
          .boolean()
          .default(false)
          .describe(
            "Send learners' reflection texts to the LMS. Off by default: reflections stay on the learner's device.",
          ),
        interactions: z
          .enum(['score-quiz', 'graded', 'none'])
          .default('score-quiz')
          .describe(
            'Which answers reach the LMS as interaction records. `score-quiz` (default): only those of the quiz named in `completion.scoreQuiz` (the final test), which is what an organisation reads; other quiz results travel in the progress data. `graded`: every graded quiz. `none`: no interaction records.',
          ),
      })
      .strict()
      .default({ sendReflections: false, interactions: 'score-quiz' }),
  })
  .strict();

export type Course = z.infer<typeof courseSchema>;
export type CourseInput = z.input<typeof courseSchema>;
export type Part = z.infer<typeof partSchema>;
