/**
 * A private copy of the toolkit to build in. Astro keeps per-project state in `.astro/` and
 * `node_modules/.astro/` (the content data store, `content-modules.mjs`). Building other course folders in the shared working tree would mix
 * that state with other people's builds running at the same time, and Astro reuses a cached entry
 * (with the old file path) when a file's content is unchanged, so a course folder deleted after an
 * earlier run can break the next build. The copy has its own `src/`, `scripts/`, `public/` (if any), config
 * and a `node_modules/` of symlinks to the real packages (caches excluded), so its state is its own.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const copied = ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

export function snapshotProject(repo: string, dest: string): string {
  mkdirSync(dest, { recursive: true });
  for (const item of copied) {
    if (existsSync(join(repo, item))) cpSync(join(repo, item), join(dest, item), { recursive: true });
  }
  mkdirSync(join(dest, 'node_modules'));
  for (const name of readdirSync(join(repo, 'node_modules'))) {
    if (name.startsWith('.')) continue; // .astro, .vite, .bin, .package-lock.json: caches and tools, not packages
    symlinkSync(join(repo, 'node_modules', name), join(dest, 'node_modules', name));
  }
  return dest;
}
