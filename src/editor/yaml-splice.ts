/**
 * Edit YAML text without re-serialising it: each changed value replaces only its own source range,
 * found with the `yaml` package's positions; everything else (comments, quoting, wrapping, blank lines)
 * stays byte for byte. After splicing, the result is read back and must equal the intended data,
 * otherwise the edit is refused, so a file is never written wrong.
 */
import { CST, isMap, isScalar, isSeq, type Node, parseDocument, Scalar } from 'yaml';
import { blockScalarSource, foldable } from './block-scalar.ts';

export type YamlPath = (string | number)[];
/** Set the value at `path`; `undefined` removes an optional field. */
export type YamlEdit = { path: YamlPath; value: unknown };

type Splice = { start: number; end: number; text: string };

const lineStart = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
const lineEnd = (text: string, offset: number) => {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
};
const columnOf = (text: string, offset: number) => offset - lineStart(text, offset);

/** A scalar in flow (plain or quoted) style, quoted only when YAML needs it. */
function flowScalar(value: unknown, indent: number): string {
  const token = CST.createScalarToken(value as string, { indent, implicitKey: false, inFlow: false });
  return CST.stringify(token).replace(/\n$/, '');
}

function scalarSplice(text: string, node: Scalar, value: unknown): Splice {
  const [start, end] = node.range ?? [0, 0];
  const indent = columnOf(text, start);
  const block = node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL;
  if (block && typeof value === 'string' && (node.type === Scalar.BLOCK_LITERAL || foldable(value))) {
    const header = text.slice(start, lineEnd(text, start)).trim();
    const contentIndent = /\n( *)\S/.exec(text.slice(start, end))?.[1]?.length ?? indent + 2;
    const valueEnd = text.slice(start, end).replace(/\n+$/, '').length + start;
    return { start, end: valueEnd, text: blockScalarSource(value, header, contentIndent) };
  }
  if (typeof value === 'string' && value.includes('\n'))
    return { start, end, text: blockScalarSource(value, '|', indent + 2) };
  return { start, end, text: flowScalar(value, indent) };
}

/** A new `key: value` line at the end of a block map. */
function insertSplice(text: string, map: Node, key: string, value: unknown): Splice {
  if (!isMap(map) || map.flow || !map.items.length) throw new Error(`cannot add \`${key}\` here`);
  const first = map.items[0]?.key as Node;
  const indent = columnOf(text, first.range?.[0] ?? 0);
  const lastValue = map.items.at(-1)?.value as Node | null;
  const at = lineEnd(text, (lastValue?.range?.[1] ?? map.range?.[1] ?? 0) - 1);
  const line = `${' '.repeat(indent)}${key}: ${flowScalar(value, indent + 2)}`;
  return { start: at, end: at, text: `\n${line}` };
}

/** Remove a `key: value` pair with its lines. */
function removeSplice(text: string, map: Node, key: string): Splice {
  const pair = isMap(map) ? map.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
  const keyNode = pair?.key as Node | undefined;
  if (!pair || !keyNode?.range) throw new Error(`\`${key}\` is not there`);
  const end = (pair.value as Node | null)?.range?.[1] ?? keyNode.range[2];
  return { start: lineStart(text, keyNode.range[0]), end: lineEnd(text, end - 1) + 1, text: '' };
}

/** One value as the text after `key: ` or `- ` at `indent`; text with line breaks as a literal block. */
const valueSource = (value: unknown, indent: number) =>
  typeof value === 'string' && value.includes('\n')
    ? blockScalarSource(value, '|', indent + 2)
    : flowScalar(value, indent);

/** A new item at the end of a block sequence: a value, or a map of values (`- text: …` / `  feedback: …`). */
function appendSplice(text: string, seq: Node, value: unknown): Splice {
  const items = isSeq(seq) && !seq.flow ? (seq.items as Node[]) : [];
  const last = items.at(-1);
  if (!last?.range) throw new Error('items can only be added to a list that has one already');
  const dash = columnOf(text, text.lastIndexOf('-', items[0]?.range?.[0] ?? 0));
  const pad = ' '.repeat(dash);
  const at = lineEnd(text, last.range[1] - 1);
  if (typeof value !== 'object' || value === null)
    return { start: at, end: at, text: `\n${pad}- ${valueSource(value, dash + 2)}` };
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (!entries.length || entries.some(([, v]) => typeof v === 'object' && v !== null))
    throw new Error('a new list item takes one or more single values');
  const lines = entries.map(([k, v], i) => `${i ? `${pad}  ` : `${pad}- `}${k}: ${valueSource(v, dash + 2)}`);
  return { start: at, end: at, text: `\n${lines.join('\n')}` };
}

function spliceFor(text: string, doc: ReturnType<typeof parseDocument>, edit: YamlEdit): Splice {
  const parentPath = edit.path.slice(0, -1);
  const key = edit.path.at(-1);
  const parent = (parentPath.length ? doc.getIn(parentPath, true) : doc.contents) as Node;
  const node = doc.getIn(edit.path, true) as Node | undefined;
  if (edit.value === undefined) return removeSplice(text, parent, String(key));
  if (!node && isSeq(parent) && typeof key === 'number' && key >= parent.items.length)
    return appendSplice(text, parent, edit.value);
  if (typeof edit.value === 'object' && edit.value !== null)
    throw new Error(`\`${edit.path.join('.')}\` takes one value at a time`);
  if (node && isScalar(node) && node.value === edit.value) return { start: 0, end: 0, text: '' };
  if (node && isScalar(node)) return scalarSplice(text, node, edit.value);
  if (!node && typeof key === 'string') return insertSplice(text, parent, key, edit.value);
  throw new Error(`\`${edit.path.join('.')}\` is not a single value`);
}

/** The data with `edits` applied, as plain JS (what the spliced text must read back as). */
export function applyToData(data: unknown, edits: YamlEdit[]): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  for (const { path, value } of edits) {
    const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((o, k) => o[k] as never, copy);
    const key = path.at(-1) as string | number;
    if (value === undefined) delete parent[key];
    else parent[key] = value;
  }
  return copy;
}

/** `text` with `edits` spliced in; throws (in plain words) when an edit cannot be written faithfully. */
export function applyYamlEdits(text: string, edits: YamlEdit[]): string {
  if (!edits.length) return text;
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length) throw new Error(`the YAML cannot be read: ${doc.errors[0]?.message}`);
  // Later edits at the same place (new list items) are spliced first, so they end up in the order given.
  const splices = edits
    .map((e, order) => ({ ...spliceFor(text, doc, e), order }))
    .sort((a, b) => b.start - a.start || b.order - a.order);
  const result = splices.reduce((t, s) => t.slice(0, s.start) + s.text + t.slice(s.end), text);
  const expected = applyToData(doc.toJS(), edits);
  if (JSON.stringify(parseDocument(result).toJS()) !== JSON.stringify(expected))
    throw new Error('the change could not be written without changing other values; edit this file as text');
  return result;
}
