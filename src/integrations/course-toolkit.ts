import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { courseRoot, loadCourse } from '../course/load-course.ts';
import { BUILD_PHASES, type BuildReport, reportListeners, secondsSince } from './build-report.ts';
import { CourseCheckError, checkBeforeBuild, watchCourse } from './course-check.ts';
import { finishSite } from './finish-site.ts';
import { serveRuntime } from './runtime-bundle.ts';
import { CHECKED_ENV } from './split-build.ts';

/**
 * The course toolkit inside Astro, so `astro build` alone makes the whole course:
 * - checks the course before anything is built (and in `astro dev`, after every edit, in the overlay);
 * - serves the browser runtime from memory in dev and writes it into the site in a build;
 * - after the build: relative URLs, the Pagefind index, then both SCORM zips, in that order.
 * It reports each phase's time and result through the `course-toolkit:report` hook (see build-report.ts).
 * The course is the one in `COURSE_ROOT` (default: the project folder).
 */
export function courseToolkit(): AstroIntegration {
  let listeners: ((report: BuildReport) => void)[] = [];
  let projectRoot = '';
  let command = '';
  let astroStart = 0;
  let stopRuntime: (() => Promise<void>) | undefined;
  const times: Partial<Record<BuildReport['phase'], number>> = {};
  const report = (r: BuildReport) => {
    times[r.phase] = r.seconds;
    for (const listen of listeners) listen(r);
  };

  return {
    name: 'course-toolkit',
    hooks: {
      'astro:config:setup': async (options) => {
        const { config } = options;
        command = options.command;
        listeners = reportListeners(config.integrations);
        projectRoot = fileURLToPath(config.root);
        if (command !== 'build') return;
        astroStart = performance.now();
        if (process.env[CHECKED_ENV]) return;
        const start = performance.now();
        try {
          const problems = await checkBeforeBuild(courseRoot());
          report({ phase: 'check', seconds: secondsSince(start), problems });
        } catch (error) {
          if (error instanceof CourseCheckError)
            report({ phase: 'check', seconds: secondsSince(start), problems: error.problems });
          throw error;
        }
        astroStart = performance.now();
      },
      'astro:server:setup': ({ server, logger }) => {
        // Astro also starts a server inside some builds (e.g. with NODE_ENV=test); watch only in dev.
        if (command !== 'dev') return;
        void watchCourse(server, logger, courseRoot());
        stopRuntime = serveRuntime(server, logger, projectRoot);
      },
      'astro:server:done': async () => {
        await stopRuntime?.();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        await finishSite({ projectRoot, siteDir, course: loadCourse(), astroStart, report, logger });
        logger.info(`time ${BUILD_PHASES.map((p) => `${p} ${(times[p] ?? 0).toFixed(1)} s`).join(' · ')}`);
      },
    },
  };
}
