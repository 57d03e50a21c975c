import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkCourse } from '../check/check-course.ts';
import { formatReport } from '../check/format.ts';
import { courseRoot } from '../course/load-course.ts';

/**
 * Runs the course checker inside Astro: `astro build` refuses a course with errors before writing
 * anything, and the dev server shows the problems in its error overlay as the author types.
 */
export function courseCheck(): AstroIntegration {
  const errorsIn = async () => (await checkCourse(courseRoot())).filter((d) => d.severity === 'error');
  return {
    name: 'course-check',
    hooks: {
      'astro:config:setup': async ({ command }) => {
        // `npm run build` has checked already (scripts/build.ts sets COURSE_CHECKED).
        if (command !== 'build' || process.env.COURSE_CHECKED) return;
        const errors = await errorsIn();
        if (errors.length) throw new Error(`The course has errors; nothing was built.\n${formatReport(errors)}`);
      },
      'astro:server:setup': ({ server, logger }) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const run = async () => {
          const errors = await errorsIn();
          if (!errors.length) return;
          const first = errors[0]!;
          logger.error(`\n${formatReport(errors)}`);
          server.hot.send({
            type: 'error',
            err: {
              message: formatReport(errors),
              stack: '',
              plugin: 'course-check',
              id: resolve(courseRoot(), first.file),
              loc: { file: resolve(courseRoot(), first.file), line: first.line, column: first.column },
            },
          });
        };
        server.watcher.on('all', (_event, file) => {
          if (!/\.(mdx|ya?ml)$/.test(file)) return;
          clearTimeout(timer);
          timer = setTimeout(() => void run(), 300);
        });
        void run();
      },
    },
  };
}
