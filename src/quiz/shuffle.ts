import { progressKey } from '../progress/course-data.ts';
import { permutation } from './seed.ts';

/**
 * Indices 0…n-1 in a shuffled order that depends only on `seed` (the build's written order of
 * matching and ordering items, the same for the same sources); never the identity for n > 1.
 */
export function shuffledIndices(n: number, seed: string): number[] {
  const order = permutation(n, Number.parseInt(progressKey(seed), 36));
  if (n > 1 && order.every((v, i) => v === i)) order.push(order.shift()!);
  return order;
}
