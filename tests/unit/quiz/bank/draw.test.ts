/** Question banks: draws per attempt, no repeats until a pool is used up, reproducible. */
import { describe, expect, it } from 'vitest';
import { drawnQuestions } from '../../../../src/quiz/bank/draw.ts';

const bank = [
  ...Array.from({ length: 10 }, (_, i) => ({ id: `a${i}`, pool: 'a' })),
  ...Array.from({ length: 6 }, (_, i) => ({ id: `b${i}`, pool: 'b' })),
  { id: 'fixed' },
];
const draw = [
  { pool: 'a', count: 3 },
  { pool: 'b', count: 2 },
];
const attempt = (n: number, learner = 'learner-1') => drawnQuestions(bank, draw, learner, 'eindtoets', n);

describe('drawnQuestions', () => {
  it('draws count questions per pool, plus the questions in no drawn pool', () => {
    const asked = attempt(0);
    expect(asked.filter((id) => id.startsWith('a'))).toHaveLength(3);
    expect(asked.filter((id) => id.startsWith('b'))).toHaveLength(2);
    expect(asked).toContain('fixed');
  });

  it('is the same for the same learner and attempt (a reload or relaunch)', () => {
    expect(attempt(1)).toEqual(attempt(1));
  });

  it('repeats no question across attempts until its pool is used up', () => {
    // Pool a (10, 3 per attempt): attempts 0–2 ask 9 different questions; pool b (6, 2 each) all 6.
    const firstThree = [0, 1, 2].flatMap((n) => attempt(n)).filter((id) => id !== 'fixed');
    expect(new Set(firstThree).size).toBe(firstThree.length);
    expect(firstThree.filter((id) => id.startsWith('b')).sort()).toEqual(['b0', 'b1', 'b2', 'b3', 'b4', 'b5']);
  });

  it('never asks a question twice within one attempt, also where a pool starts over', () => {
    for (let n = 0; n < 20; n++) expect(new Set(attempt(n)).size).toBe(attempt(n).length);
  });

  it('asks every question of a pool once before any comes back', () => {
    // Pool a: 9 different in attempts 0–2, so attempt 3 asks the tenth (and two of the next pass).
    const before = new Set([0, 1, 2].flatMap((n) => attempt(n)));
    const fourth = attempt(3).filter((id) => id.startsWith('a'));
    expect(fourth.filter((id) => !before.has(id))).toHaveLength(1);
  });

  it('gives two attempts different questions and two learners different draws', () => {
    expect(attempt(0)).not.toEqual(attempt(1));
    expect(attempt(0, 'learner-1')).not.toEqual(attempt(0, 'learner-2'));
  });

  it('asks everything without draw rules, and a whole pool when its count exceeds it', () => {
    expect(drawnQuestions(bank, undefined, 'l', 'q', 0)).toHaveLength(bank.length);
    expect(drawnQuestions(bank, [{ pool: 'b', count: 9 }], 'l', 'q', 0)).toHaveLength(17);
  });
});
