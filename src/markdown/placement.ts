/**
 * What a module really renders, read from its MDX syntax tree: the `<Quiz>`, `<Reflection>` and
 * `<Term>` elements with their ids and positions. Text that only looks like a component (inside a
 * code block or an MDX comment) is not rendered; `hiddenComponents()` finds it so the checker can say so.
 * Used by the remark plugin (the site's outline) and the checker, so both count the same quizzes.
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
export type Position = { line: number; column: number };
export type Placed = { id: string; position: Position | undefined };
export type Placement = { quizzes: Placed[]; reflections: Placed[]; terms: Placed[] };

/** The components whose ids are recorded, by the placement list they go to. */
const recorded = { Quiz: 'quizzes', Reflection: 'reflections', Term: 'terms' } as const;

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

/** The quizzes, reflections and terms the module renders, in document order. */
export function placementOf(tree: Root | undefined): Placement {
  const placement: Placement = { quizzes: [], reflections: [], terms: [] };
  for (const element of jsxElements(tree)) {
    const list = recorded[element.name as keyof typeof recorded];
    const id = stringAttribute(element, 'id');
    if (list && id) placement[list].push({ id, position: startOf(attribute(element, 'id')) ?? startOf(element) });
  }
  return placement;
}

export type Hidden = { name: string; id: string; inside: 'code' | 'comment'; position: Position | undefined };

const tagInText = /<(Quiz|Reflection)\s+id=["']([^"']+)["']/g;
const hidingNodes: Record<string, Hidden['inside']> = {
  code: 'code',
  inlineCode: 'code',
  mdxFlowExpression: 'comment',
  mdxTextExpression: 'comment',
};

/** `<Quiz id>` and `<Reflection id>` written inside code or an MDX comment: shown as text or not at all. */
export function hiddenComponents(tree: Root | undefined): Hidden[] {
  const found: Hidden[] = [];
  if (tree)
    visit(tree, (node) => {
      const inside = hidingNodes[node.type];
      const value = (node as { value?: unknown }).value;
      if (!inside || typeof value !== 'string') return;
      for (const match of value.matchAll(tagInText))
        found.push({ name: match[1]!, id: match[2]!, inside, position: startOf(node) });
    });
  return found;
}

/** The part of a placement the site keeps: ids only, in the shape `remarkPluginFrontmatter.placement` has. */
export const placedIds = (placement: Placement) => ({
  quizzes: placement.quizzes.map((p) => p.id),
  reflections: placement.reflections.map((p) => p.id),
  terms: placement.terms.map((p) => p.id),
});
export type PlacedIds = ReturnType<typeof placedIds>;
