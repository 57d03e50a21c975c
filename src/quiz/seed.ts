/**
 * Seeds and seeded permutations for what a learner sees: option order and question draws. Everything
 * is derived from a learner key, the quiz id and the attempt number, so nothing of it is stored: the
 * progress data already holds the attempt counter, and the same learner gets the same page back.
 * Browser side: no zod, no schemas.
 */

/** 32-bit FNV-1a hash of a text. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A small seeded generator (mulberry32): numbers in [0, 1), the same for the same seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of one thing a learner sees, from its parts (learner key, quiz id, attempt, question id …). */
export const seedOf = (...parts: (string | number)[]) => fnv1a(parts.join('\u0001'));

/** Indices 0…n-1 in an order that depends only on `seed` (Fisher–Yates; every order equally likely). */
export function permutation(n: number, seed: number): number[] {
  const random = seededRandom(seed);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** The option order of one question in one attempt: written order when pinned, else the learner's own. */
export const optionOrder = (n: number, learner: string, quizId: string, attempt: number, questionId: string) =>
  permutation(n, seedOf(learner, quizId, attempt, questionId));
