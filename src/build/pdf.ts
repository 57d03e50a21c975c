/**
 * Prints the built pages that ask for it (`<meta name="course-pdf">`, see `pdf-targets.ts`) to PDF with the
 * machine's Chromium, after URLs are made relative and before the SCORM export, so the PDFs are in the
 * site and in both packages. Each PDF is written to a temporary file and renamed into place. Without
 * Chromium nothing is printed and the result carries a notice for the build summary; the pages then link to
 * their print page instead (`coursePdfsAvailable()`, decided the same way when they render).
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { chromePath, launchBrowser } from '../bench/chromium.ts';
import { coursePdfsAvailable } from './pdf-available.ts';
import { pdfTargetsOf, type PdfTarget } from './pdf-targets.ts';

export type PdfResult = { files: string[]; seconds: number; notice?: string };

/** Chromium stamps the time into the PDF; a fixed date keeps the same sources giving byte-identical zips. */
// Same length, so the offsets in the PDF's cross-reference table stay right.
export const withFixedDates = (pdf: Buffer): Buffer =>
  Buffer.from(pdf.toString('latin1').replace(/\(D:\d{14}/g, '(D:19800101000000'), 'latin1');

async function builtPages(siteDir: string) {
  const files = (await readdir(siteDir, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
  return Promise.all(
    files.map(async (f) => ({ path: f.split('\\').join('/'), html: await readFile(join(siteDir, f), 'utf8') })),
  );
}

/** Pages printed at once: Chromium renders one while the next loads; more only adds memory. */
const AT_ONCE = 3;

async function printOne(context: BrowserContext, siteDir: string, { page: path, pdf }: PdfTarget): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(pathToFileURL(join(siteDir, path)).href, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    const out = join(siteDir, pdf);
    const temporary = `${out}.tmp-${process.pid}`;
    await mkdir(dirname(out), { recursive: true });
    await writeFile(temporary, withFixedDates(bytes));
    await rename(temporary, out);
  } finally {
    await page.close();
  }
}

async function printAll(siteDir: string, targets: PdfTarget[]): Promise<void> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ offline: true });
    const queue = [...targets];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await printOne(context, siteDir, next);
    };
    await Promise.all(Array.from({ length: Math.min(AT_ONCE, targets.length) }, worker));
  } finally {
    await browser.close();
  }
}

/** Prints every page of `siteDir` that carries a `course-pdf` meta tag; throws when a tag is wrong. */
export async function writeCoursePdfs(siteDir: string): Promise<PdfResult> {
  const start = performance.now();
  const { targets, problems } = pdfTargetsOf(await builtPages(siteDir));
  if (problems.length) throw new Error(`The PDF pages cannot be printed:\n- ${problems.join('\n- ')}`);
  const seconds = () => (performance.now() - start) / 1000;
  if (!targets.length) return { files: [], seconds: seconds() };
  if (!coursePdfsAvailable())
    return {
      files: [],
      seconds: seconds(),
      notice: `no PDFs made: Chromium was not found at ${chromePath()} (install it, or set CHROME_PATH). The ${targets.length} pages that ask for one link to their print page instead.`,
    };
  try {
    await printAll(siteDir, targets);
  } catch (error) {
    const written = targets.flatMap((t) => [t.pdf, `${t.pdf}.tmp-${process.pid}`]);
    await Promise.all(written.map((path) => rm(join(siteDir, path), { force: true })));
    throw new Error(`Chromium (${chromePath()}) could not print the PDF pages: ${(error as Error).message}`);
  }
  return { files: targets.map((t) => t.pdf), seconds: seconds() };
}
