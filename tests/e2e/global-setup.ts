import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
/** The small, complete course most browser tests run on; the real course gets one smoke journey. */
export const FIXTURE_COURSE = join(REPO, 'tests/fixtures/course-small');

/**
 * Builds a course as `npm run build` does (check, site, search index, both SCORM zips) in a private
 * copy of the toolkit's `src/` and Astro config under `.cache/`: Astro keeps the content of a build in
 * `<root>/.astro` and `<root>/node_modules/.astro`, so two builds of different courses in one folder
 * (these two, or an `npm run build` beside the tests) would read each other's modules. Inside the
 * repository, packages still resolve from its node_modules.
 */
async function buildCourse(courseRoot: string, work: string): Promise<string> {
  cpSync(join(REPO, 'src'), join(work, 'src'), { recursive: true });
  copyFileSync(join(REPO, 'astro.config.mjs'), join(work, 'astro.config.mjs'));
  const out = join(work, 'dist');
  const args = [join(REPO, 'scripts/build.ts'), '--root', courseRoot, '--out', out];
  const child = spawn(process.execPath, args, { cwd: work, stdio: ['ignore', 'inherit', 'inherit'] });
  const code = await new Promise<number | null>((resolve, reject) => child.on('error', reject).on('exit', resolve));
  if (code !== 0)
    throw new Error(`Building ${courseRoot} for the e2e tests failed (exit ${code}); see the output above.`);
  return out;
}

const zip = (dir: string, kind: string) => {
  const name = readdirSync(dir).find((f) => f.endsWith('.zip') && f.includes(kind));
  if (!name) throw new Error(`No ${kind} package in ${dir}.`);
  return join(dir, name);
};

/**
 * Builds the fixture course and the real course once for all e2e files, side by side.
 * E2E_SITE / E2E_REAL_SITE reuse existing builds (folders with the site and both zips).
 */
export default async function setup(project: TestProject) {
  mkdirSync(join(REPO, '.cache'), { recursive: true });
  const work = mkdtempSync(join(REPO, '.cache', 'e2e-'));
  const removeWork = () => rmSync(work, { recursive: true, force: true });
  try {
    const [site, real] = await Promise.all([
      process.env.E2E_SITE ?? buildCourse(FIXTURE_COURSE, join(work, 'fixture')),
      process.env.E2E_REAL_SITE ?? buildCourse(REPO, join(work, 'real')),
    ]);
    project.provide('siteDir', site);
    project.provide('zip12', zip(site, 'scorm12'));
    project.provide('zip2004', zip(site, 'scorm2004'));
    project.provide('realSiteDir', real);
  } catch (error) {
    removeWork();
    throw error;
  }
  return removeWork;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built fixture course (tests/fixtures/course-small) and its two SCORM packages. */
    siteDir: string;
    zip12: string;
    zip2004: string;
    /** The built real course, for the smoke journey. */
    realSiteDir: string;
  }
}
