import Callout from './Callout.astro';
import Casus from './Casus.astro';
import Figure from './Figure.astro';
import Media from './Media.astro';
import Reflection from './Reflection.astro';
import Scenario from './Scenario.astro';
import SessionPlan from './SessionPlan.astro';
import Term from './Term.astro';
import Worksheet from './Worksheet.astro';
import Quiz from '../quiz/Quiz.astro';
import type { ComponentName } from '../schemas/components/index.ts';

/** The components authors can use in a module without importing them. */
export const mdxComponents = {
  Quiz,
  Reflection,
  Callout,
  Casus,
  Term,
  Figure,
  Media,
  Scenario,
  Worksheet,
  SessionPlan,
} satisfies Record<ComponentName, unknown>;
