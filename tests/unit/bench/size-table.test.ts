import { describe, expect, it } from 'vitest';
import type { Figures } from '../../../src/bench/figures.ts';
import { formatSizeTable, growth } from '../../../src/bench/size-table.ts';

const figures = (scale: number): Figures => ({
  wallSeconds: 10 * scale,
  cpuSeconds: 12 * scale,
  peakRssBytes: 500 * 2 ** 20 * scale,
  siteBytes: 2 ** 20 * scale,
  zip12Bytes: 2 ** 20,
  zip2004Bytes: 2 ** 20,
  modulePageGzip: 20 * 1024,
  modulePageRequests: 6,
  homePageGzip: 18 * 1024,
  homePageRequests: 5,
  moduleJsGzip: 9 * 1024,
  moduleJsExecuted: null,
  suspend12: 100 * scale,
  suspend2004: 100 * scale,
});

describe('growth', () => {
  it.each([
    [10, 250, 25],
    [4, 4, 1],
    [null, 4, null],
    [4, null, null],
    [0, 4, null],
  ])('%s → %s is %s ×', (first, last, expected) => {
    expect(growth(first, last)).toBe(expected);
  });
});

describe('formatSizeTable', () => {
  it('shows each figure at every size and the growth from the first size to the last', () => {
    const text = formatSizeTable([
      { modules: 40, figures: figures(1) },
      { modules: 400, figures: figures(8) },
      { modules: 1000, figures: figures(20) },
    ]);
    const line = (label: string) => text.split('\n').find((l) => l.trim().startsWith(label))!;
    expect(text.split('\n')[0]).toMatch(/figure\s+40 modules\s+400 modules\s+1000 modules\s+× 40→1000/);
    expect(line('build wall time')).toMatch(/10\.0 s\s+80\.0 s\s+200\.0 s\s+20\.00 ×$/);
    expect(line('module page transfer')).toMatch(/20\.0 KiB\s+20\.0 KiB\s+20\.0 KiB\s+1\.00 ×$/);
    expect(line('module page JavaScript run')).toMatch(/n\/a\s+n\/a\s+n\/a\s+n\/a$/);
  });

  it('has no growth column for one size', () => {
    const text = formatSizeTable([{ modules: 40, figures: figures(1) }]);
    expect(text).not.toContain('×');
  });
});
