/**
 * Write a new value into a YAML block scalar (`>-`, `|`, …) in the style it already has: same header
 * indicator, same content indent, folded text wrapped at the line width the course files use.
 */

/** Course YAML is wrapped at 120 columns (Biome's line width, kept by hand in the files). */
export const lineWidth = 120;

/** Greedy word wrap of one paragraph so no line passes `width` (a longer single word stays whole). */
export function wrapWords(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

/**
 * The text of a block scalar for `value`: `header` is the original indicator (`>-`, `|`, `>`, `|-`),
 * `indent` the content indentation. Chomping follows the value: a trailing newline keeps or clips, none strips.
 */
export function blockScalarSource(value: string, header: string, indent: number): string {
  const folded = header.startsWith('>');
  const endsWithNewline = value.endsWith('\n');
  const chomp = endsWithNewline ? '' : '-';
  const body = endsWithNewline ? value.slice(0, -1) : value;
  const pad = ' '.repeat(indent);
  const width = Math.max(20, lineWidth - indent);
  const lines = folded
    ? body.split('\n').flatMap((p, i) => [...(i ? [''] : []), ...wrapWords(p, width)])
    : body.split('\n');
  return `${folded ? '>' : '|'}${chomp}\n${lines.map((l) => (l ? pad + l : '')).join('\n')}`;
}

/** Whether a value can be written folded without changing it when read back (no leading or double spaces). */
export const foldable = (value: string) => !/(^|\n)[ \t]|[ \t]\n| {2}|\n\n/.test(value);
