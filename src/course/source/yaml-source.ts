/** Parse YAML text keeping positions, and report syntax errors in plain words. */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Path } from '../../schemas/friendly-errors.ts';
import type { Position } from './diagnostic.ts';

export type YamlSyntaxError = Position & { message: string };
export type YamlSource = {
  data: unknown;
  errors: YamlSyntaxError[];
  /** Line and column of the field at `path`, or of its nearest ancestor that exists. */
  lineOf: (path: Path) => Position | undefined;
};

/** Fix hints for the `yaml` package's error codes. */
const hints: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY:
    'A value that contains `: ` must be put in quotes, for example `title: "Deel 1: Inleiding"`; also check the indentation.',
  MULTILINE_IMPLICIT_KEY:
    'Put a value that runs over several lines in quotes, or start it with `>-` on the line of its key; also check the indentation.',
  DUPLICATE_KEY: 'A field may appear only once at the same level; remove or rename one of them.',
  TAB_AS_INDENT: 'Indent with spaces, not tabs.',
  BAD_INDENT: 'Line the fields of one level up with the same number of spaces.',
  MISSING_CHAR: 'Close what was opened (a quote, `[` or `{`), or check the indentation of this line.',
  UNEXPECTED_TOKEN: 'Put text that starts with a special character (`*`, `&`, `!`, `%`, `@`, `` ` ``) in quotes.',
  BAD_SCALAR_START: 'Put text that starts with a special character in quotes.',
};

/** Parse `text`; `lineOffset` shifts reported lines (frontmatter starts on line 2 of an MDX file). */
export function parseYaml(text: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const errors = doc.errors.map((error) => {
    const what = error.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').replace(/\.$/, '');
    const hint = hints[error.code] ?? 'Compare this line with the example at the top of the file.';
    return {
      ...toPosition(error.pos[0]),
      message: `The YAML cannot be read: ${what.charAt(0).toLowerCase()}${what.slice(1)}. ${hint}`,
    };
  });
  const lineOf = (path: Path) => {
    let node: unknown = doc.contents;
    let found: Node | undefined = isScalar(node) || isMap(node) || isSeq(node) ? (node as Node) : undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) break;
        found = pair.key as Node;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key];
        found = node as Node;
      } else break;
    }
    return found?.range ? toPosition(found.range[0]) : undefined;
  };
  return { data: errors.length ? undefined : doc.toJS(), errors, lineOf };
}
