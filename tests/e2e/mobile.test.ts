import { mkdirSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/static-server.ts';

// Phones first: no sideways scrolling at 320 px, touch targets of at least 24 × 24 px, the outline
// reachable, text zoomed to 200 %; screenshots kept in test-results/screenshots for review.
const siteDir = inject('siteDir');
const pages = readdirSync(siteDir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.html') && f !== 'launch.html' && !f.startsWith('pagefind'))
  .sort();
const SHOTS = 'test-results/screenshots';
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
beforeAll(async () => {
  server = await serveStatic(siteDir, '/m/');
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('small screens', () => {
  it('no page scrolls sideways at 320 px, and every control is at least 24 × 24 px', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of pages) {
      await page.goto(`${server.url}${path}`);
      const found = await page.evaluate(() => {
        const out: string[] = [];
        if (document.documentElement.scrollWidth > window.innerWidth)
          out.push(`scrolls sideways (${document.documentElement.scrollWidth} px)`);
        // Controls outside running text (WCAG 2.5.8 exempts links inside a sentence).
        for (const el of document.querySelectorAll<HTMLElement>(
          'button, input, select, textarea, summary, nav a, .pager a, .button',
        )) {
          const box = el.getBoundingClientRect();
          if (box.width === 0 || getComputedStyle(el).visibility === 'hidden') continue;
          if (box.width < 24 || box.height < 24)
            out.push(
              `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" is ${Math.round(box.width)}×${Math.round(box.height)}`,
            );
        }
        return out;
      });
      problems.push(...found.map((f) => `${path}: ${f}`));
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  it('folds the outline on a phone and opens it from the keyboard', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${server.url}modules/grenzen.html`);
    await page.waitForFunction(() => document.documentElement.classList.contains('js'));
    expect(await page.$eval('[data-outline]', (d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.focus('.outline__toggle');
    await page.keyboard.press('Enter');
    expect(await page.$eval('[data-outline]', (d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator('.outline__modules a').first().isVisible()).toBe(true);
    await page.close();
  });

  it('keeps all content at 200 % text zoom without sideways scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const path of ['index.html', 'modules/eindtoets.html', 'certificaat.html']) {
      await page.goto(`${server.url}${path}`);
      await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), path).toBe(true);
    }
    await page.close();
  });

  it.each([360, 1280])('takes screenshots of home and a module page at %i px', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const [name, path] of [
      ['home', 'index.html'],
      ['module', 'modules/veiligheid.html'],
    ] as const) {
      await page.goto(`${server.url}${path}`);
      await page.waitForFunction(() => document.documentElement.classList.contains('js'));
      const file = `${SHOTS}/${name}-${width}.png`;
      const shot = await page.screenshot({ path: file, fullPage: true });
      expect(shot.length).toBeGreaterThan(10_000);
    }
    await page.close();
  });
});
