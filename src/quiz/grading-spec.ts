import type { GradedQuestion } from '../schemas/question.ts';
import type { GradingSpec } from './types/browser.ts';
import { questionTypes } from './types/index.ts';

/**
 * What the browser needs to grade one question: the right answers, no prose. Option and pair indices
 * refer to the order in the quiz file. The shapes are each type's own (`src/quiz/types/<type>/browser.ts`).
 */
export type { GradingSpec, Response } from './types/browser.ts';

/** Reduce a graded question from a quiz file to its grading spec, by its type's `toSpec`. */
export function toGradingSpec(q: GradedQuestion): GradingSpec {
  return (questionTypes[q.type].toSpec as (q: GradedQuestion) => GradingSpec)(q);
}
