import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../src/bench/generate-course.ts';
import { fitRunOut } from '../../../src/bench/suspend-runout.ts';
import { measureTracking } from '../../../src/bench/tracking.ts';

const work = mkdtempSync(join(tmpdir(), 'runout-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('fitRunOut', () => {
  it('finds the course size at which the limit is reached from two sizes', () => {
    const fit = fitRunOut([
      { modules: 1000, length: 9023 },
      { modules: 40, length: 383 },
    ])!;
    expect(fit.perModule).toBe(9);
    expect(fit.base).toBe(23);
    expect(fit.maxModules).toBe(452);
  });

  it('needs two different quiz counts', () => {
    expect(fitRunOut([{ modules: 40, length: 150 }])).toBeNull();
    expect(fitRunOut([])).toBeNull();
  });

  // Generating and reading six small courses: generous on a loaded machine.
  it('agrees with the real encoding of generated courses', { timeout: 60_000 }, () => {
    const point = (modules: number, quizEvery: number) => {
      const root = join(work, `c-${modules}-${quizEvery}`);
      const course = generateCourse({ root, modules, parts: 2, wordsPerModule: 200, seed: modules, quizEvery });
      return { modules, quizzes: course.quizIds.length, length: measureTracking(root).length };
    };
    for (const quizEvery of [1, 3]) {
      const [a, b, c] = [point(6, quizEvery), point(36, quizEvery), point(21, quizEvery)];
      expect(c.quizzes).toBe(Math.ceil(21 / quizEvery));
      const fit = fitRunOut([a, b])!;
      // The line from two sizes of one shape predicts a third within a few characters (ids differ slightly).
      expect(Math.abs(fit.base + fit.perModule * c.modules - c.length)).toBeLessThan(6);
    }
  });
});
