import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Builds the real course once for all e2e tests, exactly as `npm run build` does (check, site,
 * search index, both SCORM zips), into a temporary folder. E2E_SITE reuses an existing build.
 */
export default function setup(project: TestProject) {
  let out = process.env.E2E_SITE;
  let made = false;
  if (!out) {
    out = join(mkdtempSync(join(tmpdir(), 'course-e2e-')), 'dist');
    execFileSync(process.execPath, ['scripts/build.ts', '--out', out], { stdio: 'inherit' });
    made = true;
  }
  const zips = readdirSync(out).filter((f) => f.endsWith('.zip'));
  project.provide('siteDir', out);
  project.provide('zip12', join(out, zips.find((z) => z.includes('scorm12'))!));
  project.provide('zip2004', join(out, zips.find((z) => z.includes('scorm2004'))!));
  return () => {
    if (made) rmSync(join(out, '..'), { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    zip12: string;
    zip2004: string;
  }
}
