/**
 * Nothing of the editor reaches the learner: the fixture course built by a toolkit with the editor
 * (src/editor/, scripts/edit.ts, scripts/generate-snippets.ts) and by one without it gives the same site and the same two SCORM
 * zips, byte for byte. (The editor adds no package of its own; its imports are all already dev dependencies.)
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = join(REPO, 'tests/fixtures/course-small');
mkdirSync(join(REPO, '.cache'), { recursive: true });
const work = mkdtempSync(join(REPO, '.cache', 'editor-identical-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A toolkit copy (optionally without the editor) builds the fixture course; resolves with the output folder. */
async function build(name: string, withEditor: boolean): Promise<string> {
  const toolkit = join(work, name);
  for (const dir of ['src', 'scripts']) cpSync(join(REPO, dir), join(toolkit, dir), { recursive: true });
  copyFileSync(join(REPO, 'astro.config.mjs'), join(toolkit, 'astro.config.mjs'));
  if (!withEditor)
    for (const path of ['src/editor', 'scripts/edit.ts', 'scripts/generate-snippets.ts'])
      rmSync(join(toolkit, path), { recursive: true });
  const out = join(work, `${name}-dist`);
  const args = [join(toolkit, 'scripts/build.ts'), '--root', FIXTURE, '--out', out];
  const child = spawn(process.execPath, args, { cwd: toolkit, stdio: ['ignore', 'ignore', 'inherit'] });
  const code = await new Promise<number | null>((resolve, reject) => child.on('error', reject).on('exit', resolve));
  if (code !== 0) throw new Error(`building the fixture course (${name}) failed (exit ${code})`);
  return out;
}

/** Every file under `dir` with the SHA-256 of its bytes. */
const hashes = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .map((path) => [relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex')])
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );

it('builds the same site and zips with and without the editor', async () => {
  const withEditor = await build('with', true);
  const without = await build('without', false);
  const a = hashes(withEditor);
  expect(Object.keys(a).filter((f) => f.endsWith('.zip'))).toHaveLength(2);
  expect(Object.keys(a).some((f) => /editor/i.test(f))).toBe(false);
  expect(a).toEqual(hashes(without));
}, 400_000);
