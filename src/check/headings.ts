/** Rule family `heading`: the page title is the only h1; levels go down one step at a time. */
import type { Heading } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { startOf } from '../markdown/placement.ts';
import type { Rule } from './model.ts';
import { diagnostic, type Diagnostic } from '../course/source/diagnostic.ts';

const hashes = (depth: number) => '#'.repeat(depth);

export const headingRule: Rule = ({ modules }) =>
  modules.flatMap((m) => {
    const problems: Diagnostic[] = [];
    let previous = 1; // the module title is the page's h1
    if (m.tree)
      visit(m.tree, 'heading', (node: Heading) => {
        const text = textOf(node);
        if (node.depth === 1)
          problems.push(
            diagnostic(
              m.file,
              startOf(node),
              'error',
              'heading',
              `The heading "${text}" is level 1 (\`#\`), but the module title is already the page's level-1 heading. Use \`##\` for sections.`,
            ),
          );
        else if (node.depth > previous + 1)
          problems.push(
            diagnostic(
              m.file,
              startOf(node),
              'warning',
              'heading',
              `The heading "${text}" jumps from level ${previous} to level ${node.depth}. Use \`${hashes(previous + 1)}\` here, so that screen-reader users can follow the outline.`,
            ),
          );
        previous = Math.max(node.depth, 1);
      });
    return problems;
  });
