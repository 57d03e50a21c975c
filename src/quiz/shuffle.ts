import { progressKey } from '../progress/course-data.ts';

/** A small seeded generator (mulberry32), so the same sources always give the same page. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Indices 0…n-1 in a shuffled order that depends only on `seed`; never the identity for n > 1. */
export function shuffledIndices(n: number, seed: string): number[] {
  const random = seeded(Number.parseInt(progressKey(seed), 36));
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  if (n > 1 && order.every((v, i) => v === i)) order.push(order.shift()!);
  return order;
}
