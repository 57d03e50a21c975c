/** Rule family `link`: module links (`module:<id>#anchor`), relative links and images resolve; images have alt text. */
import { posix } from 'node:path';
import type { Image, Link, Root } from 'mdast';
import { toString as textOf } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { headingAnchors } from '../course/routes.ts';
import { didYouMean } from '../schemas/friendly-errors.ts';
import { jsxElements, startOf, stringAttribute } from '../markdown/placement.ts';
import { moduleId, type ModuleFile, type Rule } from './model.ts';
import { diagnostic, type Diagnostic, type Position } from '../course/source/diagnostic.ts';

const hint = (value: string, candidates: Iterable<string>) => {
  const best = didYouMean(value, candidates);
  return best ? ` (did you mean "${best}"?)` : '';
};

/** Heading ids as the site makes them (github-slugger, like Astro). */
export function anchorsOf(tree: Root | undefined): string[] {
  const texts: string[] = [];
  if (tree)
    visit(tree, 'heading', (node) => {
      texts.push(textOf(node));
    });
  return headingAnchors(texts);
}

type Context = { module: ModuleFile; modules: Map<string, ModuleFile>; exists: (path: string) => boolean };
type Problem = [severity: 'error' | 'warning', rule: string, message: string];

const external = /^(?:https?:|mailto:|tel:)/i;
const htmlModule = /(?:^|\/)([a-z0-9-]+)\.html$/;

function anchorProblem(target: ModuleFile, anchor: string, what: string): Problem | undefined {
  const anchors = anchorsOf(target.tree);
  if (!anchor || !target.tree || anchors.includes(anchor)) return undefined;
  return [
    'error',
    'link',
    `${what} has no heading with the anchor "#${anchor}"${hint(anchor, anchors)}. Use the heading text in lower case with hyphens, as in ${anchors.length ? `"#${anchors[0]}"` : 'a heading of that module'}.`,
  ];
}

function linkProblem(url: string, ctx: Context): Problem | undefined {
  const [path = '', anchor = ''] = url.split('#');
  if (external.test(url)) return undefined;
  if (url.startsWith('module:')) {
    const id = path.slice('module:'.length);
    const target = ctx.modules.get(id);
    if (!target)
      return [
        'error',
        'link',
        `The link "${url}" points to module "${id}", which does not exist${hint(id, ctx.modules.keys())}. Use the \`id\` from the module's frontmatter.`,
      ];
    return anchorProblem(target, decodeURIComponent(anchor), `Module "${id}"`);
  }
  if (!path) return anchorProblem(ctx.module, decodeURIComponent(anchor), 'This module');
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return undefined;
  const html = htmlModule.exec(path);
  if (html && ctx.modules.has(html[1]!))
    return [
      'warning',
      'link',
      `The link "${url}" depends on how the site names its pages. Write \`module:${html[1]}${anchor ? `#${anchor}` : ''}\` instead.`,
    ];
  if (path.startsWith('/'))
    return [
      'warning',
      'link',
      `The link "${url}" starts with \`/\`, which breaks when the course runs inside an LMS. Use \`module:<id>\` for a module, or a path relative to this file.`,
    ];
  const target = posix.join(posix.dirname(ctx.module.file), decodeURI(path));
  if (!ctx.exists(target))
    return [
      'error',
      'link',
      `The link "${url}" points to ${target}, which does not exist. Link to a module with \`module:<id>\`, or fix the path (it is relative to this file).`,
    ];
  return undefined;
}

function imageProblems(src: string, alt: string | null | undefined, ctx: Context): Problem[] {
  const problems: Problem[] = [];
  if (!alt?.trim())
    problems.push([
      'error',
      'image-alt',
      `The image "${src}" has no alt text. Describe what it shows between the brackets: \`![Wat de afbeelding laat zien](${src})\`.`,
    ]);
  if (external.test(src))
    problems.push([
      'warning',
      'image',
      `The image "${src}" is loaded from the internet, so it is missing when the course runs offline in an LMS. Save it next to the module and link it relatively.`,
    ]);
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(src)) {
    const path = decodeURI(src.split(/[?#]/)[0]!);
    const target = path.startsWith('/') ? posix.join('public', path) : posix.join(posix.dirname(ctx.module.file), path);
    if (!ctx.exists(target))
      problems.push([
        'error',
        'image',
        `The image "${src}" points to ${target}, which does not exist. Fix the path (it is relative to this file) or add the image.`,
      ]);
  }
  return problems;
}

function moduleProblems(ctx: Context): Diagnostic[] {
  const found: { at: Position | undefined; problem: Problem }[] = [];
  const add = (at: Position | undefined, problems: (Problem | undefined)[]) => {
    for (const problem of problems) if (problem) found.push({ at, problem });
  };
  const tree = ctx.module.tree;
  if (!tree) return [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') add(startOf(node), [linkProblem((node as Link).url, ctx)]);
    if (node.type === 'image') add(startOf(node), imageProblems((node as Image).url, (node as Image).alt, ctx));
  });
  for (const element of jsxElements(tree)) {
    const href = element.name === 'a' ? stringAttribute(element, 'href') : undefined;
    const src = element.name === 'img' ? stringAttribute(element, 'src') : undefined;
    if (href) add(startOf(element), [linkProblem(href, ctx)]);
    if (src) add(startOf(element), imageProblems(src, stringAttribute(element, 'alt'), ctx));
  }
  return found.map(({ at, problem: [severity, rule, message] }) =>
    diagnostic(ctx.module.file, at, severity, rule, message),
  );
}

export const linkRule: Rule = ({ modules, exists }) => {
  const byId = new Map(modules.map((m) => [moduleId(m), m]));
  return modules.flatMap((module) => moduleProblems({ module, modules: byId, exists }));
};
