/**
 * Props of the authoring components, validated when they render with the same schemas and words as
 * `npm run check` (`src/schemas/components/`). The checker has run first in a build and in the dev
 * overlay; this is the last door, and names the module file when the page is a module's own page.
 */
import { courseContext } from '../course/context.ts';
import { moduleHref } from '../course/routes.ts';
import { type ComponentName, type ComponentProps, componentSpecs } from '../schemas/components/index.ts';
import { parseWithFriendlyErrors } from '../schemas/friendly-errors.ts';

/** The module file behind a page, or the page itself (the handout shows every module). */
async function sourceOf(page: URL): Promise<string> {
  const path = decodeURI(page.pathname).replace(/^\/+/, '');
  const { entries } = await courseContext();
  return entries.find((e) => moduleHref(e.data.id) === path)?.filePath ?? path;
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
