/** Split an MDX file into its YAML frontmatter and its body, keeping line numbers. */

export type SplitFile = {
  /** The YAML between the `---` lines; undefined when the file has no frontmatter. */
  frontmatter: string | undefined;
  /** The body with the frontmatter replaced by empty lines, so positions match the file. */
  body: string;
};

const fence = /^---[ \t]*$/;

export function splitFrontmatter(source: string): SplitFile {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!fence.test(lines[0] ?? '')) return { frontmatter: undefined, body: source };
  const end = lines.findIndex((line, i) => i > 0 && fence.test(line));
  if (end === -1) return { frontmatter: undefined, body: source };
  return {
    frontmatter: lines.slice(1, end).join('\n'),
    body: '\n'.repeat(end + 1) + lines.slice(end + 1).join('\n'),
  };
}
