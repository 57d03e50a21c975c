import type { GradedQuestion } from '../schemas/question.ts';

/**
 * What the browser needs to grade one question: the right answers, no prose.
 * Option and pair indices refer to the order in the quiz file.
 */
export type GradingSpec =
  | { id: string; type: 'single'; points: number; correct: number }
  | { id: string; type: 'multiple'; points: number; correct: number[]; options: number }
  | { id: string; type: 'truefalse'; points: number; answer: boolean }
  | { id: string; type: 'matching'; points: number; pairs: number }
  | { id: string; type: 'ordering'; points: number; items: number }
  | { id: string; type: 'text'; points: number; accepted: string[] };

export type Response =
  | { type: 'single'; choice: number | null }
  | { type: 'multiple'; choices: number[] }
  | { type: 'truefalse'; answer: boolean | null }
  /** For each left item i (file order), the index of the chosen right item, or null. */
  | { type: 'matching'; matches: (number | null)[] }
  /** Item indices (file order) in the order the learner put them. */
  | { type: 'ordering'; order: number[] }
  | { type: 'text'; text: string };

const correctIndices = (q: { options: { correct: boolean }[] }) => q.options.flatMap((o, i) => (o.correct ? [i] : []));

/** Reduce a graded question from a quiz file to its grading spec. */
export function toGradingSpec(q: GradedQuestion): GradingSpec {
  switch (q.type) {
    case 'single':
      return { id: q.id, type: q.type, points: q.points, correct: correctIndices(q)[0] ?? -1 };
    case 'multiple':
      return { id: q.id, type: q.type, points: q.points, correct: correctIndices(q), options: q.options.length };
    case 'truefalse':
      return { id: q.id, type: q.type, points: q.points, answer: q.answer };
    case 'matching':
      return { id: q.id, type: q.type, points: q.points, pairs: q.pairs.length };
    case 'ordering':
      return { id: q.id, type: q.type, points: q.points, items: q.items.length };
    case 'text':
      return { id: q.id, type: q.type, points: q.points, accepted: q.accepted };
  }
}
