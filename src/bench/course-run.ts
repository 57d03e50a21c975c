/** One synthetic course end to end: generate, check, build (measured), then measure its output. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { checkCourse } from '../check/check-course.ts';
import { formatReport } from '../check/format.ts';
import { type DevRebuild, measureDevRebuild } from './dev-rebuild.ts';
import { generateCourse } from './generate-course.ts';
import { outputSize, type OutputSize } from './output-size.ts';
import { browserPageWeight, type BrowserPageWeight } from './page-browser.ts';
import { staticPageWeight, typicalModulePage, type StaticPageWeight } from './page-static.ts';
import { runBuild, type BuildMeasurement } from './run-build.ts';
import { measureTracking, type TrackingResult } from './tracking.ts';

export type PageMeasure = {
  path: string;
  static: StaticPageWeight;
  browser?: BrowserPageWeight;
  browserError?: string;
};
export type RebuildMeasure = { wallSeconds: number; cpuSeconds: number | null; firstWallSeconds: number; ok: boolean };

export type CourseRun = {
  modules: number;
  quizzes: number;
  root: string;
  outDir: string;
  generateSeconds: number;
  check: { errors: number; warnings: number; seconds: number };
  build: Omit<BuildMeasurement, 'output'> & { outputTail?: string };
  output?: OutputSize;
  page?: PageMeasure;
  home?: PageMeasure;
  tracking: TrackingResult;
  /** A second `npm run build` with one module changed (only where asked for). */
  rebuild?: RebuildMeasure;
  /** `astro dev`: time until an edited module is shown (only where asked for). */
  dev?: DevRebuild | { error: string };
};

export type RunOptions = {
  /** A quiz in every n-th module (see generate-course.ts). */
  quizEvery: number;
  rebuild?: boolean;
  dev?: boolean;
};

const log = (message: string) => console.log(`  ${message}`);

async function measurePage(browser: Browser | undefined, outDir: string, path: string): Promise<PageMeasure> {
  const page: PageMeasure = { path, static: staticPageWeight(outDir, path) };
  if (browser) {
    try {
      page.browser = await browserPageWeight(browser, outDir, path);
    } catch (error) {
      page.browserError = (error as Error).message;
    }
  }
  return page;
}

/** Appends a paragraph to a module, runs `body`, then puts the file back as it was. */
async function withEditedModule<T>(file: string, body: () => Promise<T>): Promise<T> {
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, `${original}\nEen zin die de benchmark toevoegde voor de tweede bouw.\n`);
  try {
    return await body();
  } finally {
    writeFileSync(file, original);
  }
}

/** `toolkit` is the folder the build runs in (the bench's copy of the toolkit, see snapshot.ts). */
export async function runCourse(
  toolkit: string,
  workDir: string,
  modules: number,
  browser: Browser | undefined,
  options: RunOptions,
): Promise<CourseRun> {
  const root = join(workDir, `course-${modules}`);
  const outDir = join(workDir, `site-${modules}`);
  let t = performance.now();
  let generated = generateCourse({
    root,
    modules,
    parts: 5,
    wordsPerModule: 1200,
    seed: modules,
    quizEvery: options.quizEvery,
  });
  const generateSeconds = (performance.now() - t) / 1000;

  t = performance.now();
  let problems = await checkCourse(root);
  const errors = () => problems.filter((p) => p.severity === 'error');
  // A course too big for SCORM 1.2's suspend_data is refused by the checker (the report says at which
  // size that happens); to still measure the build at this size, keep only the final test's quiz.
  if (errors().length && errors().every((p) => p.rule === 'tracking-budget')) {
    log(
      `${modules} modules with a quiz in every ${options.quizEvery}rd module do not fit SCORM 1.2: ${errors()[0]!.message}`,
    );
    log('measuring this size with one quiz (the final test) instead');
    rmSync(root, { recursive: true, force: true });
    generated = generateCourse({ root, modules, parts: 5, wordsPerModule: 1200, seed: modules, quizEvery: modules });
    problems = await checkCourse(root);
  }
  const check = {
    errors: errors().length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    seconds: (performance.now() - t) / 1000,
  };
  log(
    `${modules} modules (${generated.quizIds.length} quizzes) generated in ${generateSeconds.toFixed(1)} s; checker: ${check.errors} errors, ${check.warnings} warnings`,
  );
  if (check.errors)
    throw new Error(`the generated ${modules}-module course does not pass the checker:\n${formatReport(problems)}`);
  const tracking = measureTracking(root);

  log(`building the ${modules}-module course…`);
  const buildArgs = ['--root', root, '--out', outDir];
  const { output, ...build } = await runBuild(toolkit, buildArgs);
  const run: CourseRun = {
    modules,
    quizzes: generated.quizIds.length,
    root,
    outDir,
    generateSeconds,
    check,
    build,
    tracking,
  };
  if (!build.ok) {
    run.build.outputTail = output.split('\n').slice(-30).join('\n');
    log(`the build failed (exit ${build.exitCode}):\n${run.build.outputTail}`);
    return run;
  }
  const peak = build.memory.treePeakRssBytes;
  log(
    `built in ${build.wallSeconds.toFixed(1)} s wall, ${build.cpu?.totalSeconds.toFixed(1) ?? '?'} s CPU, peak ${peak == null ? '?' : Math.round(peak / 2 ** 20)} MiB (process tree${build.memory.peakDuring ? `, during ${build.memory.peakDuring}` : ''})`,
  );
  run.output = outputSize(outDir);
  run.page = await measurePage(browser, outDir, typicalModulePage(outDir));
  run.home = await measurePage(browser, outDir, 'index.html');

  // The middle module: neither the first nor the last (which scores the course) of the outline.
  const middle = Math.floor(modules / 2);
  if (options.rebuild) {
    log('second build with one module changed…');
    const second = await withEditedModule(join(root, generated.moduleFiles[middle]!), () =>
      runBuild(toolkit, buildArgs),
    );
    run.rebuild = {
      ok: second.ok,
      wallSeconds: second.wallSeconds,
      cpuSeconds: second.cpu?.totalSeconds ?? null,
      firstWallSeconds: build.wallSeconds,
    };
    log(`second build ${second.wallSeconds.toFixed(1)} s (first ${build.wallSeconds.toFixed(1)} s)`);
  }
  if (options.dev) {
    log('astro dev: time until an edited module is shown…');
    try {
      run.dev = await measureDevRebuild(toolkit, root, generated.moduleFiles[middle]!, generated.moduleIds[middle]!);
      log(
        `dev server: first page ${run.dev.firstPageSeconds.toFixed(1)} s; edits shown after ${run.dev.editSeconds.map((s) => (s == null ? 'timeout' : `${s.toFixed(2)} s`)).join(', ')}`,
      );
    } catch (error) {
      run.dev = { error: (error as Error).message };
      log(`dev server measure failed: ${run.dev.error}`);
    }
  }
  return run;
}
