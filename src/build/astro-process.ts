/**
 * `astro build` in a child process of its own. Astro keeps what it bundled (V8 heap and Rolldown's
 * native allocator, about 1 GB at 400 modules) until its process ends; the search index and the
 * SCORM zips then run in the parent, which never loaded Astro, so their memory is not added on top.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type BuildReport, buildListener } from '../integrations/build-report.ts';
import { CHECKED_ENV, PACKAGE_LATER_ENV } from '../integrations/split-build.ts';
import { describeError } from './describe-error.ts';

type Message = { report: BuildReport } | { error: string };

/**
 * Builds the pages of the project into `outDir` for a course the caller has checked (the toolkit
 * neither checks it again nor writes search and SCORM); reports arrive in `onReport`.
 */
export function buildPagesInChildProcess(
  projectRoot: string,
  outDir: string,
  onReport: (report: BuildReport) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [projectRoot, outDir], {
      execArgv: [],
      env: { ...process.env, [CHECKED_ENV]: '1', [PACKAGE_LATER_ENV]: '1' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let error: string | undefined;
    child.on('message', (message: Message) => {
      if ('report' in message) onReport(message.report);
      else error = message.error;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0 && !error) resolve();
      else
        reject(
          new Error(
            error ?? `Astro stopped without saying why (${signal ? `signal ${signal}` : `exit code ${code}`}).`,
          ),
        );
    });
  });
}

const send = (message: Message) => new Promise((done) => process.send!(message, done));

async function buildPages(projectRoot: string, outDir: string) {
  const reports: Promise<unknown>[] = [];
  try {
    const { build } = await import('astro');
    // Silent: every error reaches the parent and is printed once, in our words.
    await build({
      root: projectRoot,
      outDir,
      logLevel: 'silent',
      integrations: [buildListener((report) => reports.push(send({ report })))],
    });
    await Promise.all(reports);
  } catch (error) {
    await Promise.all(reports);
    await send({ error: describeError(error) });
    process.exit(1);
  }
  // Astro may leave watchers or workers behind; the pages are written, so end here.
  process.exit(0);
}

if (import.meta.main && process.send) await buildPages(process.argv[2]!, process.argv[3]!);
