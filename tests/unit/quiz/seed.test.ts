/** Option order per learner and attempt: stable, different between attempts, and uniform (χ²). */
import { describe, expect, it } from 'vitest';
import { optionOrder, permutation, seedOf } from '../../../src/quiz/seed.ts';

describe('optionOrder', () => {
  it('is the same for the same learner, quiz, attempt and question (a reload or relaunch)', () => {
    expect(optionOrder(5, 'learner-1', 'eindtoets', 0, 'q1')).toEqual(
      optionOrder(5, 'learner-1', 'eindtoets', 0, 'q1'),
    );
  });

  it('differs between attempts and between learners for most questions', () => {
    const ids = Array.from({ length: 50 }, (_, i) => `q${i}`);
    const same = (a: number[], b: number[]) => a.join() === b.join();
    const acrossAttempts = ids.filter((q) =>
      same(optionOrder(4, 'l', 'quiz', 0, q), optionOrder(4, 'l', 'quiz', 1, q)),
    );
    const acrossLearners = ids.filter((q) =>
      same(optionOrder(4, 'a', 'quiz', 0, q), optionOrder(4, 'b', 'quiz', 0, q)),
    );
    // With 24 orders, about 1 in 24 coincide by chance.
    expect(acrossAttempts.length).toBeLessThan(10);
    expect(acrossLearners.length).toBeLessThan(10);
  });

  it('is a permutation of 0…n-1', () => {
    for (let n = 1; n <= 8; n++) expect([...permutation(n, seedOf('x', n))].sort()).toEqual([...Array(n).keys()]);
  });

  it('puts each option in each position about equally often over 10,000 seeds (χ² test)', () => {
    const n = 4;
    const seeds = 10_000;
    const counts = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (let s = 0; s < seeds; s++) {
      optionOrder(n, `learner-${s}`, 'quiz', s % 3, 'q').forEach((option, position) => {
        counts[option]![position]!++;
      });
    }
    const expected = seeds / n;
    const chi2 = counts.flat().reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    // (n-1)² = 9 degrees of freedom; the 99.9 % quantile of χ²(9) is 27.88.
    expect(chi2).toBeLessThan(27.88);
  });

  it('gives all 24 orders of four options about equally often (χ² over whole orders)', () => {
    const seeds = 10_000;
    const counts = new Map<string, number>();
    for (let s = 0; s < seeds; s++) {
      const key = optionOrder(4, `device-${s}`, 'toets', 0, 'q7').join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(24);
    const expected = seeds / 24;
    const chi2 = [...counts.values()].reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    // 23 degrees of freedom; the 99.9 % quantile of χ²(23) is 49.73.
    expect(chi2).toBeLessThan(49.73);
  });
});
