/**
 * A module file as the editor sees it: the frontmatter's source range and the body's top-level blocks
 * (paragraphs, headings, lists, components …) with their source ranges, read with the same MDX parser
 * as the site. Blocks are edited by splicing these ranges, never by re-serialising the body.
 */
import type { RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { isComponentName } from '../schemas/components/index.ts';
import { parseMdxTree } from '../course/source/mdx-source.ts';

export type Block = {
  /** mdast node type: `paragraph`, `heading`, `list`, `mdxJsxFlowElement` … */
  type: string;
  /** Component name for a component block (`Callout`, `Quiz` …). */
  component?: string;
  /** Props as written, for a component block whose props are all plain values. */
  props?: Record<string, unknown>;
  /** Whether the props could be read as plain values (no JavaScript beyond JSON literals). */
  propsReadable?: boolean;
  /** The text between the tags, for a component block. */
  children?: string;
  /** Offsets in the whole file; `source` is `file.slice(start, end)`. */
  start: number;
  end: number;
  line: number;
  endLine: number;
  source: string;
};

export type ModuleLayout = {
  frontmatter: { start: number; end: number; text: string };
  bodyStart: number;
  blocks: Block[];
};

const fenceRe = /^---[ \t]*\r?\n/;

/** Where the frontmatter YAML sits (between the `---` lines) and where the body starts. */
export function frontmatterRange(source: string): { start: number; end: number; bodyStart: number } {
  const open = fenceRe.exec(source);
  if (!open) throw new Error('the module has no frontmatter: start the file with a line `---`');
  const close = /^---[ \t]*$/m.exec(source.slice(open[0].length));
  if (!close) throw new Error('the frontmatter is not closed: add a line `---` after it');
  const start = open[0].length;
  const end = start + close.index;
  return { start, end, bodyStart: end + close[0].length };
}

/** A JSX attribute's value as plain data: strings as is, `{…}` expressions only when they are JSON. */
function attributeValue(attr: MdxJsxAttribute): { ok: boolean; value: unknown } {
  if (attr.value === null || attr.value === undefined) return { ok: true, value: true };
  if (typeof attr.value === 'string') return { ok: true, value: attr.value };
  try {
    return { ok: true, value: JSON.parse(attr.value.value) };
  } catch {
    return { ok: false, value: attr.value.value };
  }
}

function componentFields(node: MdxJsxFlowElement, source: string) {
  const read = node.attributes.map((a) =>
    a.type === 'mdxJsxAttribute' ? { name: a.name, ...attributeValue(a) } : { name: '', ok: false, value: '' },
  );
  const first = node.children[0]?.position?.start.offset;
  const last = node.children.at(-1)?.position?.end.offset;
  return {
    component: node.name ?? '',
    props: Object.fromEntries(read.filter((r) => r.ok).map((r) => [r.name, r.value])),
    propsReadable: read.every((r) => r.ok),
    children: first === undefined || last === undefined ? '' : source.slice(first, last),
  };
}

function toBlock(node: RootContent, source: string, shift: number, lineShift: number): Block {
  const start = (node.position?.start.offset ?? 0) + shift;
  const end = (node.position?.end.offset ?? 0) + shift;
  const block: Block = {
    type: node.type,
    start,
    end,
    line: (node.position?.start.line ?? 1) + lineShift,
    endLine: (node.position?.end.line ?? 1) + lineShift,
    source: source.slice(start, end),
  };
  const isComponent = node.type === 'mdxJsxFlowElement' && isComponentName(node.name ?? '');
  return isComponent ? { ...block, ...componentFields(node as MdxJsxFlowElement, source.slice(shift)) } : block;
}

/** Read a module file into its frontmatter and blocks; throws the MDX parser's error on broken syntax. */
export function readModuleLayout(source: string, file = 'module.mdx'): ModuleLayout {
  const { start, end, bodyStart } = frontmatterRange(source);
  const body = source.slice(bodyStart);
  const lineShift = source.slice(0, bodyStart).split('\n').length - 1;
  const tree = parseMdxTree(body, file);
  return {
    frontmatter: { start, end, text: source.slice(start, end) },
    bodyStart,
    blocks: tree.children.map((n) => toBlock(n, source, bodyStart, lineShift)),
  };
}
