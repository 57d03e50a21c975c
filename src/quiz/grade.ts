import type { GradingSpec, Response } from './grading-spec.ts';

/** Outcome of one question: `score` from 0 to 1; `correct` only when fully right. */
export type QuestionResult = { id: string; score: number; correct: boolean; answered: boolean };
export type QuizResult = { percent: number; passed: boolean; questions: QuestionResult[] };

/** Case-, accent-form- and spacing-insensitive form of a typed answer. */
export const normaliseText = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?]+$/, '');

const fraction = (right: number, total: number) => (total <= 0 ? 0 : Math.max(0, Math.min(1, right / total)));

type Grader<T extends GradingSpec['type']> = (
  spec: Extract<GradingSpec, { type: T }>,
  response: Extract<Response, { type: T }>,
) => { score: number; answered: boolean };

/** One grader per question type; partial credit where a question has parts. */
const graders: { [T in GradingSpec['type']]: Grader<T> } = {
  single: (s, r) => ({ score: r.choice === s.correct ? 1 : 0, answered: r.choice !== null }),
  // Each right choice earns a share; each wrong choice takes one back (no reward for ticking everything).
  multiple: (s, r) => {
    const chosen = new Set(r.choices);
    const hits = s.correct.filter((i) => chosen.has(i)).length;
    const misses = [...chosen].filter((i) => !s.correct.includes(i)).length;
    return { score: fraction(hits - misses, s.correct.length), answered: chosen.size > 0 };
  },
  truefalse: (s, r) => ({ score: r.answer === s.answer ? 1 : 0, answered: r.answer !== null }),
  // Pair i is right when left i is matched with right i (file order).
  matching: (s, r) => ({
    score: fraction(r.matches.filter((m, i) => m === i).length, s.pairs),
    answered: r.matches.some((m) => m !== null),
  }),
  // Each item in its right position earns a share.
  ordering: (s, r) => ({
    score: r.order.length === s.items ? fraction(r.order.filter((item, pos) => item === pos).length, s.items) : 0,
    answered: r.order.length > 0,
  }),
  text: (s, r) => ({
    score: s.accepted.some((a) => normaliseText(a) === normaliseText(r.text)) ? 1 : 0,
    answered: normaliseText(r.text) !== '',
  }),
};

export function gradeQuestion(spec: GradingSpec, response: Response): QuestionResult {
  if (spec.type !== response.type)
    throw new Error(`question \`${spec.id}\` is ${spec.type}, the response is ${response.type}`);
  const { score, answered } = (graders[spec.type] as Grader<typeof spec.type>)(spec as never, response as never);
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
