import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/static-server.ts';

// The real course (five parts, one longer than the outline's window), served from a deep sub-path
// and opened from a folder: what every page repeats stays small, and progress stays whole.
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
const site = inject('realSiteDir');

beforeAll(async () => {
  server = await serveStatic(site, '/lms/pakketten/7/cursus/');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Parts = { id: string; modules: string[] }[];

/** Opens a page and waits for the runtime; collects failed requests and script errors in `failures`. */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.classList.contains('js'));
}
function watch(page: Page): string[] {
  const failures: string[] = [];
  page.on('response', (r) => r.status() >= 400 && failures.push(`${r.status()} ${r.url()}`));
  page.on('requestfailed', (r) => failures.push(`failed ${r.url()}`));
  page.on('pageerror', (e) => failures.push(e.message));
  return failures;
}
const parts = (page: Page) =>
  page.evaluate(() => window.__COURSE__.parts.map((p) => ({ id: p.id, modules: p.modules })));
const outlineModules = (page: Page) =>
  page.$$eval('.outline [data-module-item]', (items) => items.map((i) => (i as HTMLElement).dataset.moduleItem!));

describe('the outline and the parts', () => {
  it('a module page lists only the modules around it in its own part, and links the other parts', async () => {
    const page = await browser.newPage();
    const failures = watch(page);
    await open(page, `${server.url}index.html`);
    const all: Parts = await parts(page);
    const long = all.find((p) => p.modules.length > 9)!;
    expect(long, 'the real course has a part longer than the outline window').toBeDefined();
    const current = long.modules[Math.floor(long.modules.length / 2)]!;
    await open(page, `${server.url}modules/${current}.html`);

    const shown = await outlineModules(page);
    expect(shown).toContain(current);
    expect(shown.length).toBe(9);
    expect(shown.every((id) => long.modules.includes(id))).toBe(true);
    expect(await page.locator('.outline [aria-current="page"]').getAttribute('href')).toBe(`./${current}.html`);
    // The hidden rest of the part is one link away, and so is every other part.
    const more = page.locator('.outline .outline__more a');
    expect(await more.count()).toBeGreaterThan(0);
    for (const href of await more.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      expect(href).toBe(`../delen/${long.id}.html`);
    const partLinks = await page.$$eval('.outline .outline__part', (as) => as.map((a) => a.getAttribute('href')));
    expect(partLinks).toEqual(all.map((p) => `../delen/${p.id}.html`));

    await page.locator('.outline .outline__more a').first().click();
    await page.waitForFunction(() => document.documentElement.dataset.page === 'part');
    expect(await page.$$eval('main [data-module-item]', (items) => items.length)).toBe(long.modules.length);
    expect(failures).toEqual([]);
    await page.close();
  });

  it('the home page counts modules of every part visited, and continues at the last one by its title', async () => {
    const page = await browser.newPage();
    const failures = watch(page);
    await open(page, `${server.url}index.html`);
    const all: Parts = await parts(page);
    const [a, b] = [all[0]!, all.at(-1)!];
    const visits = [a.modules[0]!, a.modules[1]!, b.modules.at(-1)!];
    for (const id of visits) await open(page, `${server.url}modules/${id}.html`);
    const lastTitle = (await page.locator('main h1').textContent())!.trim();

    await open(page, `${server.url}index.html`);
    const total = all.reduce((n, p) => n + p.modules.length, 0);
    expect(await page.locator('[data-progress-summary]').textContent()).toMatch(
      new RegExp(`^3 van ${total} modules bekeken`),
    );
    const perPart = await page.$$eval('main [data-part-item]', (items) =>
      items.map((i) => [(i as HTMLElement).dataset.partItem, i.querySelector('[data-part-progress]')!.textContent]),
    );
    expect(perPart).toEqual(
      all.map((p) => [
        p.id,
        `${p.modules.filter((id) => visits.includes(id)).length} van ${p.modules.length} modules bekeken`,
      ]),
    );
    const resume = page.locator('[data-continue]');
    expect(await resume.textContent()).toBe(`Verder waar je gebleven was: ${lastTitle}`);
    expect(await resume.getAttribute('href')).toBe(`modules/${visits[2]}.html`);
    // The part page of the last part marks the visited module too.
    await open(page, `${server.url}delen/${b.id}.html`);
    expect(await page.locator(`main [data-module-item="${visits[2]}"]`).getAttribute('class')).toContain('is-visited');
    expect(failures).toEqual([]);
    await page.close();
  });

  it('works from a folder: outline, part pages, titles loaded on demand, progress', async () => {
    const page = await browser.newPage();
    const failures = watch(page);
    const root = pathToFileURL(`${site}/`).href;
    await open(page, `${root}index.html`);
    const all: Parts = await parts(page);
    const last = all.at(-1)!;
    await open(page, `${root}delen/${last.id}.html`);
    await page.locator('main [data-module-item] a').first().click();
    await page.waitForFunction(
      () => document.documentElement.classList.contains('js') && document.documentElement.dataset.page === 'module',
    );
    const title = (await page.locator('main h1').textContent())!.trim();
    expect(await outlineModules(page)).toEqual(last.modules.slice(0, 9));

    await open(page, `${root}index.html`);
    expect(await page.locator('[data-continue]').textContent()).toBe(`Verder waar je gebleven was: ${title}`);
    expect(await page.locator(`main [data-part-item="${last.id}"] [data-part-progress]`).textContent()).toBe(
      `1 van ${last.modules.length} modules bekeken`,
    );
    expect(failures).toEqual([]);
    await page.close();
  });
});
