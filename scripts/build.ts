/**
 * `npm run build [-- --out dist] [--root <course folder>] [--json]`: builds the course with Astro
 * (check, site, search index, both SCORM packages: see src/integrations/course-toolkit.ts) into a
 * staging folder, then puts it in place of dist/ at once. Any error leaves the previous dist/ untouched.
 * `--json` prints a machine-readable summary (paths, sizes, file counts, seconds per phase) instead.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BuildFailure, stagedBuild } from '../src/build/staged-build.ts';
import { buildFailureJson, buildSummaryJson, formatBuildFailure, formatBuildSummary } from '../src/build/summary.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist' },
    root: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
// The course folder reaches Astro's content config and the toolkit through COURSE_ROOT.
if (values.root) process.env.COURSE_ROOT = resolve(values.root);

try {
  const summary = await stagedBuild({ projectRoot: resolve(import.meta.dirname, '..'), outDir: resolve(values.out) });
  console.log(values.json ? buildSummaryJson(summary) : formatBuildSummary(summary));
} catch (error) {
  const failure = error instanceof BuildFailure ? error : new BuildFailure(String(error));
  if (values.json) console.log(buildFailureJson(failure));
  console.error(formatBuildFailure(failure, values.out));
  process.exit(1);
}
