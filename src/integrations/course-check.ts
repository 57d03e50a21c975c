import { join, resolve, sep } from 'node:path';
import type { AstroIntegrationLogger, HookParameters } from 'astro';
import type { Diagnostic } from '../check/check-course.ts';
import { formatReport } from '../check/format.ts';
import { checkInChildProcess } from './check-process.ts';

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

type Checker = (root: string) => Promise<Diagnostic[]>;

/**
 * Checks the course at `root` (by default in a child process, see check-process.ts); throws a
 * `CourseCheckError` when it has errors, returns every problem otherwise.
 */
export async function checkBeforeBuild(root: string, check: Checker = checkInChildProcess): Promise<Diagnostic[]> {
  const problems = await check(root);
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
export function watchCourse(
  server: DevServer,
  logger: AstroIntegrationLogger,
  root: string,
  check: Checker = checkInChildProcess,
): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let showing = false;
  let latest = 0;
  const run = async () => {
    // Edits can start a check while the previous one still runs: only the newest one may answer.
    const mine = ++latest;
    const errors = onlyErrors(await check(root));
    if (mine !== latest) return;
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
