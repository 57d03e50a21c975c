/**
 * The visual editor is an author's tool: nothing the site, the runtime or the build is made of may
 * import it, so it can never reach a learner's page or a SCORM package (the build itself is compared
 * byte for byte with and without it in tests/e2e/editor-build-identical.test.ts).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildGraph, type FolderRule, readSources, ruleViolations } from './import-graph.ts';

const why = 'the editor is a dev tool; nothing of it may reach the built course';
/** Applied to every file outside src/editor/: pages, runtime, components, integrations, build, scorm … */
const RULES: FolderRule[] = [{ from: 'src/', forbidden: ['src/editor/'], why }];
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const graph = buildGraph(readSources(ROOT, ['src', 'scripts', 'tests']));
/** The editor's own CLIs. */
const editorClis = ['scripts/edit.ts', 'scripts/generate-snippets.ts'];
const outsideEditor = (g: typeof graph) =>
  Object.fromEntries(Object.entries(g).filter(([f]) => !f.startsWith('src/editor/')));

describe('the editor stays out of the course', () => {
  it('is found by the import reader', () => {
    expect(graph['scripts/edit.ts']).toContain('src/editor/server.ts');
  });

  it('no file of src/ outside src/editor/ imports it, and of scripts/ only its own CLIs', () => {
    expect(ruleViolations(outsideEditor(graph), RULES)).toEqual([]);
    const clis = Object.entries(graph)
      .filter(
        ([f, targets]) =>
          f.startsWith('scripts/') && !editorClis.includes(f) && targets.some((t) => t.startsWith('src/editor/')),
      )
      .map(([f]) => f);
    expect(clis).toEqual([]);
  });

  it('fails on a planted import from a page and from the runtime', () => {
    const planted = buildGraph({
      'src/pages/index.astro': "---\nimport { startEditor } from '../editor/server.ts';\n---",
      'src/runtime/quiz.ts': "import '../editor/document.ts';",
      'src/editor/server.ts': '',
      'src/editor/document.ts': '',
    });
    expect(ruleViolations(outsideEditor(planted), RULES)).toEqual([
      `src/pages/index.astro → src/editor/server.ts (${why})`,
      `src/runtime/quiz.ts → src/editor/document.ts (${why})`,
    ]);
  });
});
