import { z } from 'zod';
import { idSchema, text } from './common.ts';

/**
 * A session plan (`modules/sessieplannen/<id>.yaml`; the file name is the id): one group session or
 * one training half-day, step by step. Shown in its module with `<SessionPlan id="…" />` and collected,
 * in course order, on the printable "Voor de trainer" page. The checker adds what a schema cannot:
 * the steps add up to `minutes`, there is a closing step, the module shows the plan.
 */
export const stepKinds = ['opening', 'uitleg', 'oefening', 'gesprek', 'pauze', 'afsluiting'] as const;

export const sessionStepSchema = z
  .object({
    title: text('The title of a step').describe('Short name of the step, e.g. "Openingsronde".'),
    minutes: z.number().int().min(1).max(240).describe('How long the step takes, in whole minutes.'),
    kind: z
      .enum(stepKinds)
      .describe('What kind of step: opening, uitleg, oefening, gesprek, pauze or afsluiting (the closing round).'),
    description: text('The description of a step').describe('What the trainer does and says, in plain steps.'),
    variants: z
      .object({
        newGroup: text('The variant for a new group').describe(
          'How to run this step with a group that has just started.',
        ),
        establishedGroup: text('The variant for an established group').describe(
          'How to run this step with a group that knows each other well.',
        ),
      })
      .strict()
      .optional()
      .describe('Variants of an exercise for a new and for an established group.'),
  })
  .strict();

export const referralSchema = z
  .object({
    when: text('When to refer').describe(
      'The signal or situation, e.g. "herbelevingen die na de bijeenkomst aanhouden".',
    ),
    to: text('Whom to refer to').describe(
      'Who takes over, e.g. "de eigen hulpverlener; zonder hulpverlener: de huisarts".',
    ),
  })
  .strict();

export const sessionPlanSchema = z
  .object({
    title: text('The title').describe('Title of the plan as shown in the module and on the trainer page.'),
    module: idSchema.describe('Id of the module that shows this plan with <SessionPlan id="…" />.'),
    audience: z
      .enum(['groep', 'opleiding'])
      .default('groep')
      .describe(
        '`groep`: a session of the peer-support group. `opleiding`: a half-day of the train-the-trainer itself.',
      ),
    programme: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe(
        'Its number in the example programme of twelve sessions (module programmaopbouw), if it is part of it.',
      ),
    minutes: z.number().int().min(15).max(480).describe('Total length in minutes; the steps must add up to it.'),
    goal: text('The goal').describe('What participants take home from this session, in one to three sentences.'),
    preparation: z.array(text('A preparation item')).min(1).describe('What the trainers arrange beforehand.'),
    materials: z
      .array(
        z
          .object({
            text: text('A material').describe('The material, e.g. "flip-over en stiften".'),
            worksheet: idSchema.optional().describe('Id of a worksheet in modules/werkbladen/ that belongs to it.'),
          })
          .strict(),
      )
      .min(1)
      .describe('Materials needed in the room.'),
    steps: z.array(sessionStepSchema).min(2).describe('The steps in order, each with its length.'),
    signals: z.array(text('A signal')).min(1).describe('Signals to watch for during this session.'),
    overwhelmed: text('What to do when a participant becomes overwhelmed').describe(
      'What the trainers do when a participant becomes overwhelmed (flooded, dissociating, leaving the room).',
    ),
    aftercare: text('The aftercare').describe('Aftercare after the session: for participants and for the trainers.'),
    referral: z.array(referralSchema).min(1).describe('When to refer, and to whom.'),
  })
  .strict();

export type SessionPlan = z.infer<typeof sessionPlanSchema> & { id: string };
