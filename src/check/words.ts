/** Rule family `word-count`: a module body between 300 and 2,500 words reads as one study session. */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Rule } from './model.ts';
import { diagnostic } from '../course/source/diagnostic.ts';

export const wordLimits = { min: 300, max: 2500 } as const;

export const countWords = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Words in every text, code and inline-code node; JSX attribute values do not count. */
export function bodyWords(tree: Root): number {
  let words = 0;
  visit(tree, (node) => {
    if ('value' in node && (node.type === 'text' || node.type === 'code' || node.type === 'inlineCode'))
      words += countWords(String(node.value));
  });
  return words;
}

const n = (value: number) => value.toLocaleString('en');

export const wordCountRule: Rule = ({ modules }) =>
  modules.flatMap((m) => {
    if (!m.tree) return [];
    const words = bodyWords(m.tree);
    if (words < wordLimits.min)
      return [
        diagnostic(
          m.file,
          undefined,
          'warning',
          'word-count',
          `The body has ${n(words)} words; a module usually has ${n(wordLimits.min)} to ${n(wordLimits.max)}. Add content, or merge this module with another.`,
        ),
      ];
    if (words > wordLimits.max)
      return [
        diagnostic(
          m.file,
          undefined,
          'warning',
          'word-count',
          `The body has ${n(words)} words; a module usually has ${n(wordLimits.min)} to ${n(wordLimits.max)}. Split it into two modules.`,
        ),
      ];
    return [];
  });
