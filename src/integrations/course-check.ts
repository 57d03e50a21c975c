import { join, resolve, sep } from 'node:path';
import type { AstroIntegrationLogger, HookParameters } from 'astro';
import { type Diagnostic, checkCourse } from '../check/check-course.ts';
import { formatReport } from '../check/format.ts';

type DevServer = HookParameters<'astro:server:setup'>['server'];

const onlyErrors = (problems: Diagnostic[]) => problems.filter((d) => d.severity === 'error');

/** Thrown by `astro build` for a course with errors, before anything is written. */
export class CourseCheckError extends Error {
  readonly problems: Diagnostic[];
  constructor(problems: Diagnostic[]) {
    super(`The course has errors; nothing was built.\n${formatReport(onlyErrors(problems))}`);
    this.name = 'CourseCheckError';
    this.problems = problems;
    // The report names every file and line; a stack trace into the checker would only hide it.
    this.stack = '';
  }
}

/** Checks the course at `root`; throws a `CourseCheckError` when it has errors, returns every problem otherwise. */
export async function checkBeforeBuild(root: string): Promise<Diagnostic[]> {
  const problems = await checkCourse(root);
  if (onlyErrors(problems).length) throw new CourseCheckError(problems);
  return problems;
}

/** The course's own files: modules (with `course.yaml` and the glossary) and quizzes. */
export const courseFolders = (root: string) => [join(root, 'modules'), join(root, 'quizzes')];

/** Whether an edited file is one the checker reads (MDX and YAML under the course folders). */
export const isCourseFile = (file: string, root: string) =>
  /\.(mdx|ya?ml)$/.test(file) && courseFolders(root).some((folder) => resolve(file).startsWith(folder + sep));

/**
 * In `astro dev`, checks the course on start and after every edit of a course file (`course.yaml`
 * included, also when `COURSE_ROOT` lies outside the project) and shows the errors in Vite's
 * overlay; once they are fixed, the page reloads without it. Resolves when the first check is done.
 */
export function watchCourse(server: DevServer, logger: AstroIntegrationLogger, root: string): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let showing = false;
  const run = async () => {
    const errors = onlyErrors(await checkCourse(root));
    if (!errors.length) {
      if (showing) server.hot.send({ type: 'full-reload' });
      showing = false;
      return;
    }
    const first = errors[0]!;
    const file = resolve(root, first.file);
    logger.error(`\n${formatReport(errors)}`);
    server.hot.send({
      type: 'error',
      err: {
        message: formatReport(errors),
        stack: '',
        plugin: 'course-check',
        id: file,
        loc: { file, line: first.line, column: first.column },
      },
    });
    showing = true;
  };
  server.watcher.add(courseFolders(root));
  server.watcher.on('all', (_event, file) => {
    if (!isCourseFile(file, root)) return;
    clearTimeout(timer);
    timer = setTimeout(() => void run().catch((error: Error) => logger.error(error.message)), 300);
  });
  return run().catch((error: Error) => logger.error(error.message));
}
