import { relative } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { writeCoursePdfs } from '../build/pdf.ts';
import { writeSearchIndex } from '../build/search-index.ts';
import type { Course } from '../schemas/course.ts';
import { exportScorm } from '../scorm/export.ts';
import { type BuildReport, secondsSince } from './build-report.ts';
import { relativiseSite } from './relative-urls.ts';
import { writeRuntime } from './runtime-bundle.ts';
import { PACKAGE_LATER_ENV } from './split-build.ts';

type Logger = Pick<AstroIntegrationLogger, 'info'>;

export type FinishOptions = {
  /** The project (holds `src/runtime/`). */
  projectRoot: string;
  /** Astro's output folder, with every page written. */
  siteDir: string;
  course: Course;
  /** When Astro started on the site (`performance.now()`), so the astro phase covers these steps too. */
  astroStart: number;
  report: (report: BuildReport) => void;
  logger: Logger;
};

/** The end of the astro phase: the browser runtime and relative URLs in every page. */
export async function finishPages({ projectRoot, siteDir, astroStart, report, logger }: FinishOptions) {
  const runtime = await writeRuntime(projectRoot, siteDir);
  const pages = await relativiseSite(siteDir);
  logger.info(
    `browser runtime: ${(runtime.bytes / 1024).toFixed(1)} KiB in ${runtime.files} files; relative URLs in ${pages} pages`,
  );
  report({ phase: 'astro', seconds: secondsSince(astroStart), outDir: siteDir });
}

/** PDFs, the search index, then the SCORM zips, which package the final site and so come last. */
export async function packageSite({
  siteDir,
  course,
  report,
  logger,
}: Omit<FinishOptions, 'projectRoot' | 'astroStart'>) {
  // Pages with `<meta name="course-pdf">` printed to PDF before the packages are made, so both carry them.
  const pdfs = await writeCoursePdfs(siteDir);
  report({ phase: 'pdf', ...pdfs });
  logger.info(pdfs.notice ?? `PDFs: ${pdfs.files.length} in ${pdfs.seconds.toFixed(1)} s`);
  let start = performance.now();
  const search = await writeSearchIndex(siteDir);
  report({ phase: 'search', seconds: secondsSince(start), pages: search.pages });
  logger.info(`search index: ${search.pages} pages`);

  start = performance.now();
  const packages = await exportScorm({ siteDir, course, outDir: siteDir });
  report({ phase: 'scorm', seconds: secondsSince(start), packages });
  for (const p of packages) logger.info(`SCORM ${p.version}: ${relative(process.cwd(), p.path)} (${p.files} files)`);
}

/** Turns Astro's pages into the course: runtime and relative URLs, then (unless deferred) search and SCORM. */
export async function finishSite(options: FinishOptions) {
  await finishPages(options);
  if (!process.env[PACKAGE_LATER_ENV]) await packageSite(options);
}
