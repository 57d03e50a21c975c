/**
 * Which built pages are printed to PDF, and where to: every page that carries
 * `<meta name="course-pdf" content="<path>.pdf">`. The path is a URL reference like any other in the page:
 * relative to the page (`levenswiel.pdf` beside `werkbladen/levenswiel.html`) or root-absolute
 * (`/voor-de-trainer.pdf`, before the build makes URLs relative). Pure: the printing is in `pdf.ts`.
 */
import { posix } from 'node:path';

export type BuiltPage = { path: string; html: string };
export type PdfTarget = { page: string; pdf: string };
export type PdfTargets = { targets: PdfTarget[]; problems: string[] };

const metaTag = /<meta\b[^>]*>/gi;
const attributePattern = /([a-z][\w:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/** The attributes of one tag, names in lower case. */
function attributesOf(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const m of tag.matchAll(attributePattern)) found[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  return found;
}

/** The `content` of each `course-pdf` meta tag in a page, in order. */
export const coursePdfMetas = (html: string): string[] =>
  [...html.matchAll(metaTag)]
    .map((m) => attributesOf(m[0]))
    .filter((a) => a.name === 'course-pdf')
    .map((a) => a.content ?? '');

/** The site path of the PDF a page asks for, or why it cannot be printed there. */
export function resolvePdfPath(page: string, content: string): { pdf: string } | { problem: string } {
  const wanted = `\`<meta name="course-pdf" content="${content}">\` in ${page}`;
  if (!content.trim()) return { problem: `${wanted} names no file. Write the PDF's path, as \`content="name.pdf"\`.` };
  if (/^[a-z][a-z\d+.-]*:|^\/\//i.test(content))
    return { problem: `${wanted} is an address, not a path in the site. Write a path, as \`content="name.pdf"\`.` };
  const path = content.startsWith('/')
    ? posix.normalize(content.slice(1))
    : posix.normalize(posix.join(posix.dirname(page), content));
  if (path.startsWith('..') || path === '.')
    return { problem: `${wanted} points outside the site. Write a path inside it, as \`content="name.pdf"\`.` };
  if (!path.endsWith('.pdf')) return { problem: `${wanted} must name a \`.pdf\` file.` };
  return { pdf: path };
}

/** Every page to print and its PDF path, plus the problems that stop the build (two pages, one PDF; bad paths). */
export function pdfTargetsOf(pages: BuiltPage[]): PdfTargets {
  const targets: PdfTarget[] = [];
  const problems: string[] = [];
  const byPdf = new Map<string, string>();
  for (const { path, html } of pages) {
    const metas = coursePdfMetas(html);
    if (metas.length > 1)
      problems.push(`${path} has ${metas.length} \`course-pdf\` meta tags; a page prints to one PDF.`);
    const resolved = metas.length ? resolvePdfPath(path, metas[0]!) : undefined;
    if (!resolved) continue;
    if ('problem' in resolved) {
      problems.push(resolved.problem);
      continue;
    }
    const other = byPdf.get(resolved.pdf);
    if (other) {
      problems.push(`${path} and ${other} both print to ${resolved.pdf}; give each page its own PDF path.`);
      continue;
    }
    byPdf.set(resolved.pdf, path);
    targets.push({ page: path, pdf: resolved.pdf });
  }
  return { targets: targets.sort((a, b) => a.pdf.localeCompare(b.pdf)), problems };
}
