import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { completeCourse } from '../helpers/complete-course.ts';
import { serveStatic } from '../helpers/static-server.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
beforeAll(async () => {
  server = await serveStatic(inject('siteDir'), '/intranet/e-learning/lotgenoten/');
  browser = await launchChromium();
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
const ready = (page: Page) => page.waitForFunction(() => document.documentElement.classList.contains('js'));

describe('search', () => {
  it('finds modules by a Dutch word form and links to the matching heading', async () => {
    // The fixture's module `grenzen` says "kringgesprek" under a heading; the plural must find it.
    const page = await browser.newPage();
    await page.goto(`${server.url}index.html`);
    await page.getByRole('link', { name: 'Zoeken' }).click();
    await page.getByLabel('Zoekterm').fill('kringgesprekken');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-search-results] li a');
    const first = await page.locator('[data-search-results] li a').first().getAttribute('href');
    expect(first).toContain('/intranet/e-learning/lotgenoten/modules/');
    expect(await page.locator('[data-search-results] mark').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/^\d+ ×/);
    const anchored = (
      await page.$$eval('[data-search-results] li a', (as) => as.map((a) => (a as HTMLAnchorElement).href))
    ).find((h) => h.includes('#'))!;
    await page.goto(anchored);
    const id = decodeURIComponent(new URL(anchored).hash.slice(1));
    expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
    await page.close();
  });
});

describe('print', () => {
  it('prints a module without navigation, with quiz questions and room for answers, and links spelled out', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}modules/veiligheid.html`);
    await ready(page);
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) => page.$eval(selector, (el) => getComputedStyle(el).display !== 'none');
    expect(await shown('.site-header')).toBe(false);
    expect(await shown('.outline')).toBe(false);
    expect(await shown('.pager')).toBe(false);
    expect(await shown('[data-note-body]')).toBe(true);
    expect(await shown('.question__fields')).toBe(true);
    expect(await shown('.quiz__actions')).toBe(false);
    expect(await page.$eval('.reflection textarea', (t) => t.getBoundingClientRect().height)).toBeGreaterThan(100);
    await page.close();
  });

  it('renders the whole-course handout as a PDF, each module from a new page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}handout.html`);
    await ready(page);
    const pdf = await page.pdf({ path: 'test-results/handout.pdf', format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    const modules = await page.evaluate(() => window.__COURSE__.modules.length);
    expect(await page.locator('.handout-module').count()).toBe(modules);
    expect(pages).toBeGreaterThan(modules);
    await page.close();
  });
});

describe('certificate', () => {
  it('says what is missing, then, once the course is complete, shows a certificate with the learner’s name', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}certificaat.html`);
    await ready(page);
    const missing = await page.locator('[data-certificate-missing] li').count();
    const modules = await page.evaluate(() => window.__COURSE__.modules.length);
    expect(missing).toBeGreaterThan(modules);
    expect(await page.locator('[data-certificate-done]').isVisible()).toBe(false);

    await completeCourse(page, server.url);
    await page.goto(`${server.url}certificaat.html`);
    await ready(page);
    expect(await page.locator('[data-certificate-missing]').isVisible()).toBe(false);
    await page.getByLabel('Jouw naam (voor op het certificaat)').fill('Samira de Vries');
    const text = await page.locator('.certificate').innerText();
    expect(text).toContain('Samira de Vries');
    expect(text).toContain(await page.evaluate(() => window.__COURSE__.title));
    expect(text).toMatch(/Studiebelasting: [\d,]+ uur/);
    expect(text).toMatch(/(Score eindtoets|Gemiddelde toetsscore): 100%/);
    const today = new Intl.DateTimeFormat('nl', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
    expect(text).toContain(`Afgerond op ${today}`);
    await page.reload();
    await ready(page);
    expect(await page.locator('[data-cert-name]').textContent()).toBe('Samira de Vries');
    await page.emulateMedia({ media: 'print' });
    expect(await page.$eval('.site-header', (el) => getComputedStyle(el).display)).toBe('none');
    await page.close();
  });
});
