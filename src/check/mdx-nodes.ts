/** Small helpers for reading MDX trees: JSX elements, their attributes and positions. */
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { Position } from '../course/source/diagnostic.ts';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export const startOf = (
  node: { position?: { start: { line: number; column: number } } } | undefined,
): Position | undefined =>
  node?.position ? { line: node.position.start.line, column: node.position.start.column } : undefined;

/** Every JSX element in the tree, in document order. */
export function jsxElements(tree: Root | undefined): JsxElement[] {
  const found: JsxElement[] = [];
  if (tree)
    visit(tree, (node) => {
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') found.push(node as JsxElement);
    });
  return found;
}

/** The named attribute of an element (spread attributes are skipped). */
export const attribute = (element: JsxElement, name: string) =>
  element.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);

/** The attribute's value when it is written in quotes; undefined for expressions or no attribute. */
export function stringAttribute(element: JsxElement, name: string): string | undefined {
  const value = attribute(element, name)?.value;
  return typeof value === 'string' ? value : undefined;
}

/** Elements with a given component name, e.g. every `<Quiz>`. */
export const elementsNamed = (tree: Root | undefined, name: string) => jsxElements(tree).filter((e) => e.name === name);
