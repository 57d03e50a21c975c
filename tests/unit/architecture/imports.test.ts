import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildGraph, cycles, type FolderRule, importsOf, readSources, ruleViolations } from './import-graph.ts';

// The library lives in src/; scripts/ holds CLIs that are run, never imported; tests import the library.
const RULES: FolderRule[] = [
  { from: 'src/', forbidden: ['scripts/', 'tests/'], why: 'the library never reaches into CLIs or tests' },
  { from: 'tests/', forbidden: ['scripts/'], why: 'CLIs are run, not imported' },
];
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const graph = buildGraph(readSources(ROOT, ['src', 'scripts', 'tests']));

describe('the import rules of the repository', () => {
  it('reads the whole tree, .astro frontmatter included', () => {
    expect(Object.keys(graph).filter((f) => f.startsWith('src/')).length).toBeGreaterThan(50);
    expect(Object.keys(graph).some((f) => f.endsWith('.astro'))).toBe(true);
    expect(graph['scripts/build.ts']?.some((t) => t.startsWith('src/'))).toBe(true);
  });

  it('src/ never imports scripts/ or tests/, and tests/ never imports scripts/', () => {
    expect(ruleViolations(graph, RULES)).toEqual([]);
  });

  it('has no import cycles', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('imports that point to no file are typos, not silently skipped', () => {
    const missing = Object.entries(graph).flatMap(([file, targets]) =>
      targets.filter((t) => !(t in graph) && !/\.(json|css|svg|png|yaml|txt)$/.test(t)).map((t) => `${file} → ${t}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('the import checker itself', () => {
  it('finds static, side-effect, re-export, multi-line and dynamic imports, not packages', () => {
    const source = [
      "import { a } from './a.ts';",
      "import type { B } from '../b.ts';",
      "import './side-effect.ts';",
      "export { c } from './c.ts';",
      'import {\n  d,\n  e,\n} from "./de.ts";',
      // Split so that this test file itself does not import `./f.ts`.
      `const f = await imp${''}ort('./f.ts');`,
      "import { z } from 'zod';",
      "import { getCollection } from 'astro:content';",
    ].join('\n');
    expect(importsOf(source).sort()).toEqual(['../b.ts', './a.ts', './c.ts', './de.ts', './f.ts', './side-effect.ts']);
  });

  it('fails on a planted violation of each rule', () => {
    const planted = buildGraph({
      'src/check/rules.ts': "import { run } from '../../scripts/check.ts';",
      'src/quiz/grade.ts': "import { fixture } from '../../tests/helpers/quiz.ts';",
      'tests/e2e/a.test.ts': "import '../../scripts/build.ts';",
      'tests/helpers/quiz.ts': '',
      'scripts/check.ts': "import { checkCourse } from '../src/check/rules.ts';",
      'scripts/build.ts': '',
    });
    expect(ruleViolations(planted, RULES)).toEqual([
      'src/check/rules.ts → scripts/check.ts (the library never reaches into CLIs or tests)',
      'src/quiz/grade.ts → tests/helpers/quiz.ts (the library never reaches into CLIs or tests)',
      'tests/e2e/a.test.ts → scripts/build.ts (CLIs are run, not imported)',
    ]);
  });

  it('fails on a planted cycle, reported once whichever file it starts from', () => {
    const planted = buildGraph({
      'src/a.ts': "import { b } from './b.ts';",
      'src/b.ts': "import { c } from './c.ts';",
      'src/c.ts': "import { a } from './a.ts';\nimport { d } from './d.ts';",
      'src/d.ts': "import { d } from './d.ts';",
      'src/e.ts': "import { a } from './a.ts';",
    });
    expect(cycles(planted)).toEqual(['src/a.ts → src/b.ts → src/c.ts → src/a.ts', 'src/d.ts → src/d.ts']);
  });
});
