import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';

/** Rewrites one page's root-absolute URLs (`/x`) into paths relative to the page itself. */
export function relativiseHtml(html: string, pagePath: string): string {
  const fromDir = posix.dirname(pagePath);
  const toRelative = (target: string) => {
    const rel = posix.relative(fromDir, target.slice(1) || '.');
    return rel === '' ? './' : rel.startsWith('.') ? rel : `./${rel}`;
  };
  return html.replace(
    /(\s(?:href|src|action|poster|data-src|content)=["'])(\/(?!\/)[^"']*)/g,
    (_, attr: string, url: string) => attr + toRelative(url),
  );
}

const PARALLEL_PAGES = 16;

/**
 * Makes every URL in the built HTML relative, so the site works from any sub-path (an LMS serves
 * a package from a deep, unknown path), inside a frame and from a folder. Returns the page count.
 */
export async function relativiseSite(siteDir: string): Promise<number> {
  const pages = (await readdir(siteDir, { recursive: true }))
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split('\\').join('/'));
  // A few pages at a time: a course of 1,000 pages never holds all its HTML (or file handles) at once.
  const rewrite = async (page: string) =>
    writeFile(join(siteDir, page), relativiseHtml(await readFile(join(siteDir, page), 'utf8'), page));
  let next = 0;
  const worker = async () => {
    while (next < pages.length) await rewrite(pages[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_PAGES, pages.length) }, worker));
  return pages.length;
}
