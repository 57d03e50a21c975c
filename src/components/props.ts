/**
 * Props of the authoring components, validated when they render with the same schemas and words as
 * `npm run check` (`src/schemas/components/`). The checker has run first in a build and in the dev
 * overlay; this is the last door, and names the module file when the page is a module's own page.
 */
import { relative, resolve, sep } from 'node:path';
import { courseContext } from '../course/context.ts';
import { courseRoot } from '../course/load-course.ts';
import { moduleHref } from '../course/routes.ts';
import type { PlacedIds } from '../markdown/placement.ts';
import { type ComponentName, type ComponentProps, componentSpecs } from '../schemas/components/index.ts';
import { diagnostic } from '../course/source/diagnostic.ts';
import { FriendlyError, parseWithFriendlyErrors } from '../schemas/friendly-errors.ts';

type Placed = { list: keyof PlacedIds; id: string };

/**
 * The module file behind a page, or the page itself (the handout shows every module); for a quiz or
 * term, the module that places it, from the syntax tree (remark-course-placement).
 */
async function sourceOf(page: URL, placed?: Placed): Promise<string> {
  const path = decodeURI(page.pathname).replace(/^\/+/, '');
  const { entries, placed: modules } = await courseContext();
  const own = entries.find((e) => moduleHref(e.data.id) === path);
  const placing = placed && entries[modules.findIndex((m) => m.placement[placed.list].includes(placed.id))];
  const file = (own ?? placing)?.filePath;
  // Astro names entry files from the project folder; the checker names them from the course folder.
  return file ? relative(courseRoot(), resolve(file)).split(sep).join('/') : path;
}

export async function componentProps<N extends ComponentName>(
  name: N,
  props: unknown,
  page: URL,
): Promise<ComponentProps<N>> {
  const schema = componentSpecs[name].props;
  if (schema.safeParse(props).success) return schema.parse(props) as ComponentProps<N>;
  return parseWithFriendlyErrors(schema, props, {
    file: await sourceOf(page),
    subject: `<${name}>`,
    ruleFor: () => 'component',
  }) as ComponentProps<N>;
}

/**
 * A component that points at something missing (a quiz, a glossary term, a figure's file) stops the
 * page with the checker's sentence for it. `npm run check` reports these first, with the line and a
 * suggestion. `placed` names the quiz or term, whose module may be another page's.
 */
export async function referenceError(
  page: URL,
  placed: Placed | undefined,
  rule: string,
  message: string,
): Promise<FriendlyError> {
  const file = await sourceOf(page, placed);
  return new FriendlyError(file, [diagnostic(file, undefined, 'error', rule, message)]);
}
