/**
 * Round-trip safety over the whole course: every file the editor opens, loaded and saved through its
 * own load/save path, comes back byte for byte; and one edit changes exactly the lines of that edit.
 */
import { mkdtempSync, readFileSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDocument, planSave, saveDocument } from '../../../src/editor/document.ts';
import { listCourseFiles } from '../../../src/editor/files.ts';

const root = '.';
const files = listCourseFiles(root);

/** Lines that differ between two texts of the same line count, as `line: old → new`. */
const changedLines = (a: string, b: string) => {
  const [x, y] = [a.split('\n'), b.split('\n')];
  return y.flatMap((line, i) => (line === x[i] ? [] : [`${i + 1}: ${x[i]} → ${line}`]));
};

describe('the editor round-trips the whole course', () => {
  it('opens every kind of course file', () => {
    const kinds = new Set(files.map((f) => f.kind));
    for (const kind of ['course', 'module', 'worksheet', 'quiz', 'glossary', 'scenario', 'session-plan'])
      expect(kinds).toContain(kind);
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(files.map((f) => f.file))('%s: load and save without edits gives the same bytes', (file) => {
    const doc = loadDocument(root, file);
    expect(doc.text).toBe(readFileSync(file, 'utf8'));
    const plan = planSave(doc, {});
    expect(plan).toEqual({ ok: true, text: doc.text, changed: false });
  });

  it.each(files.filter((f) => f.kind === 'module').map((f) => f.file))(
    '%s: the blocks cover the whole body, with only blank space between them',
    (file) => {
      const doc = loadDocument(root, file);
      const blocks = doc.blocks ?? [];
      expect(blocks.length).toBeGreaterThan(0);
      const gaps = blocks.map((b, i) => doc.text.slice(i ? (blocks[i - 1]?.end ?? 0) : b.start, b.start));
      expect(gaps.every((g) => g.trim() === '')).toBe(true);
      expect(doc.text.slice(blocks.at(-1)?.end).trim()).toBe('');
      for (const b of blocks) expect(doc.text.slice(b.start, b.end)).toBe(b.source);
    },
  );
});

describe('one edit changes exactly that edit', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'editor-edit-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  cpSync('modules', join(scratch, 'modules'), { recursive: true });
  cpSync('quizzes', join(scratch, 'quizzes'), { recursive: true });

  it('a glossary definition: only its lines change, and the file reads back with the new value', () => {
    const file = 'modules/glossary/trigger.yaml';
    const before = readFileSync(join(scratch, file), 'utf8');
    const plan = saveDocument(scratch, file, {
      fields: [{ path: ['definition'], value: 'Een prikkel die herinnert.' }],
    });
    const after = readFileSync(join(scratch, file), 'utf8');
    expect(plan.ok).toBe(true);
    expect(after).toBe(before.replace(/definition: >-\n( {2}.*\n)+/, 'definition: >-\n  Een prikkel die herinnert.\n'));
    expect(loadDocument(scratch, file).data).toMatchObject({ definition: 'Een prikkel die herinnert.' });
  });

  it('a module title: exactly one line changes', () => {
    const file = files.find((f) => f.kind === 'module')?.file ?? '';
    const before = readFileSync(join(scratch, file), 'utf8');
    saveDocument(scratch, file, { fields: [{ path: ['title'], value: 'Een nieuwe titel' }] });
    const after = readFileSync(join(scratch, file), 'utf8');
    expect(changedLines(before, after)).toEqual([expect.stringMatching(/^3: title: .* → title: Een nieuwe titel$/)]);
  });

  it('a Callout block inserted after the first block: the body gains exactly that block', () => {
    const file = files.find((f) => f.kind === 'module')?.file ?? '';
    const doc = loadDocument(scratch, file);
    const first = doc.blocks?.[0];
    const plan = saveDocument(scratch, file, {
      blocks: [
        {
          op: 'insert-component',
          after: 0,
          name: 'Callout',
          props: { kind: 'tip', title: 'Let op' },
          children: 'Neem de tijd.',
        },
      ],
    });
    expect(plan.ok).toBe(true);
    const after = readFileSync(join(scratch, file), 'utf8');
    const at = first?.end ?? 0;
    expect(after).toBe(
      `${doc.text.slice(0, at)}\n\n<Callout kind="tip" title="Let op">\nNeem de tijd.\n</Callout>${doc.text.slice(at)}`,
    );
    const callout = loadDocument(scratch, file).blocks?.[1];
    expect(callout).toMatchObject({
      component: 'Callout',
      props: { kind: 'tip', title: 'Let op' },
      children: 'Neem de tijd.',
    });
  });

  it('new list items go after the last one, in the order given, in the style of the list', () => {
    const file = 'quizzes/acute-veiligheid.yaml';
    const doc = loadDocument(scratch, file);
    const count = (doc.data as { questions: { options: unknown[] }[] }).questions[0]?.options.length ?? 0;
    const plan = planSave(doc, {
      fields: [
        { path: ['questions', 0, 'options', count], value: { text: 'Optie A', feedback: 'Uitleg A.' } },
        { path: ['questions', 0, 'options', count + 1], value: { text: 'Optie B: met dubbele punt', feedback: 'B.' } },
      ],
    });
    expect(plan.ok).toBe(true);
    const added =
      '      - text: Optie A\n        feedback: Uitleg A.\n      - text: "Optie B: met dubbele punt"\n        feedback: B.\n';
    const text = plan.ok ? plan.text : '';
    expect(text.replace(added, '')).toBe(doc.text);
  });

  it('refuses a new list item that would leave a gap', () => {
    const doc = loadDocument(scratch, 'quizzes/acute-veiligheid.yaml');
    const plan = planSave(doc, {
      fields: [{ path: ['questions', 0, 'options', 9], value: { text: 'X', feedback: 'Y' } }],
    });
    expect(plan).toMatchObject({ ok: false, problems: [expect.stringContaining('edit this file as text')] });
  });

  it('refuses what the schema rejects and leaves the file as it was', () => {
    const file = 'modules/glossary/trigger.yaml';
    const before = readFileSync(join(scratch, file), 'utf8');
    const plan = saveDocument(scratch, file, { fields: [{ path: ['term'], value: '' }] });
    expect(plan.ok).toBe(false);
    expect(readFileSync(join(scratch, file), 'utf8')).toBe(before);
  });
});
