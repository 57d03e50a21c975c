/**
 * `npm run bench`: performance budget of the toolkit (the targets of issue 16).
 *   1. generates synthetic courses of 40, 400 and 1,000 modules (~1,200 words each, a 5-question quiz
 *      in every third module, so that even 1,000 modules fit SCORM 1.2's suspend_data),
 *   2. builds each with scripts/build.ts in a child process: wall, CPU, peak memory, per-step times,
 *   3. measures the output: site and zip sizes, a typical module page and the home page in Chromium,
 *   4. computes cmi.suspend_data for a learner who did everything (real encodeProgress), and finds
 *      the course size at which SCORM 1.2 runs out (and what the checker says there),
 *   5. on the largest course: a second build with one module changed, and `astro dev` showing an edit,
 *   6. runs Lighthouse (mobile) on the real course (or the 40-module course if the real one does not build),
 *   7. prints target vs measured, the three-size table with growth factors, and writes bench-results.json.
 *
 *   --quick        only the 40-module course, no Lighthouse (CI smoke run, a minute or two)
 *   --sizes <list> course sizes to run instead, e.g. 40,400
 *   --runs <n>     Lighthouse runs per page, median reported (default 3)
 *   --keep         keep the temporary folder with the courses and sites
 *   --strict       exit 1 when a target is missed
 * BENCH_CPU_WRAPPER=1 measures CPU with the in-process wrapper even where /usr/bin/time exists.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, styleText } from 'node:util';
import type { Browser } from 'playwright-core';
import { chromePath, launchBrowser } from '../src/bench/chromium.ts';
import { runCourse, type CourseRun } from '../src/bench/course-run.ts';
import { mib } from '../src/bench/format.ts';
import { CALIBRATION_PAGE, performanceNotes, runLighthouse } from '../src/bench/lighthouse.ts';
import { typicalModulePage } from '../src/bench/page-static.ts';
import { buildRealCourse, type RealCourseBuild } from '../src/bench/real-course.ts';
import { snapshotProject } from '../src/bench/snapshot.ts';
import { reportRows, type LighthouseSection } from '../src/bench/rows.ts';
import { figuresOf } from '../src/bench/figures.ts';
import { formatSizeTable } from '../src/bench/size-table.ts';
import { fitRunOut, quizEveryModuleRunOut, type RunOut } from '../src/bench/suspend-runout.ts';
import { formatTable } from '../src/bench/table.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
  },
});
const quick = values.quick!;
const sizes = values.sizes
  ? values.sizes
      .split(',')
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0)
  : quick
    ? [40]
    : [40, 400, 1000];
/** A quiz in every third module: 1,000 modules then stay within SCORM 1.2 (see suspend-runout.ts). */
const QUIZ_EVERY = 3;
const lighthouseRuns = Math.max(1, Number(values.runs) || 3);
const repo = resolve(import.meta.dirname, '..');
const workDir = mkdtempSync(join(tmpdir(), 'course-bench-'));
const started = performance.now();
const loadStart = loadavg();
const heading = (text: string) => console.log(`\n${styleText('bold', text)}`);

let browser: Browser | undefined;
let browserError: string | undefined;
const runs: CourseRun[] = [];
let lighthouse: LighthouseSection;
let real: RealCourseBuild | undefined;
let failure: Error | undefined;
let runOut: RunOut | null = null;

console.log(
  `Benchmark${quick ? ' (quick)' : ''}: Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), ${mib(totalmem())} RAM, load average ${loadStart.map((l) => l.toFixed(1)).join(' ')}`,
);
console.log(`  working folder ${workDir}`);
try {
  // Builds run in a private copy of the toolkit (src/, scripts/, config; node_modules linked), so
  // they neither disturb nor depend on the Astro state of builds others run in the working tree.
  const toolkit = snapshotProject(repo, join(workDir, 'toolkit'));
  try {
    browser = await launchBrowser();
  } catch (error) {
    browserError = `Chromium could not start (${chromePath()}): ${(error as Error).message.split('\n')[0]}`;
    console.log(`  ${browserError}; page weight falls back to static analysis`);
  }
  for (const modules of sizes) {
    heading(`${modules}-module course`);
    const largest = modules === Math.max(...sizes);
    runs.push(
      await runCourse(toolkit, workDir, modules, browser, { quizEvery: QUIZ_EVERY, rebuild: largest, dev: largest }),
    );
  }
  heading('SCORM 1.2 suspend_data: where it runs out');
  console.log(
    `  courses with a quiz in every module${quick ? ' (estimate only with --quick)' : ', and what the checker says at the edge'}…`,
  );
  // Only sizes measured in the bench's shape (a size that did not fit was measured with one quiz).
  const inShape = runs.filter((r) => r.quizzes === Math.ceil(r.modules / QUIZ_EVERY));
  const benchFit = fitRunOut(inShape.map((r) => ({ modules: r.modules, length: r.tracking.length })));
  runOut = {
    quizEveryModule: await quizEveryModuleRunOut(workDir, !quick),
    benchShape: benchFit && { ...benchFit, quizEvery: QUIZ_EVERY },
  };
  await browser?.close();
  browser = undefined;

  if (!quick) {
    heading('Lighthouse');
    console.log('  building the real course (scripts/build.ts --root <repo> --out <tmp>)…');
    real = await buildRealCourse(toolkit, repo);
    let site: string | undefined;
    let note: string | undefined;
    if (real.ok) site = real.outDir;
    else {
      note = `the real course does not build yet, so Lighthouse ran on the synthetic 40-module course. The build said:\n${real.reason}`;
      console.log(`  ${note.replace(/\n/g, '\n    ')}`);
      const synthetic = runs.find((r) => r.modules === 40 && r.build.ok);
      site = synthetic?.outDir;
    }
    if (!site) lighthouse = { site: 'none', error: 'no site to run Lighthouse on (the builds failed)', pages: [] };
    else {
      const pages = ['index.html', typicalModulePage(site)];
      const label = real.ok ? 'real course' : 'synthetic 40-module course (real course does not build)';
      console.log(
        `  ${lighthouseRuns} run(s) per page on the ${label}: ${pages.join(', ')} (plus an empty page to calibrate)…`,
      );
      try {
        lighthouse = { site: label, note, pages: await runLighthouse(site, pages, lighthouseRuns) };
      } catch (error) {
        lighthouse = { site: label, note, pages: [], error: `Lighthouse failed: ${(error as Error).message}` };
      }
    }
  }
} catch (error) {
  failure = error as Error;
} finally {
  await browser?.close().catch(() => {});
}

const rows = reportRows(runs, lighthouse, quick, runOut);
if (failure)
  rows.push({
    id: 'bench',
    section: 'Benchmark',
    label: 'benchmark run',
    target: 'completes',
    measured: failure.message.split('\n')[0]!,
    verdict: 'ERROR',
  });
const loadEnd = loadavg();
heading(
  `Results (${((performance.now() - started) / 1000).toFixed(0)} s; load average at start ${loadStart[0]!.toFixed(1)}, at end ${loadEnd[0]!.toFixed(1)}, on ${cpus().length} CPUs)`,
);
console.log(formatTable(rows));
heading('The same figures at each size');
console.log(formatSizeTable(runs.map((r) => ({ modules: r.modules, figures: figuresOf(r) }))));
if (failure) console.error(`\n${failure.stack ?? failure.message}`);
for (const page of lighthouse?.pages ?? []) {
  const notes = performanceNotes(page);
  if (notes.length)
    console.log(
      `\nLighthouse ${page.page === CALIBRATION_PAGE ? 'empty calibration page' : page.page}, performance lost on:\n${notes.map((n) => `  - ${n}`).join('\n')}`,
    );
}
const first = runs.find((r) => r.build.cpu);
if (first) console.log(`\nCPU: ${first.build.cpu!.method}. Memory: ${first.build.memory.method}.`);
if (real && !real.ok && lighthouse?.note) console.log(`\nNote: ${lighthouse.note.replace(/\n/g, '\n  ')}`);

const results = {
  date: new Date().toISOString(),
  quick,
  environment: {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim(),
    memoryBytes: totalmem(),
    loadAverageStart: loadStart,
    loadAverageEnd: loadEnd,
    chromium: chromePath(),
    browserError,
  },
  methods: {
    wall: 'performance.now() around the child process (node scripts/build.ts --json --root … --out …), run in a copy of the toolkit made at the start of the bench (src/, scripts/, public/ if any, config; node_modules symlinked) so Astro state (.astro/, node_modules/.astro/) is not shared with other builds',
    cpu: runs[0]?.build.cpu?.method ?? null,
    memory: runs[0]?.build.memory.method ?? null,
    steps:
      "the build's own --json summary (timings.check, astro, search, scorm, measured by the course-toolkit integration); rest = wall minus their sum (Node start-up, imports, moving the output into place)",
    page: 'typical module page = module page of median HTML size; loaded in Chromium (playwright-core) from a local server with gzip; raw = decoded body, gzip = zlib level 9 of each body; KiB = 1024 bytes',
    quizzes: `a quiz in every ${QUIZ_EVERY}rd module (the last one always), the same at every size`,
    dev: runs.flatMap((r) => (r.dev && 'method' in r.dev ? [r.dev.method] : []))[0] ?? null,
    rebuild:
      'the largest course built a second time into the same folder, one module with a paragraph appended (the toolkit copy keeps its .astro/ state from the first build)',
    tracking:
      'encodeProgress(toCourseData(course, buildOutline(…), quizzes), state) with every module visited and every quiz recorded at 60, 85, 100; the same string is cmi.suspend_data in SCORM 1.2 and 2004',
    lighthouse: `lighthouse ${'npm package'} default (mobile) config, ${lighthouseRuns} run(s) per page, median per category; system Chromium with --remote-debugging-port; static server with gzip`,
  },
  courses: runs.map((r) => ({
    ...r,
    root: undefined,
    outDir: undefined,
    page: r.page && { ...r.page, browser: r.page.browser && { ...r.page.browser } },
  })),
  figures: runs.map((r) => ({ modules: r.modules, quizzes: r.quizzes, ...figuresOf(r) })),
  suspendDataRunOut: runOut,
  realCourse: real && { ok: real.ok, reason: real.reason, build: real.build },
  lighthouse,
  rows,
  failure: failure?.message,
};
writeFileSync(join(repo, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWrote bench-results.json${values.keep ? `; courses and sites kept in ${workDir}` : ''}`);
if (!values.keep) rmSync(workDir, { recursive: true, force: true });
const missed = rows.some((r) => r.verdict === 'MISS');
process.exitCode = failure || rows.some((r) => r.verdict === 'ERROR') ? 1 : values.strict && missed ? 1 : 0;
