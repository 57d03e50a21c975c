/** Check diagnostics land on the field or block they are about. */
import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../../src/course/source/diagnostic.ts';
import { placeDiagnostics, pathAtLine } from '../../../src/editor/diagnostics.ts';
import { documentFromText } from '../../../src/editor/document.ts';

const quiz = `title: Toets
questions:
  - id: een
    type: single
    prompt: Vraag?
    options:
      - text: Ja
        correct: true
        feedback: >-
          Lang verhaal
          over twee regels.
`;

const module = `---
id: welkom
title: Welkom
---

## Kop

Een alinea
over twee regels.

<Callout kind="tip">
Tekst.
</Callout>
`;

describe('placing diagnostics', () => {
  it('finds the innermost YAML field written on a line, also inside a block scalar', () => {
    expect(pathAtLine(quiz, 1)).toEqual(['title']);
    expect(pathAtLine(quiz, 5)).toEqual(['questions', 0, 'prompt']);
    expect(pathAtLine(quiz, 7)).toEqual(['questions', 0, 'options', 0, 'text']);
    expect(pathAtLine(quiz, 11)).toEqual(['questions', 0, 'options', 0, 'feedback']);
  });

  it('puts module problems on a frontmatter field or on the body block holding the line', () => {
    const doc = documentFromText('modules/a/01-welkom.mdx', 'module', module);
    const at = (line: number) => diagnostic(doc.file, { line, column: 1 }, 'warning', 'x', 'm');
    const placed = placeDiagnostics(doc, [at(3), at(6), at(9), at(12), { ...at(3), file: 'other.mdx' }]);
    expect(placed.map((p) => p.path ?? p.block)).toEqual([['title'], 0, 1, 2]);
  });
});
