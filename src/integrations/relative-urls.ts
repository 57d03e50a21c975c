import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

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
 * After the build, makes every URL in the HTML relative, so the site works from any sub-path
 * (an LMS serves a package from a deep, unknown path), inside a frame and from a folder.
 */
export function relativeUrls(): AstroIntegration {
  return {
    name: 'course-relative-urls',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true }))
          .filter((f) => f.endsWith('.html'))
          .map((f) => f.split('\\').join('/'));
        await Promise.all(
          pages.map(async (page) =>
            writeFile(join(root, page), relativiseHtml(await readFile(join(root, page), 'utf8'), page)),
          ),
        );
        logger.info(`relative URLs in ${pages.length} pages`);
      },
    },
  };
}
