import { relative } from 'node:path';
import { styleText } from 'node:util';
import { formatReport } from '../check/format.ts';
import type { BuildFailure, BuildSummary } from './staged-build.ts';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const PHASES = ['check', 'astro', 'search', 'scorm'] as const;

/** The printed pages, or why there are none (a notice, not a failure). */
function pdfLine(pdfs: BuildSummary['pdfs'] | undefined): string[] {
  if (pdfs?.notice) return [`  PDFs        ${styleText('yellow', pdfs.notice)}`];
  if (!pdfs?.files.length) return [];
  return [
    `  PDFs        ${pdfs.files.length} printed from their pages, beside them in the site (${pdfs.seconds.toFixed(1)} s)`,
  ];
}

/** The summary `npm run build` ends with: what was written where, the time per phase, how to open it. */
export function formatBuildSummary(summary: BuildSummary, cwd = process.cwd()): string {
  const rel = (path: string) => relative(cwd, path) || '.';
  const { site, packages, timings } = summary;
  return [
    `\n${styleText('bold', 'Built')} ${summary.course.title}`,
    `  site        ${rel(site.index)}  (${site.pagesIndexed} pages indexed for search)`,
    ...packages.map((p) => `  SCORM ${p.version.padEnd(5)} ${rel(p.path)}  (${mb(p.bytes)}, ${p.files} files)`),
    ...pdfLine(summary.pdfs),
    `  time        ${PHASES.map((p) => `${p} ${timings[p].toFixed(1)} s`).join(' · ')}`,
    `\nOpen ${rel(site.index)} in a browser, or try a package as an LMS would: npm run preview:lms -- ${rel(packages[0]!.path)}`,
  ].join('\n');
}

/** The error `npm run build` prints when it stops; `shownOut` is the output folder as the user named it. */
export function formatBuildFailure(failure: BuildFailure, shownOut: string): string {
  if (failure.problems) {
    const errors = failure.problems.filter((d) => d.severity === 'error').length;
    return `${formatReport(failure.problems)}\n\nThe build stopped before writing anything: fix the ${errors} error(s) above (\`npm run check\` lists them again).`;
  }
  return `\nThe build failed; ${shownOut}/ was left as it was.\n${failure.message}`;
}

/** `npm run build -- --json`: one JSON document on stdout, for tools such as the bench. */
export const buildSummaryJson = (summary: BuildSummary) => JSON.stringify({ ok: true, ...summary }, null, 2);

export const buildFailureJson = (failure: BuildFailure) =>
  JSON.stringify({ ok: false, error: failure.message, problems: failure.problems ?? [] }, null, 2);
