import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/static-server.ts';

// Every built page of the fixture course in the light scheme, and every page type in the dark one,
// against the WCAG 2.2 A/AA rules of axe-core.
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const siteDir = inject('siteDir');
const pages = readdirSync(siteDir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
  .sort();

/** One page of each type the toolkit renders; the module has a quiz and a content note. */
const PAGE_TYPES = {
  home: 'index.html',
  module: 'modules/veiligheid.html',
  part: 'delen/basis.html',
  glossary: 'begrippen.html',
  search: 'zoeken.html',
  certificate: 'certificaat.html',
  pause: 'pauze.html',
  launch: 'launch.html',
  handout: 'handout.html',
  pretest: 'voortoets/basis.html',
  materials: 'materialen.html',
  trainer: 'voor-de-trainer.html',
} as const;

/**
 * The dark scheme changes colours only, so there the colour rules run, and on the handout (every
 * module again) only its first module: the light run has checked all of it.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const DARK_SKIP: Record<string, string> = { [PAGE_TYPES.handout]: '.handout-module ~ .handout-module' };

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
beforeAll(async () => {
  server = await serveStatic(siteDir, '/lms/content/42/');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function violations(context: BrowserContext, path: string, colourOnly: boolean) {
  const page = await context.newPage();
  await page.goto(server.url + path);
  await page.waitForFunction(() => document.readyState === 'complete');
  // Show a module's text behind its content note, and a quiz's feedback, so they are checked too.
  const note = page.locator('[data-note-continue]:visible');
  if (await note.count()) await note.first().click();
  const check = page.locator('[data-check]:visible');
  if (await check.count()) await check.first().click();
  // Legacy mode runs axe in the page itself (our pages have no frames to combine), and only
  // violations are sent back: together twice as fast, with the same rules.
  let builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  builder = colourOnly ? builder.withRules(COLOUR_RULES) : builder.withTags(WCAG);
  const skip = colourOnly ? DARK_SKIP[path] : undefined;
  if (skip) builder = builder.exclude(skip);
  const result = await builder.analyze();
  await page.close();
  return result.violations.map(
    (v) =>
      `${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
}

describe('the pages under test', () => {
  it('are every page type, and the modules and parts are the only pages of a type with several', () => {
    const several = (p: string) => p.startsWith('modules/') || p.startsWith('delen/');
    const others = pages.filter((p) => !several(p));
    expect(others.sort()).toEqual(
      Object.values(PAGE_TYPES)
        .filter((p) => !several(p))
        .sort(),
    );
    expect(pages).toContain(PAGE_TYPES.module);
  });

  it('include a module with a quiz and a content note', () => {
    const html = readFileSync(join(siteDir, PAGE_TYPES.module), 'utf8');
    expect(html).toContain('<course-quiz');
    expect(html).toContain('data-note-continue');
  });
});

describe.each([
  { colorScheme: 'light', paths: pages },
  { colorScheme: 'dark', paths: Object.values(PAGE_TYPES) },
] as const)('axe-core WCAG 2.2 AA, $colorScheme colour scheme', ({ colorScheme, paths }) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
  });
  afterAll(() => context?.close());

  it.concurrent.each(paths)('%s has no violation', async (path) => {
    expect(await violations(context, path, colorScheme === 'dark')).toEqual([]);
  });
});
