/**
 * The course check in a child process of its own. The checker reads and parses every module and
 * quiz; run inside Astro's process, its heap (about 300 MB at 400 modules) stays committed to V8
 * while Astro bundles, and in `astro dev` a check after an edit would block the server that must
 * show the edited page. In a child, that memory is returned when it exits and the server stays free.
 */
import { fork } from 'node:child_process';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { type Diagnostic, checkCourse } from '../check/check-course.ts';

type Answer = { problems: Diagnostic[] } | { error: string };

/** Every problem of the course at `root`, found by `checkCourse` in a fresh Node process. */
export function checkInChildProcess(root: string): Promise<Diagnostic[]> {
  return new Promise((resolve, reject) => {
    // No inherited flags (a test runner's loaders): Node runs the TypeScript sources itself.
    const child = fork(fileURLToPath(import.meta.url), [root], {
      execArgv: [],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    // Below the dev server's priority: on a busy machine the page an author waits for comes first.
    try {
      if (child.pid) setPriority(child.pid, 10);
    } catch {
      // not allowed here (some containers): the check just competes on equal terms
    }
    let answer: Answer | undefined;
    child.on('message', (message: Answer) => {
      answer = message;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (answer && 'problems' in answer) resolve(answer.problems);
      else if (answer) reject(new Error(`The course check failed: ${answer.error}`));
      else
        reject(
          new Error(
            `The course check stopped without an answer (${signal ? `signal ${signal}` : `exit code ${code}`}). Run \`npm run check\` to see what it says.`,
          ),
        );
    });
  });
}

async function answer(root: string) {
  const reply = await checkCourse(root).then(
    (problems): Answer => ({ problems }),
    (error: Error): Answer => ({ error: error.stack ?? error.message }),
  );
  process.send!(reply, () => process.disconnect?.());
}

if (import.meta.main && process.send) await answer(process.argv[2]!);
