import { describe, expect, it } from 'vitest';
import { outlineWindow } from '../../../src/course/outline.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('outlineWindow', () => {
  it.each([
    // modules, current, size → first shown, before, after
    [5, 2, 9, 0, 0, 0],
    [200, 0, 9, 0, 0, 191],
    [200, 100, 9, 96, 96, 95],
    [200, 199, 9, 191, 191, 0],
    [200, 3, 9, 0, 0, 191],
    [10, 9, 9, 1, 1, 0],
  ])(
    '%i modules, current %i, size %i: starts at %i (%i before, %i after)',
    (n, current, size, first, before, after) => {
      const view = outlineWindow(range(n), current, size);
      expect(view.shown[0]).toBe(first);
      expect(view.shown.length).toBe(Math.min(n, size));
      expect(view.shown).toContain(current);
      expect([view.before, view.after]).toEqual([before, after]);
    },
  );
});
