import { readdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/static-server.ts';

// Every built page, in both colour schemes, against the WCAG 2.2 A/AA rules of axe-core.
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const siteDir = inject('siteDir');
const pages = readdirSync(siteDir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
  .sort();

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

/**
 * The dark scheme changes colours only, so there the colour rules run; the light run checks every rule.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

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
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  const result = await (colourOnly ? builder.withRules(COLOUR_RULES) : builder.withTags(WCAG)).analyze();
  await page.close();
  return result.violations.map(
    (v) =>
      `${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
}

describe.each(['light', 'dark'] as const)('axe-core WCAG 2.2 AA, %s colour scheme', (colorScheme) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
  });
  afterAll(() => context?.close());

  it('covers every built page', () => expect(pages.length).toBeGreaterThan(40));
  it.concurrent.each(pages)(
    '%s has no violation',
    async (path) => {
      expect(await violations(context, path, colorScheme === 'dark')).toEqual([]);
    },
    300_000,
  );
});
