import type { GradingSpec, Response } from './grading-spec.ts';
import { browserType } from './types/browser.ts';

export { normaliseText } from './types/text/browser.ts';

/** Outcome of one question: `score` from 0 to 1; `correct` only when fully right. */
export type QuestionResult = { id: string; score: number; correct: boolean; answered: boolean };
export type QuizResult = { percent: number; passed: boolean; questions: QuestionResult[] };

const fraction = (right: number, total: number) => (total <= 0 ? 0 : Math.max(0, Math.min(1, right / total)));

/** Grade one answer with its type's grader (`src/quiz/types/<type>/browser.ts`). */
export function gradeQuestion(spec: GradingSpec, response: Response): QuestionResult {
  if (spec.type !== response.type)
    throw new Error(`question \`${spec.id}\` is ${spec.type}, the response is ${response.type}`);
  const { score, answered } = browserType(spec.type).grade(spec as never, response as never);
  return { id: spec.id, score, correct: score === 1, answered };
}

/** Weighted percentage over all questions, rounded to a whole number; passed at or above the pass mark. */
export function gradeQuiz(specs: GradingSpec[], responses: Map<string, Response>, passMark: number): QuizResult {
  const questions = specs.map((spec) => {
    const response = responses.get(spec.id);
    return response ? gradeQuestion(spec, response) : { id: spec.id, score: 0, correct: false, answered: false };
  });
  const total = specs.reduce((sum, s) => sum + s.points, 0);
  const earned = specs.reduce((sum, s, i) => sum + s.points * questions[i]!.score, 0);
  const percent = Math.round(fraction(earned, total) * 100);
  return { percent, passed: percent >= passMark, questions };
}
