/**
 * The "Voor de trainer" page of the real course: every session plan (each file in
 * modules/sessieplannen), the example programme linking to its plans, WCAG 2.2 AA with every plan
 * open, and print: A4, every plan expanded although closed on screen, each plan on a new page.
 * Also a plan inside its module at 320 px and the page found by search.
 */
import { readdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/static-server.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const planIds = readdirSync('modules/sessieplannen')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
beforeAll(async () => {
  server = await serveStatic(inject('realSiteDir'), '/lms/trainer/');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, viewport = { width: 1100, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(server.url + path);
  await page.waitForFunction(() => document.readyState === 'complete');
  return page;
}

describe('the trainer page', () => {
  it('is linked from the home page and lists every session plan once, closed, with the programme linking to its plans', async () => {
    const home = await open('index.html');
    await home.getByRole('link', { name: /^Voor de trainer/ }).click();
    await home.waitForURL(/voor-de-trainer\.html$/);
    expect(await home.locator('meta[name="course-pdf"]').getAttribute('content')).toBe('voor-de-trainer.pdf');
    // The build printed the page beside it, and the page links to that PDF.
    const pdfLink = home.getByRole('link', { name: 'Download pdf (A4)' });
    expect(await pdfLink.getAttribute('href')).toBe('voor-de-trainer.pdf');
    const pdf = await fetch(new URL('voor-de-trainer.pdf', home.url()));
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const shown = await home.$$eval('[data-session-plan]', (els) =>
      els.map((e) => e.getAttribute('data-session-plan')),
    );
    expect([...shown].sort()).toEqual(planIds);
    expect(await home.locator('details.session-plan[open]').count()).toBe(0);
    const programme = await home.$$eval('.trainer-programme li a', (as) => as.map((a) => a.getAttribute('href')));
    expect(programme.length).toBeGreaterThan(0);
    for (const href of programme) expect(await home.locator(`[id="${href!.slice(1)}"]`).count()).toBe(1);
    await home.close();
  });

  it('passes the WCAG 2.2 AA rules of axe with every plan open', async () => {
    const page = await open('voor-de-trainer.html');
    await page.$$eval('details', (ds) => {
      for (const d of ds) (d as HTMLDetailsElement).open = true;
    });
    const result = await new AxeBuilder({ page }).setLegacyMode(true).withTags(WCAG).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.close();
  });

  it('prints on A4 with every plan expanded and each plan on a new page', async () => {
    const page = await open('voor-de-trainer.html');
    expect(await page.locator('.session-plan__body').first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    const bodies = page.locator('.session-plan__body');
    expect(await bodies.count()).toBe(planIds.length);
    for (let i = 0; i < planIds.length; i++) expect(await bodies.nth(i).isVisible()).toBe(true);
    // A plan starts a page itself, or is the first of a section that starts one (below its heading).
    const onNewPage = await page.$$eval('.trainer-plan', (els) =>
      els.map((e) => {
        const first = e.parentElement!.querySelector('.trainer-plan') === e;
        const own = getComputedStyle(e).breakBefore === 'page';
        return own || (first && getComputedStyle(e.parentElement!).breakBefore === 'page');
      }),
    );
    expect(onNewPage).toEqual(planIds.map(() => true));
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
      Math.round(Number(m[1])),
      Math.round(Number(m[2])),
    ]);
    expect(boxes.length).toBeGreaterThanOrEqual(planIds.length);
    expect(boxes.every(([w, h]) => w === 595 && h === 842)).toBe(true);
    await page.close();
  });
});

describe('a session plan in its module', () => {
  it('opens by keyboard, fits 320 px without sideways scrolling and passes axe', async () => {
    const page = await open('modules/contracteren.html', { width: 320, height: 800 });
    const summary = page.locator('details.session-plan > summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('details.session-plan').getAttribute('open')).not.toBeNull();
    expect(await page.locator('.session-plan__steps th[scope="row"]').first().textContent()).toContain('0:00–0:10');
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    expect(wide).toBe(false);
    const result = await new AxeBuilder({ page }).setLegacyMode(true).withTags(WCAG).include('.session-plan').analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);
    await page.close();
  });
});

describe('search', () => {
  it('finds the trainer page by a word that only the plans use', async () => {
    const page = await open('zoeken.html');
    await page.waitForFunction(() => document.documentElement.classList.contains('js'));
    await page.getByLabel('Zoekterm').fill('zintuigentafel');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-search-results] li a');
    const hrefs = await page.$$eval('[data-search-results] li a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(
      hrefs.some((h) => h.includes('voor-de-trainer.html')),
      hrefs.join('\n'),
    ).toBe(true);
    await page.close();
  });
});
