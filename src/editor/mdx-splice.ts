/**
 * Edit a module file by splicing: frontmatter fields through `applyYamlEdits` on the frontmatter's own
 * range, body blocks by replacing, inserting or removing exactly their source ranges. Untouched bytes stay.
 */
import { componentSource } from './jsx-source.ts';
import { readModuleLayout } from './mdx-blocks.ts';
import { applyYamlEdits, type YamlEdit } from './yaml-splice.ts';

export type BlockEdit =
  /** Replace block `index` with new source (markdown) or with a component built from props and content. */
  | { op: 'replace'; index: number; source: string }
  | { op: 'component'; index: number; name: string; props: Record<string, unknown>; children: string }
  /** Insert a new block after block `after` (-1: at the top of the body). */
  | { op: 'insert'; after: number; source: string }
  | { op: 'insert-component'; after: number; name: string; props: Record<string, unknown>; children: string }
  | { op: 'remove'; index: number };

export type ModuleEdits = { frontmatter?: YamlEdit[]; blocks?: BlockEdit[] };

type Splice = { start: number; end: number; text: string };

const sourceOf = (e: BlockEdit) =>
  e.op === 'component' || e.op === 'insert-component' ? componentSource(e.name, e.props, e.children) : '';

function blockSplice(
  source: string,
  blocks: ReturnType<typeof readModuleLayout>['blocks'],
  bodyStart: number,
  e: BlockEdit,
): Splice {
  if (e.op === 'insert' || e.op === 'insert-component') {
    const text = e.op === 'insert' ? e.source.trim() : sourceOf(e);
    if (e.after < 0) return { start: bodyStart, end: bodyStart, text: `\n${text}\n` };
    const at = blocks[e.after]?.end;
    if (at === undefined) throw new Error(`there is no block ${e.after + 1} to insert after`);
    return { start: at, end: at, text: `\n\n${text}` };
  }
  const block = blocks[e.index];
  if (!block) throw new Error(`there is no block ${e.index + 1}`);
  if (e.op === 'remove') {
    const before = source.slice(0, block.start).trimEnd().length;
    return { start: Math.max(bodyStart, before), end: block.end, text: '' };
  }
  return { start: block.start, end: block.end, text: e.op === 'replace' ? e.source.trim() : sourceOf(e) };
}

/** The module's new source; throws in plain words when an edit does not fit the file. */
export function applyModuleEdits(source: string, edits: ModuleEdits, file = 'module.mdx'): string {
  const layout = readModuleLayout(source, file);
  // Inserts at the same place go in the order given: ties are spliced last-first.
  const splices: (Splice & { order: number })[] = (edits.blocks ?? []).map((e, order) => ({
    ...blockSplice(source, layout.blocks, layout.bodyStart, e),
    order,
  }));
  if (edits.frontmatter?.length) {
    const { start, end, text } = layout.frontmatter;
    splices.push({ start, end, text: applyYamlEdits(text, edits.frontmatter), order: -1 });
  }
  const ordered = splices.sort((a, b) => b.start - a.start || b.end - a.end || b.order - a.order);
  const result = ordered.reduce((t, s) => t.slice(0, s.start) + s.text + t.slice(s.end), source);
  readModuleLayout(result, file);
  return result;
}
