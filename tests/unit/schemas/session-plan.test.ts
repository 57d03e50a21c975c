/** The session-plan schema: what a plan must hold, and what it refuses, with the checker's words. */
import { describe, expect, it } from 'vitest';
import { sessionPlanSchema } from '../../../src/schemas/session-plan.ts';

const step = (kind: string, minutes: number, extra: object = {}) => ({
  title: `Stap ${kind}`,
  minutes,
  kind,
  description: 'Wat de trainer doet.',
  ...extra,
});

const plan = {
  title: 'Kennismaken',
  module: 'contracteren',
  minutes: 30,
  goal: 'Deelnemers leren elkaar kennen.',
  preparation: ['Zaal klaarzetten'],
  materials: [{ text: 'Naamkaartjes' }, { text: 'Evaluatieformulier', worksheet: 'evaluatie-bijeenkomst' }],
  steps: [step('opening', 15), step('afsluiting', 15)],
  signals: ['Iemand zegt niets.'],
  overwhelmed: 'De co-trainer gaat mee naar buiten.',
  aftercare: 'Nabespreking van de trainers.',
  referral: [{ when: 'Klachten houden aan.', to: 'De eigen begeleider.' }],
};

const cases: [string, object, boolean][] = [
  ['a complete plan', plan, true],
  ['programme number', { ...plan, programme: 1 }, true],
  ['audience opleiding', { ...plan, audience: 'opleiding' }, true],
  [
    'variants on an exercise',
    {
      ...plan,
      steps: [step('oefening', 15, { variants: { newGroup: 'a', establishedGroup: 'b' } }), step('afsluiting', 15)],
    },
    true,
  ],
  ['unknown step kind', { ...plan, steps: [step('kringgesprek', 15), step('afsluiting', 15)] }, false],
  ['one step only', { ...plan, steps: [step('afsluiting', 30)] }, false],
  ['no referral', { ...plan, referral: [] }, false],
  ['programme 0', { ...plan, programme: 0 }, false],
  ['half a minute', { ...plan, steps: [step('opening', 14.5), step('afsluiting', 15.5)] }, false],
  [
    'a variant missing',
    { ...plan, steps: [step('oefening', 15, { variants: { newGroup: 'a' } }), step('afsluiting', 15)] },
    false,
  ],
  ['unknown field', { ...plan, doel: 'x' }, false],
  ['worksheet not an id', { ...plan, materials: [{ text: 'Werkblad', worksheet: 'Levens Wiel' }] }, false],
];

describe('sessionPlanSchema', () => {
  it.each(cases)('%s', (_name, input, ok) => {
    expect(sessionPlanSchema.safeParse(input).success).toBe(ok);
  });

  it('defaults the audience to the group', () => {
    expect(sessionPlanSchema.parse(plan).audience).toBe('groep');
  });
});
