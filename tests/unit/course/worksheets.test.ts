/** Worksheets through the course reader: read as sheets, never as modules, and listed in course order. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCourseFiles } from '../../../src/course/source/read-course.ts';
import { sheetsInCourseOrder } from '../../../src/course/worksheets.ts';
import type { Worksheet } from '../../../src/schemas/worksheet.ts';

const root = mkdtempSync(join(tmpdir(), 'worksheets-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
write('modules/course.yaml', 'id: c\ntitle: C\n');
write('modules/deel-1/01-a.mdx', '---\nid: a\n---\n\nTekst.\n');
write('modules/werkbladen/mijn-blad.mdx', '---\ntitle: Mijn blad\nmodule: a\n---\n\n<Field label="Wat?" />\n');
write('modules/werkbladen/zonder.mdx', '<Field label="Wat?" />\n');

describe('the course reader and worksheets', () => {
  const files = readCourseFiles(root);

  it('reads modules/werkbladen/*.mdx as worksheets, not as modules; the file name is the id', () => {
    expect(files.modules.map((m) => m.file)).toEqual(['modules/deel-1/01-a.mdx']);
    expect(files.worksheets.map((w) => [w.id, w.file, w.data])).toEqual([
      ['mijn-blad', 'modules/werkbladen/mijn-blad.mdx', { title: 'Mijn blad', module: 'a' }],
      ['zonder', 'modules/werkbladen/zonder.mdx', undefined],
    ]);
    // Frontmatter positions are those of the file, for file:line messages.
    expect(files.worksheets[0]!.lineOf(['module'])).toEqual({ line: 3, column: 1 });
    expect(files.worksheets[0]!.body.split('\n')[5]).toBe('<Field label="Wat?" />');
  });

  it('says what a worksheet without frontmatter needs', () => {
    expect(files.problems.map((p) => `${p.file} ${p.rule}: ${p.message}`)).toEqual([
      'modules/werkbladen/zonder.mdx frontmatter: The worksheet has no frontmatter. Start the file with a line `---`, then the fields (`title`, `description`, `module`), then another `---`.',
    ]);
  });
});

describe('sheetsInCourseOrder', () => {
  const sheet = (id: string, module: string, title = id): Worksheet => ({
    id,
    module,
    title,
    description: 'x',
    audience: 'deelnemers',
    sources: [],
  });
  const modules = [{ id: 'eerste' }, { id: 'tweede' }, { id: 'derde' }];

  it('orders sheets by their module’s place in the course, then by title, and leaves out sheets of no module', () => {
    const ordered = sheetsInCourseOrder(
      [
        sheet('c', 'derde'),
        sheet('b2', 'tweede', 'Zwaan'),
        sheet('x', 'weg'),
        sheet('b1', 'tweede', 'Aap'),
        sheet('a', 'eerste'),
      ],
      modules,
    );
    expect(ordered.map(({ sheet, module }) => `${sheet.id}@${module.id}`)).toEqual([
      'a@eerste',
      'b1@tweede',
      'b2@tweede',
      'c@derde',
    ]);
  });
});
