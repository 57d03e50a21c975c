/**
 * Question banks: which questions one attempt asks. Each pool is walked through a chain of seeded
 * permutations (one per pass through the pool); attempt k takes the next `count` questions, so no
 * question comes back before its pool is used up, and a repeat never falls within one attempt.
 * Nothing is stored: the draw follows from the learner key, the quiz id and the attempt number.
 * Browser side: no zod, no schemas.
 */
import { permutation, seedOf } from '../seed.ts';

export type DrawRule = { pool: string; count: number };
/** A question as the draw sees it: its id and its pool (if any). */
export type BankQuestion = { id: string; pool?: string };

/** The question ids of one pool asked in attempts 0…attempt, one list per attempt. */
function poolDraws(ids: string[], count: number, seed: number, attempts: number): string[][] {
  const take = Math.min(count, ids.length);
  const draws: string[][] = [];
  let pass = 0;
  let queue: string[] = [];
  for (let a = 0; a <= attempts; a++) {
    const picked: string[] = [];
    while (picked.length < take) {
      if (!queue.length) queue = permutation(ids.length, seedOf(seed, pass++)).map((i) => ids[i]!);
      const next = queue.shift()!;
      // At the end of a pass, a question already picked in this attempt waits for the next one.
      if (picked.includes(next)) queue.push(next);
      else picked.push(next);
    }
    draws.push(picked);
  }
  return draws;
}

/**
 * The ids asked in attempt `attempt` (0 = first), in written order. Questions in no drawn pool are
 * always asked. Without draw rules, every question.
 */
export function drawnQuestions(
  questions: BankQuestion[],
  draw: DrawRule[] | undefined,
  learner: string,
  quizId: string,
  attempt: number,
): string[] {
  if (!draw?.length) return questions.map((q) => q.id);
  const asked = new Set(questions.filter((q) => !draw.some((d) => d.pool === q.pool)).map((q) => q.id));
  for (const rule of draw) {
    const ids = questions.filter((q) => q.pool === rule.pool).map((q) => q.id);
    if (!ids.length) continue;
    for (const id of poolDraws(ids, rule.count, seedOf(learner, quizId, rule.pool), attempt)[attempt]!) asked.add(id);
  }
  return questions.filter((q) => asked.has(q.id)).map((q) => q.id);
}
