/**
 * Remark plugin: records what a module renders (quiz, reflection and term ids, from the MDX syntax
 * tree) in `file.data.astro.frontmatter.placement`, which Astro returns from `render(entry)` as
 * `remarkPluginFrontmatter.placement`. The outline reads the quizzes of each module from there.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { placedIds, placementOf } from './placement.ts';

type AstroData = { astro?: { frontmatter?: Record<string, unknown> } };

export function remarkCoursePlacement() {
  return (tree: Root, file: VFile) => {
    const data = file.data as AstroData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.placement = placedIds(placementOf(tree));
  };
}
