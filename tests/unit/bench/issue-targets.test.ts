import { describe, expect, it } from 'vitest';
import type { CourseRun } from '../../../src/bench/course-run.ts';
import { issueTargetRows } from '../../../src/bench/issue-targets.ts';

const MiB = 2 ** 20;
const run = (modules: number, wallSeconds: number, peak: number, suspend: number, extra: Partial<CourseRun> = {}) =>
  ({
    modules,
    quizzes: Math.ceil(modules / 3),
    build: {
      ok: true,
      wallSeconds,
      cpu: { totalSeconds: wallSeconds },
      memory: { treePeakRssBytes: peak, largestProcessRssBytes: peak - 100 * MiB },
    },
    page: {
      path: 'modules/a.html',
      static: { total: { gzip: 19 * 1024 }, requests: 4, js: { gzip: 9 * 1024 }, inlineJs: { gzip: 0 } },
    },
    home: { path: 'index.html', static: { total: { gzip: 30 * 1024 }, requests: 4 } },
    tracking: { length: suspend },
    ...extra,
  }) as unknown as CourseRun;

const verdicts = (runs: CourseRun[]) => Object.fromEntries(issueTargetRows(runs, null).map((r) => [r.id, r.verdict]));

describe('issueTargetRows', () => {
  it('judges each target of the issue at its own size', () => {
    const v = verdicts([run(40, 10, 700 * MiB, 255), run(400, 90, 760 * MiB, 2300), run(1000, 240, 1100 * MiB, 4030)]);
    expect(v).toMatchObject({
      'wallSeconds-40': 'OK',
      'wall-1000': 'OK', // 240 ≤ 25 × 10
      'peakRssBytes-1000': 'MISS', // 1,100 MiB > 1 GiB
      'peakRssBytes-400': 'OK',
      'modulePageGzip-40': 'OK',
      'modulePageGzip-1000': 'OK',
      'homePageGzip-40': 'MISS', // 30 KiB > 20 KiB
      'homePageGzip-1000': 'OK',
      'moduleJsGzip-1000': 'OK',
      dev: 'SKIP',
      'suspend-1000': 'OK',
    });
  });

  it('skips what a quick run does not measure', () => {
    const v = verdicts([run(40, 12, 700 * MiB, 255)]);
    expect(v['wallSeconds-40']).toBe('MISS');
    expect(v['wall-1000']).toBe('SKIP');
    expect(v['peakRssBytes-400']).toBe('SKIP');
    expect(v['suspend-1000']).toBe('SKIP');
  });

  it('meets the suspend_data target at 1,000 modules only when it fits or the checker names the edge', () => {
    const over = [run(40, 9, 1, 255), run(1000, 200, 1, 5715)];
    expect(verdicts(over)['suspend-1000']).toBe('MISS');
    const said = issueTargetRows(over, {
      quizEveryModule: {
        perModule: 13,
        base: 10,
        maxModules: 314,
        checker: {
          fits: { modules: 314, length: 4090 },
          over: { modules: 315, length: 4103, message: 'Split the course' },
        },
      },
      benchShape: null,
    }).find((r) => r.id === 'suspend-1000')!;
    expect(said.verdict).toBe('OK');
    expect(said.measured).toContain('runs out at 315 modules, and the checker says so');
  });
});
