import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/static-server.ts';

// Diagrams of the real course (inline SVG) and the fixture course's photo and recordings: no request
// leaves the package, axe passes, 320 px needs no sideways scrolling and keeps text ≥ 14 px, dark mode
// keeps contrast, print is black on white. Screenshots go to test-results/screenshots for review.
const DIAGRAM_PAGES = [
  'modules/drama-driehoek.html',
  'modules/cyclus-van-geweld.html',
  'modules/traumasensitief-werken.html',
  'modules/groepssamenstelling.html',
  'modules/levenswielmethodiek.html',
  'modules/lotgenotencontact-waarom.html',
  'modules/intervisie.html',
  'modules/verwijzen-in-de-keten.html',
  'modules/verloop-per-bijeenkomst.html',
];
const SHOTS = 'test-results/screenshots';
let browser: Browser;
let real: Awaited<ReturnType<typeof serveStatic>>;
let fixture: Awaited<ReturnType<typeof serveStatic>>;
beforeAll(async () => {
  [real, fixture] = await Promise.all([
    serveStatic(inject('realSiteDir'), '/lms/content/7/'),
    serveStatic(inject('siteDir'), '/lms/content/8/'),
  ]);
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([real?.close(), fixture?.close()]);
});

/** Opens a page past its content note; every request the page makes is collected in `requests`. */
async function open(page: Page, url: string, requests: string[] = []) {
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  const note = page.locator('[data-note-continue]:visible');
  if (await note.count()) await note.first().click();
  return requests;
}

/** Contrast ratio of two CSS colours (WCAG 2.x relative luminance), computed in the page. */
const contrastScript = `(() => {
  const rgb = (c) => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = (c) => { const [r, g, b] = rgb(c).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  window.__contrast = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m); return (x + 0.05) / (y + 0.05); };
})()`;

/** Text colour against every surface a diagram draws text on, and lines against the page, for each figure. */
async function figureColours(page: Page) {
  await page.evaluate(contrastScript);
  return page.$$eval('figure .figure__svg', (svgs) =>
    svgs.map((svg) => {
      const contrast = (window as unknown as { __contrast: (a: string, b: string) => number }).__contrast;
      const page = getComputedStyle(document.body).backgroundColor;
      const text = getComputedStyle(svg.querySelector('text')!).fill;
      const surfaces = [...svg.querySelectorAll('.f-tint, .f-paper')].map((s) => getComputedStyle(s).fill);
      const lines = [...svg.querySelectorAll('.f-line, .f-accent-line, .f-tint')].map(
        (s) => getComputedStyle(s).stroke,
      );
      return {
        text,
        surfaces: [...new Set(surfaces)],
        worstText: Math.min(contrast(text, page), ...surfaces.map((s) => contrast(text, s))),
        worstLine: Math.min(...lines.map((l) => contrast(l, page))),
      };
    }),
  );
}

describe('diagrams in the real course', () => {
  it('are inlined on every page that teaches a model: no request leaves the package, none fetches an SVG', async () => {
    const page = await browser.newPage();
    for (const path of DIAGRAM_PAGES) {
      const requests = await open(page, real.url + path, []);
      await page.waitForLoadState('networkidle');
      page.removeAllListeners('request');
      expect(await page.locator('figure svg[role="img"]').count(), path).toBeGreaterThan(0);
      expect(
        requests.filter((r) => !r.startsWith(real.url) || /\.svg(?:$|\?)/.test(r)),
        path,
      ).toEqual([]);
    }
    await page.close();
  });

  it('name each drawing from its alt text and describe it under the caption', async () => {
    const page = await browser.newPage();
    await open(page, `${real.url}modules/drama-driehoek.html`);
    const svg = page.locator('#figure-drama-driehoek svg');
    const name = await svg.evaluate((s) => document.getElementById(s.getAttribute('aria-labelledby')!)?.textContent);
    expect(name).toMatch(/^De drama-driehoek: aanklager en redder bovenaan/);
    const described = await svg.evaluate(
      (s) => document.getElementById(s.getAttribute('aria-describedby')!)?.textContent,
    );
    expect(described).toContain('Zolang die wisselingen doorgaan');
    expect(await page.locator('#figure-drama-driehoek figcaption').textContent()).toContain('Karpman (1968)');
    await page.close();
  });

  it('pass axe (WCAG 2.2 AA) with the descriptions open, in the light and the dark scheme', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      for (const path of ['modules/drama-driehoek.html', 'modules/levenswielmethodiek.html']) {
        await open(page, real.url + path);
        await page.$$eval('.figure__description', (ds) => {
          for (const d of ds) (d as HTMLDetailsElement).open = true;
        });
        const { violations } = await new AxeBuilder({ page })
          .setLegacyMode(true)
          .include('.figure')
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(violations.map((v) => `${colorScheme} ${path}: ${v.id} ${v.help}`)).toEqual([]);
      }
      await context.close();
    }
  });

  it('fit a 320 px screen without sideways scrolling, with no text under 14 px', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    for (const path of DIAGRAM_PAGES) {
      await open(page, real.url + path);
      const { scrolls, smallest } = await page.evaluate(() => ({
        scrolls: document.documentElement.scrollWidth > window.innerWidth,
        smallest: Math.min(
          ...[...document.querySelectorAll<SVGTextElement>('.figure__svg text')].map((t) => {
            const scale = (t.ownerSVGElement!.getScreenCTM() as DOMMatrix).a;
            return Number.parseFloat(getComputedStyle(t).fontSize) * scale;
          }),
        ),
      }));
      expect(scrolls, path).toBe(false);
      expect(smallest, path).toBeGreaterThanOrEqual(14);
    }
    await page.close();
  });

  it('keep contrast in the dark scheme (text 4.5:1, lines 3:1) and print black on white', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await open(page, `${real.url}modules/drama-driehoek.html`);
    for (const colours of await figureColours(page)) {
      expect(colours.text).not.toBe('rgb(31, 35, 40)'); // the file's own dark ink would vanish on a dark page
      expect(colours.worstText).toBeGreaterThanOrEqual(4.5);
      expect(colours.worstLine).toBeGreaterThanOrEqual(3);
    }
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    for (const colours of await figureColours(page)) {
      expect(colours.text).toBe('rgb(0, 0, 0)');
      expect(colours.surfaces).toEqual(['rgb(255, 255, 255)']);
    }
    expect(await page.locator('.figure__description-body').first().isVisible()).toBe(true);
    await context.close();
  });

  it.each([360, 1280])('takes screenshots of diagrams at %i px, light and dark', async (width) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      for (const path of ['modules/drama-driehoek.html', 'modules/verloop-per-bijeenkomst.html']) {
        await open(page, real.url + path);
        const figure = page.locator('figure.figure').first();
        await figure.scrollIntoViewIfNeeded();
        const name = path.replace(/^modules\/|\.html$/g, '');
        await page.screenshot({ path: `${SHOTS}/figure-${name}-${width}-${colorScheme}.png` });
      }
      await page.close();
    }
  });
});

describe('photos and recordings in the fixture course', () => {
  it('serve a photo from a hashed file with its size, lazily, and play local media with captions', async () => {
    const page = await browser.newPage();
    const requests = await open(page, `${fixture.url}modules/welkom.html`, []);
    const img = page.locator('figure img.figure__image');
    expect(await img.getAttribute('src')).toMatch(/^\.\.\/_astro\/kring\.[\w-]+\.png$/);
    expect([await img.getAttribute('width'), await img.getAttribute('height')]).toEqual(['240', '160']);
    expect(await img.getAttribute('loading')).toBe('lazy');
    expect(await img.getAttribute('alt')).toBe('Zes stoelen in een kring rond een lage ronde tafel');
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBe(240);

    const video = page.locator('video.media__player');
    expect(await video.locator('source').getAttribute('src')).toMatch(/^\.\.\/_astro\/welkom\.[\w-]+\.webm$/);
    expect(await video.locator('track').getAttribute('kind')).toBe('captions');
    await video.evaluate((v) => (v as HTMLVideoElement).load());
    await expect
      .poll(() => video.evaluate((v) => (v as HTMLVideoElement).textTracks[0]?.cues?.length ?? 0), { timeout: 20_000 })
      .toBe(1);
    const audio = page.locator('audio.media__player');
    await audio.evaluate((a) => (a as HTMLAudioElement).load());
    await expect
      .poll(() => audio.evaluate((a) => (a as HTMLAudioElement).readyState), { timeout: 20_000 })
      .toBeGreaterThan(0);
    expect(await page.locator('figure.media details summary').last().textContent()).toBe('Uitgeschreven tekst');
    expect(requests.filter((r) => !r.startsWith(fixture.url))).toEqual([]);
    await page.close();
  });
});
