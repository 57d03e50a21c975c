/**
 * Checker fixtures are overlays: `tests/fixtures/check/valid/` is a whole, correct course, and each
 * case folder holds only the files it changes, a `removed.txt` (paths of valid/ it leaves out) when
 * it deletes some, and `expected.txt` (the lines `npm run check` prints for it).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const fixturesDir = 'tests/fixtures/check';
const caseFiles = new Set(['expected.txt', 'removed.txt']);

/** Every case folder except `valid`, sorted. */
export const caseNames = () =>
  readdirSync(fixturesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'valid')
    .map((e) => e.name)
    .sort();

/** valid/ with the case's files laid over it, in a fresh temporary folder; `done()` removes it. */
export function materialise(name: string): { root: string; done: () => void } {
  const overlay = join(fixturesDir, name);
  // A case that changes nothing would test the valid course again.
  if (readdirSync(overlay).every((f) => f === 'expected.txt'))
    throw new Error(`${overlay} changes no file of valid/; add the files it changes or a removed.txt.`);
  const root = mkdtempSync(join(tmpdir(), `check-${name}-`));
  cpSync(join(fixturesDir, 'valid'), root, { recursive: true });
  const removed = join(overlay, 'removed.txt');
  if (existsSync(removed))
    for (const path of readFileSync(removed, 'utf8').split('\n').filter(Boolean)) rmSync(join(root, path));
  cpSync(overlay, root, { recursive: true, filter: (src) => !caseFiles.has(src.slice(overlay.length + 1)) });
  return { root, done: () => rmSync(root, { recursive: true, force: true }) };
}

const expectedPath = (name: string) => join(fixturesDir, name, 'expected.txt');

/** The lines the case expects; with `UPDATE=1`, `actual` is written as the new expectation first. */
export function expectedLines(name: string, actual: string[]): string[] {
  if (process.env.UPDATE) writeFileSync(expectedPath(name), actual.map((l) => `${l}\n`).join(''));
  return readFileSync(expectedPath(name), 'utf8').split('\n').filter(Boolean);
}
