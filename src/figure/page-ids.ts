/**
 * Ids for figures that are unique on the page being rendered: the base comes from the file name, and a
 * second figure from the same file on the same page (the handout shows every module) gets `-2`, `-3`….
 * Counted per render through `Astro.locals`, which Astro creates anew for every page it renders.
 */
const counts = new WeakMap<object, Map<string, number>>();

export const idBase = (src: string) =>
  `figure-${
    src
      .replace(/\.[^.]+$/, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  }`;

export function pageUniqueId(render: object, base: string): string {
  const seen = counts.get(render) ?? new Map<string, number>();
  counts.set(render, seen);
  const n = (seen.get(base) ?? 0) + 1;
  seen.set(base, n);
  return n === 1 ? base : `${base}-${n}`;
}
