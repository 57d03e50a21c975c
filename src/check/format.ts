/** Turn diagnostics into linter-style lines, a summary, or JSON. Pure: returns strings. */
import { type Diagnostic, formatDiagnostic, noPaint, type Paint } from '../course/source/diagnostic.ts';

export { formatDiagnostic, noPaint, type Paint };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

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

/** JSON output; `figures` (e.g. the quiz-quality figures) go along under their own keys. */
export const formatJson = (list: Diagnostic[], figures: Record<string, unknown> = {}) =>
  JSON.stringify({ summary: summarize(list), ...figures, diagnostics: list }, null, 2);
