/**
 * The import graph of the repository's own code, read from the source text: which file imports
 * which, and the folder rules and cycles in it. Pure functions over `{ file: source }`, so a test
 * can plant a violation without touching the tree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

export type Sources = Record<string, string>;
export type Graph = Record<string, string[]>;

const CODE = /\.(ts|mts|js|mjs|astro)$/;
// Static imports and re-exports (`import x from`, `import 'x'`, `export … from`) and dynamic `import('x')`.
const SPECIFIERS = [
  /^\s*(?:import|export)\s[^;]*?\sfrom\s*['"]([^'"]+)['"]/gms,
  /^\s*import\s*['"]([^'"]+)['"]/gm,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
];

/** The relative specifiers a file imports (packages and `astro:` modules are not our code). */
export function importsOf(source: string): string[] {
  const found = SPECIFIERS.flatMap((re) => [...source.matchAll(re)].map((m) => m[1] ?? ''));
  return [...new Set(found.filter((s) => s.startsWith('.')))];
}

/** File → the repository files it imports, resolved against the other files in `sources`. */
export function buildGraph(sources: Sources): Graph {
  const graph: Graph = {};
  for (const [file, text] of Object.entries(sources)) {
    const targets = importsOf(text).map((s) => normalize(join(dirname(file), s.split('?')[0] ?? s)));
    graph[file] = targets.map((t) =>
      t in sources ? t : ([`${t}.ts`, `${t}/index.ts`].find((c) => c in sources) ?? t),
    );
  }
  return graph;
}

/** A rule: no file under `from` may import a file under any of `forbidden` (folders, with a trailing slash). */
export type FolderRule = { from: string; forbidden: string[]; why: string };

/** Every import that breaks a rule, as `src/a.ts → scripts/b.ts (why)`. */
export function ruleViolations(graph: Graph, rules: FolderRule[]): string[] {
  return rules.flatMap((rule) =>
    Object.entries(graph)
      .filter(([file]) => file.startsWith(rule.from))
      .flatMap(([file, targets]) =>
        targets.filter((t) => rule.forbidden.some((f) => t.startsWith(f))).map((t) => `${file} → ${t} (${rule.why})`),
      ),
  );
}

/** Each import cycle once, as `a.ts → b.ts → a.ts`, found by depth-first search. */
export function cycles(graph: Graph): string[] {
  const found = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const visit = (file: string, path: string[]) => {
    state.set(file, 'open');
    for (const next of graph[file] ?? []) {
      if (state.get(next) === 'open') {
        const loop = path.slice(path.indexOf(next));
        const start = loop.indexOf([...loop].sort()[0] ?? next);
        const canonical = [...loop.slice(start), ...loop.slice(0, start)];
        found.add([...canonical, canonical[0]].join(' → '));
      } else if (!state.has(next) && next in graph) visit(next, [...path, next]);
    }
    state.set(file, 'done');
  };
  for (const file of Object.keys(graph).sort()) if (!state.has(file)) visit(file, [file]);
  return [...found].sort();
}

/** Reads every code file under `folders` of `root`, keyed by its path relative to `root`. */
export function readSources(root: string, folders: string[]): Sources {
  const sources: Sources = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'fixtures') walk(path);
      else if (entry.isFile() && CODE.test(entry.name)) sources[relative(root, path)] = readFileSync(path, 'utf8');
    }
  };
  for (const folder of folders) walk(join(root, folder));
  return sources;
}
