/** One synthetic course end to end: generate, check, build (measured), then measure its output. */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { checkCourse } from '../check/check-course.ts';
import { formatReport } from '../check/format.ts';
import { generateCourse } from './generate-course.ts';
import { outputSize, type OutputSize } from './output-size.ts';
import { browserPageWeight, type BrowserPageWeight } from './page-browser.ts';
import { staticPageWeight, typicalModulePage, type StaticPageWeight } from './page-static.ts';
import { runBuild, type BuildMeasurement } from './run-build.ts';
import { measureTracking, type TrackingResult } from './tracking.ts';

export type CourseRun = {
  modules: number;
  root: string;
  outDir: string;
  generateSeconds: number;
  check: { errors: number; warnings: number; seconds: number };
  build: Omit<BuildMeasurement, 'output'> & { outputTail?: string };
  output?: OutputSize;
  page?: { path: string; static: StaticPageWeight; browser?: BrowserPageWeight; browserError?: string };
  tracking: TrackingResult;
};

const log = (message: string) => console.log(`  ${message}`);

/** `toolkit` is the folder the build runs in (the bench's copy of the toolkit, see snapshot.ts). */
export async function runCourse(
  toolkit: string,
  workDir: string,
  modules: number,
  browser: Browser | undefined,
): Promise<CourseRun> {
  const root = join(workDir, `course-${modules}`);
  const outDir = join(workDir, `site-${modules}`);
  let t = performance.now();
  generateCourse({ root, modules, parts: 5, wordsPerModule: 1200, seed: modules });
  const generateSeconds = (performance.now() - t) / 1000;

  t = performance.now();
  const problems = await checkCourse(root);
  const check = {
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    seconds: (performance.now() - t) / 1000,
  };
  log(
    `${modules} modules generated in ${generateSeconds.toFixed(1)} s; checker: ${check.errors} errors, ${check.warnings} warnings`,
  );
  if (check.errors)
    throw new Error(`the generated ${modules}-module course does not pass the checker:\n${formatReport(problems)}`);
  const tracking = measureTracking(root);

  log(`building the ${modules}-module course…`);
  const { output, ...build } = await runBuild(toolkit, ['--root', root, '--out', outDir]);
  const run: CourseRun = { modules, root, outDir, generateSeconds, check, build, tracking };
  if (!build.ok) {
    run.build.outputTail = output.split('\n').slice(-30).join('\n');
    log(`the build failed (exit ${build.exitCode}):\n${run.build.outputTail}`);
    return run;
  }
  log(`built in ${build.wallSeconds.toFixed(1)} s wall, ${build.cpu?.totalSeconds.toFixed(1) ?? '?'} s CPU`);
  run.output = outputSize(outDir);
  const path = typicalModulePage(outDir);
  run.page = { path, static: staticPageWeight(outDir, path) };
  if (browser) {
    try {
      run.page.browser = await browserPageWeight(browser, outDir, path);
    } catch (error) {
      run.page.browserError = (error as Error).message;
    }
  }
  return run;
}
