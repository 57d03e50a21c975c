/** Attempt and feedback policies: defaults, the attempt limit and when the key is revealed. */
import { describe, expect, it } from 'vitest';
import { countedScore, outOfAttempts, resolvePolicy, revealsKey } from '../../../../src/quiz/bank/policy.ts';

describe('resolvePolicy', () => {
  it('gives the score quiz the defaults of a certifying test, other quizzes those of practice', () => {
    expect(resolvePolicy({}, true)).toEqual({ attempts: 3, reveal: 'after-pass-or-last-attempt', scoring: 'best' });
    expect(resolvePolicy({}, false)).toEqual({ attempts: 0, reveal: 'immediately', scoring: 'best' });
  });
  it('keeps what the quiz file sets, also 0 (unlimited)', () => {
    expect(resolvePolicy({ attempts: 0, reveal: 'never', scoring: 'last' }, true)).toEqual({
      attempts: 0,
      reveal: 'never',
      scoring: 'last',
    });
  });
});

describe('outOfAttempts', () => {
  it.each([
    [3, 2, false],
    [3, 3, true],
    [3, 4, true],
    [0, 99, false],
  ])('%i allowed, %i used → %s', (attempts, used, out) => {
    expect(outOfAttempts({ attempts }, used)).toBe(out);
  });
});

describe('revealsKey', () => {
  it.each([
    ['immediately', false, false, true],
    ['after-pass-or-last-attempt', false, false, false],
    ['after-pass-or-last-attempt', true, false, true],
    ['after-pass-or-last-attempt', false, true, true],
    ['never', true, true, false],
  ] as const)('%s, passed %s, last attempt %s → %s', (reveal, passed, last, shown) => {
    expect(revealsKey(reveal, passed, last)).toBe(shown);
  });
});

describe('countedScore', () => {
  it('takes the best or the last attempt', () => {
    expect(countedScore({ best: 80, last: 60 }, 'best')).toBe(80);
    expect(countedScore({ best: 80, last: 60 }, 'last')).toBe(60);
  });
});
