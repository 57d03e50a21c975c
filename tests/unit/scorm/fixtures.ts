/** Shared inputs for the SCORM tests: a course that does not change when the real one does. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { courseSchema } from '../../../src/schemas/course.ts';

export const FIXTURE_SITE = fileURLToPath(new URL('../../fixtures/site', import.meta.url));
export const GOLDEN_DIR = fileURLToPath(new URL('../../fixtures/golden', import.meta.url));

export const fixtureCourse = courseSchema.parse({
  id: 'fixture-course',
  title: 'Fixture course: groups & "trust" <test>',
  language: 'nl',
  version: '1.2.0',
  description: 'A small course used by the SCORM export tests.',
  parts: [{ id: 'deel-1', title: 'Deel 1' }],
  completion: { passMark: 70 },
});

/** A private copy of the fixture site in a temp folder (tests may add files to it). */
export function copyFixtureSite(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'scorm-site-')), 'dist');
  cpSync(FIXTURE_SITE, dir, { recursive: true });
  return dir;
}
