import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Wraps every table in a labelled region that scrolls sideways on its own, so a wide table on a
 * phone never makes the page scroll sideways (WCAG 1.4.10) and keyboard users can scroll it.
 */
export function rehypeScrollTables(options: { label: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: options.label },
        children: [node],
      };
      parent.children[index] = wrapper;
    });
  };
}
