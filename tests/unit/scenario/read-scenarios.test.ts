/** The site's door for scenarios: valid files come back with their id, a wrong field stops with file:line. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readScenarios } from '../../../src/scenario/read-scenarios.ts';

const valid = 'tests/fixtures/check/scenario-valid/modules/scenarios/eerste-ronde.yaml';
let root: string;
const course = (files: Record<string, string>) => {
  root = mkdtempSync(join(tmpdir(), 'scenarios-'));
  for (const [name, from] of Object.entries(files)) {
    const path = join(root, 'modules/scenarios', name);
    cpSync(from, path);
  }
  return root;
};
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('readScenarios', () => {
  it('returns each scenario with the file name as its id', () => {
    const [scenario] = readScenarios(course({ 'eerste-ronde.yaml': valid }));
    expect(scenario?.id).toBe('eerste-ronde');
    expect(scenario?.nodes.map((n) => n.id)).toEqual(['ronde', 'na-pauze', 'overstuur']);
  });

  it('is empty for a course without scenarios', () => {
    root = mkdtempSync(join(tmpdir(), 'scenarios-'));
    expect(readScenarios(root)).toEqual([]);
  });

  it("stops at a wrong field with the checker's line", () => {
    const dir = course({ 'eerste-ronde.yaml': valid });
    writeFileSync(
      join(dir, 'modules/scenarios/kapot.yaml'),
      'title: Kapot\nmodule: grenzen\nintro: x\nstart: a\nnodes: []\nendings: []\n',
    );
    expect(() => readScenarios(dir)).toThrowError(/^modules\/scenarios\/kapot\.yaml:5:1 error `nodes`/);
  });
});
