/** Parse and compile an MDX body the way the site does, and explain MDX errors in plain words. */
import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import type { Position } from './diagnostic.ts';

export type MdxError = Position & { message: string };
export type MdxSource = { tree: Root; error?: undefined } | { tree?: undefined; error: MdxError };

const processor = createProcessor({ remarkPlugins: [remarkGfm] });

/** Hints for micromark/MDX rule ids: what usually causes them and what to write instead. */
const hints: Record<string, string> = {
  'unexpected-character':
    'In MDX, `<` starts a component; write `&lt;` for a less-than sign, and check the spelling of the tag.',
  'unexpected-eof':
    'In MDX, `{` starts an expression; write `\\{` for a brace in text, or close the expression with `}`.',
  'end-tag-mismatch':
    'Close every component with its own closing tag, for example `<Callout>` … `</Callout>`, or end it with `/>`.',
  'unexpected-lazy':
    'Lines inside a component or list must keep their indentation; indent the line or add an empty line before it.',
  acorn:
    'The JavaScript between `{` and `}` is not valid; check quotes, commas and brackets, or write `\\{` for a brace in text.',
};

const placeOf = (error: { line?: number; column?: number; place?: unknown; reason?: string }): Position => {
  if (error.line) return { line: error.line, column: error.column ?? 1 };
  const place = error.place as { start?: Position; line?: number; column?: number } | undefined;
  const start = place?.start ?? (place?.line ? (place as Position) : undefined);
  if (start) return { line: start.line, column: start.column };
  const inReason = /\((\d+):(\d+)-/.exec(error.reason ?? '');
  return inReason ? { line: Number(inReason[1]), column: Number(inReason[2]) } : { line: 1, column: 1 };
};

/** Parse `body` into an mdast tree without compiling it (synchronous); throws on MDX syntax errors. */
export const parseMdxTree = (body: string, path: string) => processor.parse(new VFile({ value: body, path })) as Root;

/** Parse `body` into an mdast tree and run the MDX compiler over it; report the first MDX error. */
export async function parseMdx(body: string, path: string): Promise<MdxSource> {
  const file = new VFile({ value: body, path });
  try {
    const tree = processor.parse(file) as Root;
    await processor.run(structuredClone(tree) as never, file);
    return { tree };
  } catch (cause) {
    const error = cause as {
      line?: number;
      column?: number;
      place?: unknown;
      reason?: string;
      ruleId?: string;
      message?: string;
    };
    const what = (error.reason ?? error.message ?? String(cause)).replace(/\.$/, '');
    const hint = hints[error.ruleId ?? ''] ?? 'Check the MDX syntax around this position.';
    return { error: { ...placeOf(error), message: `The MDX cannot be compiled: ${what}. ${hint}` } };
  }
}
