/** Turn diagnostics into linter-style lines, a summary, or JSON. Pure: returns strings. */
import type { Diagnostic } from './types.ts';

/** Colour functions; the CLI passes `styleText`-based ones, tests pass none. */
export type Paint = {
  file: (s: string) => string;
  error: (s: string) => string;
  warning: (s: string) => string;
  dim: (s: string) => string;
  ok: (s: string) => string;
};
export const noPaint: Paint = { file: (s) => s, error: (s) => s, warning: (s) => s, dim: (s) => s, ok: (s) => s };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `modules/deel-2/03-overdracht.mdx:14:3 error Quiz "x" does not exist … [quiz-ref]` */
export const formatDiagnostic = (d: Diagnostic, paint: Paint = noPaint) =>
  `${paint.file(`${d.file}:${d.line}:${d.column}`)} ${paint[d.severity](d.severity)} ${d.message} ${paint.dim(`[${d.rule}]`)}`;

export function summarize(list: Diagnostic[]) {
  const errors = list.filter((d) => d.severity === 'error').length;
  return { errors, warnings: list.length - errors, files: new Set(list.map((d) => d.file)).size };
}

export function formatSummary(list: Diagnostic[], paint: Paint = noPaint): string {
  const { errors, warnings, files } = summarize(list);
  if (!list.length) return paint.ok('No problems found.');
  const counts = `${plural(errors, 'error')} and ${plural(warnings, 'warning')} in ${plural(files, 'file')}.`;
  return errors
    ? `${paint.error(counts)} Fix the errors; the course cannot be built with them.`
    : `${paint.warning(counts)} The course can be built; the warnings are worth a look.`;
}

export const formatReport = (list: Diagnostic[], paint: Paint = noPaint) =>
  [...list.map((d) => formatDiagnostic(d, paint)), ...(list.length ? [''] : []), formatSummary(list, paint)].join('\n');

export const formatJson = (list: Diagnostic[]) =>
  JSON.stringify({ summary: summarize(list), diagnostics: list }, null, 2);
