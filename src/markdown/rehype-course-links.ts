import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { moduleHref, parseModuleLink, siteHref } from '../course/routes.ts';

/**
 * Links in module text:
 * - `module:<id>` and `module:<id>#anchor` become relative links to that module page, so
 *   authors never write paths and the course works from any sub-path;
 * - links to other sites open as usual but say so to screen-reader users and get `rel="noopener"`.
 */
export function rehypeCourseLinks(options: { externalLabel: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
      const href = node.properties.href;
      const moduleLink = parseModuleLink(href);
      if (moduleLink) {
        node.properties.href = siteHref(moduleHref(moduleLink.id), moduleLink.anchor);
        return;
      }
      if (/^https?:\/\//.test(href)) {
        node.properties.rel = ['noopener', 'external'];
        node.children.push({
          type: 'element',
          tagName: 'span',
          properties: { className: ['visually-hidden'] },
          children: [{ type: 'text', value: ` ${options.externalLabel}` }],
        });
      }
    });
  };
}
