/**
 * `npm run build` and `astro build` make the same dist/: same files, byte-identical zips. Both build
 * a small generated course in a private copy of the toolkit (so the worktree's Astro state is not
 * touched), which also shows that a build writes nothing into `src/` or `public/`.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../src/bench/generate-course.ts';
import { snapshotProject } from '../../../src/bench/snapshot.ts';

const run = promisify(execFile);
const repo = join(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'same-dist-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const toolkit = snapshotProject(repo, join(work, 'toolkit'));
const course = join(work, 'course');
generateCourse({ root: course, modules: 3, parts: 2, wordsPerModule: 300, seed: 7 });
const env = { ...process.env, COURSE_ROOT: course, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };

const filesIn = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const zipsIn = (dir: string) =>
  Object.fromEntries(
    filesIn(dir)
      .filter((f) => f.endsWith('.zip'))
      .map((f) => [f, sha256(join(dir, f))]),
  );
const sourceTree = () =>
  filesIn(toolkit)
    .filter((f) => /^(src|public)\//.test(f))
    .map((f) => [f, statSync(join(toolkit, f)).mtimeMs]);

describe('npm run build and astro build', { timeout: 240_000 }, () => {
  const npmOut = join(work, 'npm-dist');
  const astroOut = join(work, 'astro-dist');
  const sourcesBefore = sourceTree();
  let summary: { ok: boolean; packages: { path: string; files: number }[]; timings: Record<string, number> };

  it('npm run build -- --json writes the site and both zips, and says so in JSON', async () => {
    const { stdout } = await run(process.execPath, ['scripts/build.ts', '--json', '--out', npmOut], {
      cwd: toolkit,
      env,
    });
    summary = JSON.parse(stdout);
    expect(summary.ok).toBe(true);
    expect(summary.packages.map((p) => relative(npmOut, p.path))).toEqual(Object.keys(zipsIn(npmOut)));
    expect(Object.keys(summary.timings)).toEqual(['check', 'astro', 'search', 'scorm', 'total']);
    expect(filesIn(npmOut)).toContain('runtime/course.js');
    expect(filesIn(npmOut).some((f) => f.startsWith('pagefind/'))).toBe(true);
  });

  it('astro build alone gives the same files and byte-identical zips', async () => {
    const astro = join(toolkit, 'node_modules/astro/bin/astro.mjs');
    await run(process.execPath, [astro, 'build', '--outDir', astroOut], { cwd: toolkit, env });
    expect(filesIn(astroOut)).toEqual(filesIn(npmOut));
    expect(zipsIn(astroOut)).toEqual(zipsIn(npmOut));
    expect(Object.keys(zipsIn(npmOut))).toHaveLength(2);
  });

  it('writes nothing into src/ or public/', () => {
    expect(sourceTree()).toEqual(sourcesBefore);
  });

  it('a course with errors stops the build and leaves the previous output as it was', async () => {
    const before = zipsIn(npmOut);
    const moduleFile = filesIn(join(course, 'modules')).find((f) => f.endsWith('.mdx'))!;
    const path = join(course, 'modules', moduleFile);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^title:/m, 'titel:'));
    const failed = await run(process.execPath, ['scripts/build.ts', '--out', npmOut], { cwd: toolkit, env }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect('code' in failed && failed.code).toBe(1);
    expect((failed as { stderr: string }).stderr).toContain('did you mean `title`?');
    expect((failed as { stderr: string }).stderr).toContain('The build stopped before writing anything');
    expect(zipsIn(npmOut)).toEqual(before);
    expect(readdirSync(work).filter((f) => f.includes('staging'))).toEqual([]);
  });
});
