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

/**
 * Makes every URL in the built HTML relative, so the site works from any sub-path (an LMS serves
 * a package from a deep, unknown path), inside a frame and from a folder. Returns the page count.
 */
export async function relativiseSite(siteDir: string): Promise<number> {
  const pages = (await readdir(siteDir, { recursive: true }))
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split('\\').join('/'));
  await Promise.all(
    pages.map(async (page) =>
      writeFile(join(siteDir, page), relativiseHtml(await readFile(join(siteDir, page), 'utf8'), page)),
    ),
  );
  return pages.length;
}
