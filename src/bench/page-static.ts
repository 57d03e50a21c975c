/**
 * Page weight without a browser: the page's HTML plus the files its `<link rel=stylesheet href>`
 * and `<script src>` point to, read from the built site. A cross-check for the browser figures.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { add, inlineScripts, sizeOf, zero, type Size } from './transfer.ts';

export type StaticPageWeight = {
  page: string;
  html: Size;
  css: Size;
  js: Size;
  inlineJs: Size;
  total: Size;
  requests: number;
  fontFaces: number;
  files: { url: string; kind: 'css' | 'js'; raw: number; gzip: number; missing?: boolean }[];
};

const attr = (tag: string, name: string) => new RegExp(`\\b${name}=["']([^"']*)["']`, 'i').exec(tag)?.[1];

export function staticPageWeight(siteDir: string, page: string): StaticPageWeight {
  const htmlPath = join(siteDir, page);
  const html = readFileSync(htmlPath, 'utf8');
  const refs: { url: string; kind: 'css' | 'js' }[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (/\brel=["']?stylesheet/i.test(tag) && attr(tag, 'href')) refs.push({ url: attr(tag, 'href')!, kind: 'css' });
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi))
    if (attr(tag, 'src')) refs.push({ url: attr(tag, 'src')!, kind: 'js' });
  let css = zero();
  let js = zero();
  let fontFaces = 0;
  const files = refs.map(({ url, kind }) => {
    const file = resolve(dirname(htmlPath), url.split(/[?#]/)[0]!);
    if (!existsSync(file)) return { url, kind, raw: 0, gzip: 0, missing: true };
    const body = readFileSync(file);
    const size = sizeOf(body);
    if (kind === 'css') {
      css = add(css, size);
      fontFaces += (body.toString().match(/@font-face/g) ?? []).length;
    } else js = add(js, size);
    return { url, kind, ...size };
  });
  const htmlSize = sizeOf(html);
  const inline = inlineScripts(html).reduce((sum, body) => add(sum, sizeOf(body)), zero());
  return {
    page,
    html: htmlSize,
    css,
    js,
    inlineJs: inline,
    total: add(add(htmlSize, css), js),
    requests: 1 + files.length,
    fontFaces,
    files,
  };
}

/**
 * The module page of median HTML size among those with a quiz (the "1,200-word page with its
 * quiz"; every page when none has one): a "typical" page, chosen the same way on every run.
 */
export function typicalModulePage(siteDir: string): string {
  const all = readdirSync(join(siteDir, 'modules')).filter((f) => f.endsWith('.html'));
  const withQuiz = all.filter((f) => readFileSync(join(siteDir, 'modules', f), 'utf8').includes('<course-quiz'));
  const pages = withQuiz.length ? withQuiz : all;
  if (!pages.length) throw new Error(`no module pages in ${siteDir}/modules`);
  const sized = pages
    .map((f) => ({ f, size: statSync(join(siteDir, 'modules', f)).size }))
    .sort((a, b) => a.size - b.size || a.f.localeCompare(b.f));
  return `modules/${sized[Math.floor(sized.length / 2)]!.f}`;
}
