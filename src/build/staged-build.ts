import { rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Diagnostic } from '../check/check-course.ts';
import { courseRoot, loadCourse } from '../course/load-course.ts';
import { BUILD_PHASES, type BuildPhase, type BuildReport, secondsSince } from '../integrations/build-report.ts';
import { CourseCheckError, checkBeforeBuild } from '../integrations/course-check.ts';
import { packageSite } from '../integrations/finish-site.ts';
import type { ScormVersion } from '../scorm/spec.ts';
import { buildPagesInChildProcess } from './astro-process.ts';
import { describeError } from './describe-error.ts';
import type { PdfResult } from './pdf.ts';
import { siteSize } from './site-size.ts';
import { swapDir } from './swap-dir.ts';

/** What a build wrote, where, and how long each phase took: printed by `npm run build`, read by the bench. */
export type BuildSummary = {
  course: { id: string; title: string };
  outDir: string;
  site: { index: string; files: number; bytes: number; pagesIndexed: number };
  packages: { version: ScormVersion; path: string; bytes: number; files: number }[];
  /** The PDFs printed from pages (site paths), or a notice why none were. */
  pdfs?: PdfResult;
  warnings: number;
  /** Seconds per phase; `total` is the whole build, swap included. */
  timings: Record<BuildPhase | 'total', number>;
};

/** A build that stopped; `problems` is set when the course check stopped it (nothing was built then). */
export class BuildFailure extends Error {
  readonly problems?: Diagnostic[];
  constructor(message: string, problems?: Diagnostic[]) {
    super(message);
    this.name = 'BuildFailure';
    this.problems = problems;
  }
}

const silent = { info: () => {} };

const hasErrors = (problems: Diagnostic[] | undefined) => problems?.some((d) => d.severity === 'error') ?? false;

/**
 * Checks the course, builds the pages with Astro, then the search index and the SCORM zips, each in
 * a process of its own (see src/integrations/split-build.ts), into a staging folder beside `outDir`,
 * then swaps it in at once. On any failure the staging folder is removed and `outDir` is left as it was.
 */
export async function stagedBuild({ projectRoot, outDir }: { projectRoot: string; outDir: string }) {
  const started = performance.now();
  const staging = `${outDir}.staging-${process.pid}`;
  const reports: Partial<{ [P in BuildReport['phase']]: Extract<BuildReport, { phase: P }> }> = {};
  const listen = (r: BuildReport) => Object.assign(reports, { [r.phase]: r });
  try {
    const checkStart = performance.now();
    const problems = await checkBeforeBuild(courseRoot()).catch((error: unknown) => {
      if (error instanceof CourseCheckError)
        listen({ phase: 'check', seconds: secondsSince(checkStart), problems: error.problems });
      throw error;
    });
    listen({ phase: 'check', seconds: secondsSince(checkStart), problems });
    await buildPagesInChildProcess(projectRoot, staging, listen);
    if (reports.astro) await packageSite({ siteDir: staging, course: loadCourse(), report: listen, logger: silent });
    const missing = BUILD_PHASES.filter((p) => !reports[p]);
    if (missing.length)
      throw new Error(
        `Astro built the site but the course toolkit did not run (${missing.join(', ')} missing): add \`courseToolkit()\` to the integrations in \`astro.config.mjs\`.`,
      );
    await swapDir(staging, outDir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    const problems = reports.check?.problems;
    if (hasErrors(problems)) throw new BuildFailure('The course has errors; nothing was built.', problems);
    throw new BuildFailure(describeError(error));
  }
  const moved = (path: string) => join(outDir, relative(staging, path));
  const course = loadCourse();
  const seconds = (p: BuildPhase) => reports[p]!.seconds;
  const summary: BuildSummary = {
    course: { id: course.id, title: course.title },
    outDir,
    site: { index: join(outDir, 'index.html'), ...siteSize(outDir), pagesIndexed: reports.search!.pages },
    packages: reports.scorm!.packages.map((p) => ({ ...p, path: moved(p.path) })),
    pdfs: reports.pdf
      ? { files: reports.pdf.files, seconds: reports.pdf.seconds, notice: reports.pdf.notice }
      : { files: [], seconds: 0 },
    warnings: reports.check!.problems.filter((d) => d.severity === 'warning').length,
    timings: { ...Object.fromEntries(BUILD_PHASES.map((p) => [p, seconds(p)])), total: 0 } as BuildSummary['timings'],
  };
  summary.timings.total = (performance.now() - started) / 1000;
  return summary;
}
