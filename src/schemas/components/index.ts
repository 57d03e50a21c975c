/**
 * The components an author may use in a module body without importing them: one zod schema each for
 * their props, used by the component when it renders (`src/components/props.ts`) and by the checker
 * (`src/check/components.ts`), plus what the checker needs besides: whether content goes between the
 * tags, and an example to show. `src/components/mdx.ts` maps the same names to the `.astro` files.
 */
import type { z } from 'zod';
import { calloutPropsSchema } from './callout.ts';
import { casusPropsSchema } from './casus.ts';
import { figurePropsSchema } from './figure.ts';
import { mediaPropsSchema } from './media.ts';
import { quizPropsSchema } from './quiz.ts';
import { reflectionPropsSchema } from './reflection.ts';
import { scenarioPropsSchema } from './scenario.ts';
import { sessionPlanPropsSchema } from './session-plan.ts';
import { termPropsSchema } from './term.ts';
import { worksheetPropsSchema } from './worksheet.ts';

export type ComponentSpec = {
  props: z.ZodObject;
  /** Whether content between the tags is expected. */
  children: 'none' | 'required' | 'optional';
  example: string;
};

export const componentSpecs = {
  Quiz: { props: quizPropsSchema, children: 'none', example: '<Quiz id="veiligheid" />' },
  Reflection: {
    props: reflectionPropsSchema,
    children: 'optional',
    example: '<Reflection id="eigen-grenzen" title="Jouw grenzen">Vraag…</Reflection>',
  },
  Callout: {
    props: calloutPropsSchema,
    children: 'required',
    example: '<Callout kind="tip" title="Tip">Tekst…</Callout>',
  },
  Casus: {
    props: casusPropsSchema,
    children: 'required',
    example: '<Casus title="Sanne" questions={["Wat doe je?"]}>Verhaal…</Casus>',
  },
  Term: { props: termPropsSchema, children: 'required', example: '<Term id="trauma">trauma</Term>' },
  Figure: {
    props: figurePropsSchema,
    children: 'optional',
    example: '<Figure src="drama-driehoek.svg" alt="…" caption="…">Beschrijving…</Figure>',
  },
  Media: {
    props: mediaPropsSchema,
    children: 'optional',
    example: '<Media src="gesprek.mp4" title="…" captions="gesprek.vtt">Uitgeschreven tekst…</Media>',
  },
  Scenario: { props: scenarioPropsSchema, children: 'none', example: '<Scenario id="mira-openingsronde" />' },
  Worksheet: { props: worksheetPropsSchema, children: 'none', example: '<Worksheet id="levenswiel" />' },
  SessionPlan: { props: sessionPlanPropsSchema, children: 'none', example: '<SessionPlan id="kennismaken" />' },
} as const satisfies Record<string, ComponentSpec>;

export type ComponentName = keyof typeof componentSpecs;
export type ComponentProps<N extends ComponentName> = z.output<(typeof componentSpecs)[N]['props']>;

export const isComponentName = (name: string): name is ComponentName => Object.hasOwn(componentSpecs, name);
