/**
 * `npm run check`: validate the whole course and print every problem at once, linter style.
 *   --json        machine-readable output
 *   --root <dir>  check another course folder (default: the current folder)
 * Exits 1 when there are errors. `checkCourse()` is exported for the build.
 */
import { resolve } from 'node:path';
import { parseArgs, styleText } from 'node:util';
import { checkCourseReport } from '../src/check/check-course.ts';
import { formatFigures } from '../src/check/quiz-quality/figures.ts';
import { formatJson, formatReport, type Paint } from '../src/check/format.ts';

export { checkCourse } from '../src/check/check-course.ts';
export type { Diagnostic } from '../src/course/source/diagnostic.ts';

const usage = `Usage: npm run check -- [--json] [--root <folder>]

Checks modules/course.yaml, the modules, the quizzes and the glossary, and lists every problem.
  --json         print the result as JSON
  --root <dir>   check the course in <dir> instead of the current folder
  --help         show this text`;

const color = (format: Parameters<typeof styleText>[0]) => (s: string) =>
  styleText(format, s, { stream: process.stdout });
const paint: Paint = {
  file: color('underline'),
  error: color(['red', 'bold']),
  warning: color(['yellow', 'bold']),
  dim: color('dim'),
  ok: color('green'),
};

async function main(argv: string[]): Promise<number> {
  let values: { json?: boolean; root?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, root: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const { diagnostics, quizQuality } = await checkCourseReport(resolve(values.root ?? '.'));
  console.log(
    values.json
      ? formatJson(diagnostics, { quizQuality })
      : `${formatReport(diagnostics, paint)}\n${formatFigures(quizQuality)}`,
  );
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
