import type { Dictionary } from '../i18n/index.ts';

/**
 * The interface texts the browser runtime can show: every key its source code names as a quoted
 * string (`ui('visited')`, `seen ? 'visited' : 'notVisited'`, a table of keys). Texts only pages
 * use stay out of `course-data.js`, which every page downloads. A key the runtime builds at run
 * time from pieces would be missed, so the runtime names its keys whole.
 */
export function runtimeDictionary(dict: Dictionary, sources: string[]): Partial<Dictionary> {
  const named = new Set<string>();
  for (const source of sources) for (const [, key] of source.matchAll(/['"`]([A-Za-z]\w*)['"`]/g)) named.add(key!);
  return Object.fromEntries(Object.entries(dict).filter(([key]) => named.has(key)));
}
