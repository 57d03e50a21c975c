/**
 * Put `npm run check` diagnostics where the author sees them: a YAML line becomes the path of the
 * field written there, a module body line the block it falls in. Unplaced ones stay on the file.
 */
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { Diagnostic } from '../course/source/diagnostic.ts';
import type { EditorDocument } from './document.ts';
import { isMdxKind } from './files.ts';
import { frontmatterRange } from './mdx-blocks.ts';
import type { YamlPath } from './yaml-splice.ts';

export type PlacedDiagnostic = Diagnostic & { path?: YamlPath; block?: number };

type Spot = { path: YamlPath; line: number; endLine: number };

/** Every node of a YAML text with its path and lines (keys count as their value's place). */
function spots(text: string): Spot[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const found: Spot[] = [];
  const walk = (node: unknown, path: YamlPath, from?: number) => {
    const n = node as Node | null;
    if (!n?.range) return;
    const line = lines.linePos(from ?? n.range[0]).line;
    const endLine = lines.linePos(Math.max(n.range[0], n.range[1] - 1)).line;
    if (path.length) found.push({ path, line, endLine });
    if (isMap(n))
      for (const pair of n.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        walk(pair.value, [...path, key], (pair.key as Node | null)?.range?.[0]);
      }
    else if (isSeq(n))
      n.items.forEach((item, i) => {
        walk(item, [...path, i]);
      });
  };
  walk(doc.contents, []);
  return found;
}

/** The deepest field whose lines hold `line` (the innermost, i.e. the one with the longest path). */
export function pathAtLine(text: string, line: number): YamlPath | undefined {
  const holding = spots(text).filter((s) => s.line <= line && line <= s.endLine);
  return holding.sort((a, b) => b.path.length - a.path.length || b.line - a.line)[0]?.path;
}

/** Place each diagnostic of `doc.file` on its field or block. */
export function placeDiagnostics(doc: EditorDocument, diagnostics: Diagnostic[]): PlacedDiagnostic[] {
  const own = diagnostics.filter((d) => d.file === doc.file);
  if (!isMdxKind(doc.kind)) return own.map((d) => ({ ...d, path: pathAtLine(doc.text, d.line) }));
  const { start, end } = frontmatterRange(doc.text);
  const firstLine = doc.text.slice(0, start).split('\n').length;
  const lastLine = doc.text.slice(0, end).split('\n').length;
  const frontmatter = doc.text.slice(start, end);
  return own.map((d) => {
    if (d.line >= firstLine && d.line < lastLine)
      return { ...d, path: pathAtLine(frontmatter, d.line - firstLine + 1) };
    const block = doc.blocks?.findIndex((b) => b.line <= d.line && d.line <= b.endLine);
    return block !== undefined && block >= 0 ? { ...d, block } : d;
  });
}
