/**
 * The editor workspace for authors who use VS Code: snippets for every component and question type
 * (generated, never stale), our JSON Schemas wired to the right files, and a check task whose problem
 * matcher reads the checker's own output lines.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnostic, formatDiagnostic } from '../../../src/course/source/diagnostic.ts';
import { buildSnippets, snippetsFile } from '../../../src/editor/snippets.ts';
import { questionTypes } from '../../../src/quiz/types/index.ts';
import { componentSpecs } from '../../../src/schemas/components/index.ts';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('VS Code snippets', () => {
  const snippets = buildSnippets();
  const prefixes = Object.values(snippets).map((s) => s.prefix);

  it('are up to date on disk (run `npm run snippets` after changing a component or question type)', () => {
    expect(json(snippetsFile)).toEqual(snippets);
  });

  it('exist for every MDX component, with a tab stop for each prop', () => {
    for (const [name, spec] of Object.entries(componentSpecs)) {
      const snippet = snippets[`Component ${name}`];
      expect(snippet?.scope).toBe('mdx');
      for (const prop of Object.keys(spec.props.shape)) expect(snippet?.body[0]).toContain(` ${prop}=`);
    }
    expect(prefixes).toEqual(expect.arrayContaining(Object.keys(componentSpecs)));
  });

  it('exist for every question type, as YAML that names the type', () => {
    for (const type of [...Object.keys(questionTypes), 'reflection']) {
      const snippet = snippets[`Question ${type}`];
      expect(snippet?.scope).toBe('yaml');
      expect(snippet?.body.join('\n')).toMatch(new RegExp(`^  type: ${type}\\b`, 'm'));
    }
  });
});

describe('VS Code settings and tasks', () => {
  it('wire a generated JSON Schema that exists to every kind of YAML file', () => {
    const schemas = json('.vscode/settings.json')['yaml.schemas'] as Record<string, string[]>;
    for (const path of Object.keys(schemas)) expect(existsSync(path)).toBe(true);
    expect(Object.values(schemas).flat().sort()).toEqual([
      'modules/course.yaml',
      'modules/glossary/*.yaml',
      'modules/scenarios/*.yaml',
      'modules/sessieplannen/*.yaml',
      'quizzes/*.yaml',
    ]);
  });

  it('recommend the MDX, YAML, Biome and Dutch spelling extensions', () => {
    expect(json('.vscode/extensions.json').recommendations).toEqual(
      expect.arrayContaining([
        'unifiedjs.vscode-mdx',
        'redhat.vscode-yaml',
        'biomejs.biome',
        'streetsidesoftware.code-spell-checker-dutch',
      ]),
    );
  });

  it("has a check task whose problem matcher reads the checker's lines", () => {
    const task = json('.vscode/tasks.json').tasks.find((t: { command: string }) => t.command === 'npm run check');
    const { pattern } = task.problemMatcher;
    const line = formatDiagnostic(
      diagnostic(
        'modules/deel-2/03-overdracht.mdx',
        { line: 14, column: 3 },
        'error',
        'quiz-ref',
        'Quiz `x` does not exist [really].',
      ),
    );
    const match = new RegExp(pattern.regexp).exec(line);
    expect([match?.[pattern.file], match?.[pattern.line], match?.[pattern.column], match?.[pattern.severity]]).toEqual([
      'modules/deel-2/03-overdracht.mdx',
      '14',
      '3',
      'error',
    ]);
    expect([match?.[pattern.message], match?.[pattern.code]]).toEqual([
      'Quiz `x` does not exist [really].',
      'quiz-ref',
    ]);
  });
});
