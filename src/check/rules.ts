/** Every rule family the checker runs, in reporting order. Add a family here and it runs. */
import { componentRule } from './components.ts';
import { figureRule } from './figures.ts';
import { headingRule } from './headings.ts';
import { idRule } from './ids.ts';
import { linkRule } from './links.ts';
import type { Rule } from './model.ts';
import { orderRule } from './order.ts';
import { passMarkRule } from './pass-mark.ts';
import { pretestRule } from './pretests.ts';
import { progressKeyRule } from './progress-keys.ts';
import { quizQualityRule } from './quiz-quality/index.ts';
import { quizRefRule } from './quiz-refs.ts';
import { scenarioRule } from './scenarios.ts';
import { schemaRule } from './schema.ts';
import { sessionPlanRule } from './session-plans.ts';
import { trackingBudgetRule } from './suspend-data-budget.ts';
import { todoRule } from './todo.ts';
import { wordCountRule } from './words.ts';
import { worksheetRule } from './worksheets.ts';

export const rules: Record<string, Rule> = {
  schema: schemaRule,
  ids: idRule,
  order: orderRule,
  'quiz-refs': quizRefRule,
  pretest: pretestRule,
  'pass-mark': passMarkRule,
  'progress-key': progressKeyRule,
  components: componentRule,
  links: linkRule,
  figures: figureRule,
  headings: headingRule,
  words: wordCountRule,
  todo: todoRule,
  'tracking-budget': trackingBudgetRule,
  'quiz-quality': quizQualityRule,
  scenarios: scenarioRule,
  worksheets: worksheetRule,
  'session-plans': sessionPlanRule,
};
