/**
 * What makes an SVG unfit to inline in a course page: scripts and event handlers (they would run in
 * the learner's page and the LMS frame), references to other files or hosts (the course must work
 * offline and with no request), and a missing `viewBox` (without it the drawing cannot scale to 320 px).
 */
const checks: { pattern: RegExp; problem: (match: string) => string }[] = [
  { pattern: /<script\b/i, problem: () => 'it contains a `<script>`; remove it: a course image cannot run code' },
  {
    pattern: /\son[a-z]+\s*=/i,
    problem: (m) =>
      `it has an event handler (\`${m.trim().replace(/\s*=$/, '')}\`); remove it: a course image cannot run code`,
  },
  {
    pattern: /<foreignObject\b/i,
    problem: () => 'it contains a `<foreignObject>`; draw the content with SVG shapes and `<text>` instead',
  },
  {
    pattern: /\s(?:xlink:)?href\s*=\s*["'](?!#)[^"']*["']/i,
    problem: (m) =>
      `it refers to another file or host (${m.trim()}); draw it in the SVG itself or refer only to ids in it (\`#…\`)`,
  },
  {
    pattern: /url\(\s*["']?(?!#)[^)]*\)/i,
    problem: (m) => `it loads \`${m}\`; refer only to ids in the SVG itself (\`url(#…)\`)`,
  },
  { pattern: /@import\b/i, problem: () => 'its styles `@import` another file; put the styles in the SVG itself' },
];

/** The reasons an SVG text cannot be inlined; empty when it can. */
export function svgProblems(svg: string): string[] {
  const problems: string[] = [];
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0];
  if (!root) return ['it has no `<svg>` element; export the drawing as SVG'];
  if (!/\sviewBox\s*=/.test(root))
    problems.push('its `<svg>` has no `viewBox`, so it cannot scale to the screen; add `viewBox="0 0 width height"`');
  for (const { pattern, problem } of checks) {
    const match = pattern.exec(svg);
    if (match) problems.push(problem(match[0]));
  }
  return problems;
}
