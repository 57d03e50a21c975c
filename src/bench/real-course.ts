/**
 * The real course for Lighthouse: built like `npm run build -- --out <tmp>`, in the bench's copy of
 * the toolkit (see snapshot.ts) with `--root <repo>`, so the shared working tree's build state is
 * left alone. While content is being written it may not pass the checker; then the caller falls back.
 */
import { join } from 'node:path';
import { runBuild } from './run-build.ts';
import type { BuildMeasurement } from './run-build.ts';

export type RealCourseBuild = { ok: boolean; outDir: string; build: Omit<BuildMeasurement, 'output'>; reason?: string };

export async function buildRealCourse(toolkit: string, repo: string): Promise<RealCourseBuild> {
  // Inside the toolkit copy: the prerendered chunks import packages by name, and with the course in
  // another tree Node finds them only by walking up from the output folder to `toolkit/node_modules`.
  const outDir = join(toolkit, 'site-real');
  const { output, ...build } = await runBuild(toolkit, ['--root', repo, '--out', outDir]);
  if (build.ok) return { ok: true, outDir, build };
  // The checker's report ends with a summary line; keep the error lines and that summary.
  const lines = output
    .split('\n')
    .map((l) => l.trimEnd())
    .filter(Boolean);
  const errors = lines.filter((l) => /\berror\b/.test(l)).slice(0, 8);
  return { ok: false, outDir, build, reason: (errors.length ? errors : lines.slice(-5)).join('\n') };
}
