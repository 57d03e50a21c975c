/** The worksheets the trainer page lists: id, title and module from the frontmatter, in course order. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { worksheetIndex, worksheetsFolder } from '../../../src/course/worksheet-index.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function course(files: Record<string, string>) {
  root = mkdtempSync(join(tmpdir(), 'worksheets-'));
  mkdirSync(join(root, worksheetsFolder), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, worksheetsFolder, name), text);
  return root;
}

describe('worksheetIndex', () => {
  it('is empty when the course has no worksheet folder', () => {
    root = mkdtempSync(join(tmpdir(), 'worksheets-'));
    expect(worksheetIndex(root, ['a'])).toEqual([]);
  });

  it('orders by the module the sheet belongs to, then by id; a sheet without a title shows its id', () => {
    const dir = course({
      'netwerkkaart.mdx': '---\ntitle: Mijn netwerk\nmodule: later\n---\n\nTekst.\n',
      'levenswiel.mdx': '---\ntitle: Mijn levenswiel\nmodule: eerst\n---\n',
      'los.mdx': 'Geen frontmatter.\n',
      'notities.txt': 'geen werkblad',
    });
    expect(worksheetIndex(dir, ['eerst', 'later'])).toEqual([
      { id: 'levenswiel', title: 'Mijn levenswiel', module: 'eerst' },
      { id: 'netwerkkaart', title: 'Mijn netwerk', module: 'later' },
      { id: 'los', title: 'los', module: undefined },
    ]);
  });
});
