import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../../../src/course/source/frontmatter.ts';
import { parseYaml } from '../../../../src/course/source/yaml-source.ts';

describe('parseYaml', () => {
  const source = parseYaml('title: Toets\nquestions:\n  - id: a\n    options:\n      - text: x\n', 1);

  it.each([
    [['title'], { line: 2, column: 1 }],
    [['questions', 0, 'options', 0, 'text'], { line: 6, column: 9 }],
    [['questions', 0, 'options', 0, 'feedback'], { line: 6, column: 9 }],
    [['questions', 0, 'prompt'], { line: 4, column: 5 }],
  ])('locates %j (or its nearest ancestor), shifted by the line offset', (path, position) => {
    expect(source.lineOf(path)).toEqual(position);
  });

  it('reports a syntax error with its position and a hint', () => {
    expect(parseYaml('a:\n\t- b\n').errors).toEqual([
      {
        line: 2,
        column: 1,
        message: 'The YAML cannot be read: tabs are not allowed as indentation. Indent with spaces, not tabs.',
      },
    ]);
  });
});

describe('splitFrontmatter', () => {
  it('keeps the line numbers of the body', () => {
    const { frontmatter, body } = splitFrontmatter('---\nid: a\n---\n\n## Kop\n');
    expect(frontmatter).toBe('id: a');
    expect(body.split('\n')[4]).toBe('## Kop');
  });

  it('reports a file without frontmatter as such', () => {
    expect(splitFrontmatter('## Kop\n').frontmatter).toBeUndefined();
  });
});
