import type { QuestionResult } from '../quiz/grade.ts';
import type { GradingSpec, Response } from '../quiz/grading-spec.ts';
import { browserType } from '../quiz/types/browser.ts';
import type { Interaction } from './scorm/interactions.ts';

/** Reads the learner's answer to one question from its form fields, with its type's reader. */
export const readResponse = (spec: GradingSpec, el: Element): Response => browserType(spec.type).read(el);

/** The same answer as a SCORM interaction (identifiers: options a, b, c…; matching 1.a, 2.b…). */
export function toInteraction(
  quizId: string,
  spec: GradingSpec,
  response: Response,
  result: QuestionResult,
  prompt: string,
  latencyMs: number,
): Interaction {
  const type = browserType(spec.type);
  return {
    id: `${quizId}.${spec.id}`,
    result: result.correct ? 'correct' : 'wrong',
    description: prompt,
    at: new Date(),
    latencyMs,
    type: type.interactionType,
    // A response of another type (never sent by the quiz element) reports no answer rather than a wrong one.
    response: response.type === spec.type ? type.learnerResponse(response as never) : [],
    correct: type.correctResponse(spec as never),
  };
}
