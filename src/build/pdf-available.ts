import { existsSync } from 'node:fs';

/**
 * Whether this build makes PDFs (`pdf.ts`): only in a build (`astro dev` makes none) and only when Chromium
 * is there (`CHROME_PATH`, else `/usr/bin/chromium`, as `src/bench/chromium.ts` finds it). Pages link to a
 * PDF only then, and to their print page otherwise. Kept apart from `pdf.ts` so pages do not load playwright.
 */
export const coursePdfsAvailable = (building = true): boolean =>
  building && existsSync(process.env.CHROME_PATH ?? '/usr/bin/chromium');

/**
 * For a page: whether to link its PDFs, given `import.meta.env.MODE`. `astro dev` runs in mode `development`;
 * a build runs in `production` whatever NODE_ENV says (the e2e builds run under NODE_ENV=test, where
 * `import.meta.env.PROD` is false), so the mode decides, not PROD.
 */
export const pdfLinksIn = (mode: string): boolean => coursePdfsAvailable(mode !== 'development');
