/** The targets of issue 16's table, each as a report row: met (OK), missed (MISS), or not measured in this run (SKIP). */
import type { CourseRun } from './course-run.ts';
import { figuresOf, type Figures } from './figures.ts';
import { count, GiB, KiB, kib, MiB, mib, seconds } from './format.ts';
import type { RunOut } from './suspend-runout.ts';
import { skipRow, targetRow, type Row } from './targets.ts';

export const ISSUE_TARGETS = {
  wall40Seconds: 10,
  wall1000Ratio: 25,
  peak1000Bytes: 1 * GiB,
  peak400Bytes: 768 * MiB,
  modulePage40: 20 * KiB,
  modulePage1000: 22 * KiB,
  homePage40: 20 * KiB,
  homePage1000: 40 * KiB,
  moduleJs: 10 * KiB,
  devSeconds: 1,
  suspend12: 4096,
} as const;

const SECTION = 'Targets of issue 16';
const T = ISSUE_TARGETS;

/** One figure of one size against a maximum; SKIP when that size was not run. */
function sizeRow(
  runs: Map<number, Figures>,
  modules: number,
  key: keyof Figures,
  label: string,
  max: number,
  show: (v: number) => string,
  target: string,
): Row {
  const id = `${key}-${modules}`;
  const f = runs.get(modules);
  if (!f) return skipRow(SECTION, id, label, target, `${modules}-module course not run`);
  return targetRow(SECTION, id, label, f[key], { max }, show, target);
}

export function issueTargetRows(runs: CourseRun[], runOut: RunOut | null): Row[] {
  const figures = new Map(runs.map((r) => [r.modules, figuresOf(r)]));
  const wall40 = figures.get(40)?.wallSeconds;
  const rows: Row[] = [
    sizeRow(
      figures,
      40,
      'wallSeconds',
      '40 modules: site + both zips, wall',
      T.wall40Seconds,
      seconds,
      `≤ ${T.wall40Seconds} s`,
    ),
  ];
  const f1000 = figures.get(1000);
  if (!f1000 || wall40 == null) rows.push(skipRow(SECTION, 'wall-1000', '1,000 modules: wall', '≤ 25 × 40', 'not run'));
  else
    rows.push(
      targetRow(
        SECTION,
        'wall-1000',
        '1,000 modules: wall',
        f1000.wallSeconds,
        { max: wall40 * T.wall1000Ratio },
        (v) => `${seconds(v)} (${(v / wall40).toFixed(1)} ×)`,
        `≤ ${T.wall1000Ratio} × 40 = ${seconds(wall40 * T.wall1000Ratio)}`,
      ),
    );
  rows.push(
    sizeRow(figures, 1000, 'peakRssBytes', '1,000 modules: peak RSS, whole tree', T.peak1000Bytes, mib, '≤ 1 GiB'),
    sizeRow(figures, 400, 'peakRssBytes', '400 modules: peak RSS, whole tree', T.peak400Bytes, mib, '≤ 768 MiB'),
    sizeRow(figures, 40, 'modulePageGzip', 'module page transfer, gzip, 40', T.modulePage40, kib, '≤ 20 KiB'),
    sizeRow(figures, 1000, 'modulePageGzip', 'module page transfer, gzip, 1,000', T.modulePage1000, kib, '≤ 22 KiB'),
    sizeRow(figures, 40, 'homePageGzip', 'home page transfer, gzip, 40', T.homePage40, kib, '≤ 20 KiB'),
    sizeRow(figures, 1000, 'homePageGzip', 'home page transfer, gzip, 1,000', T.homePage1000, kib, '≤ 40 KiB'),
  );
  const largest = runs.at(-1);
  if (largest) {
    const size = `${count(largest.modules)} modules`;
    rows.push(
      sizeRow(
        figures,
        largest.modules,
        'moduleJsGzip',
        `JS on a module page, gzip (${size})`,
        T.moduleJs,
        kib,
        '≤ 10 KiB',
      ),
    );
    const dev = largest.dev;
    const devLabel = `dev server: edited module visible (${size})`;
    if (!dev) rows.push(skipRow(SECTION, 'dev', devLabel, '≤ 1 s at 1,000', 'not measured'));
    else if ('error' in dev)
      rows.push({
        id: 'dev',
        section: SECTION,
        label: devLabel,
        target: '≤ 1 s',
        measured: dev.error,
        verdict: 'ERROR',
      });
    else
      rows.push(
        targetRow(
          SECTION,
          'dev',
          devLabel,
          dev.medianSeconds,
          { max: T.devSeconds },
          (v) =>
            `${v.toFixed(2)} s median (${dev.editSeconds.map((s) => (s == null ? 'timeout' : s.toFixed(2))).join(', ')})`,
          '≤ 1 s at 1,000',
        ),
      );
  }
  rows.push(suspendRow(figures.get(1000), runOut));
  return rows;
}

/** Met when the 1,000-module worst case fits, or when the checker says at which size it stops fitting. */
function suspendRow(f1000: Figures | undefined, runOut: RunOut | null): Row {
  const label = 'suspend_data worst case, 1,000 modules, SCORM 1.2';
  const target = '≤ 4,096 chars, or the build says at which size it runs out';
  const measured = f1000?.suspend12 == null ? 'not run' : `${count(f1000.suspend12)} chars`;
  const fits = f1000?.suspend12 != null && f1000.suspend12 <= T.suspend12;
  const edge = runOut?.quizEveryModule.checker;
  const says = edge?.over.message != null;
  const where = edge
    ? `; with a quiz in every module it runs out at ${count(edge.over.modules)} modules, and the checker ${says ? 'says so' : 'does NOT say so'}`
    : runOut
      ? `; with a quiz in every module it runs out at about ${count(runOut.quizEveryModule.maxModules + 1)} modules (not checked)`
      : '';
  if (f1000?.suspend12 == null) return skipRow(SECTION, 'suspend-1000', label, target, `not run${where}`);
  return {
    id: 'suspend-1000',
    section: SECTION,
    label,
    target,
    measured: `${measured}${where}`,
    verdict: fits || says ? 'OK' : 'MISS',
  };
}
