import { readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { answerQuiz } from '../helpers/quiz.ts';
import { serveStatic } from '../helpers/static-server.ts';

// The other browser tests run on the small fixture course; this one journey runs on the real course,
// so its content (every module, the Dutch search index, the final test) is known to build and work.
const siteDir = inject('realSiteDir');
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
beforeAll(async () => {
  server = await serveStatic(siteDir, '/org/opleidingen/train-de-trainer/');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the real course, in one journey', () => {
  it('home, search by a Dutch word form, a module and its quiz, and the final test with all six question types', async () => {
    const pages = readdirSync(siteDir, { recursive: true }).map(String);
    expect(pages.filter((f) => f.startsWith('modules') && f.endsWith('.html')).length).toBeGreaterThan(40);

    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('http://127.0.0.1')) problems.push(`external request ${r.url()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
    });
    page.on('pageerror', (e) => problems.push(e.message));
    const ready = () => page.waitForFunction(() => document.documentElement.classList.contains('js'));

    await page.goto(`${server.url}index.html`);
    await ready();
    expect(await page.locator('h1').textContent()).toMatch(/^Train de trainer/);
    const modules = await page.evaluate(() => window.__COURSE__.modules.length);
    expect(modules).toBeGreaterThan(40);

    await page.getByRole('link', { name: 'Zoeken' }).click();
    await page.getByLabel('Zoekterm').fill('drama-driehoeken');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-search-results] li a');
    const hrefs = await page.$$eval('[data-search-results] li a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    const module = hrefs.find((h) => h.includes('/modules/drama-driehoek.html'));
    expect(module, hrefs.join('\n')).toBeTruthy();

    await page.goto(module!);
    await ready();
    const note = page.getByRole('button', { name: 'Ik wil verder lezen' });
    if (await note.isVisible()) await note.click();
    await answerQuiz(page, true);
    await expect.poll(() => page.locator('[data-result]').textContent()).toMatch(/100%.*Geslaagd/);

    await page.goto(`${server.url}modules/eindtoets.html`);
    await ready();
    const types = await page.$eval('course-quiz', (quiz) =>
      (JSON.parse(quiz.querySelector('[data-grading]')!.textContent!) as { type: string }[]).map((s) => s.type),
    );
    expect([...new Set(types)].sort()).toEqual(['matching', 'multiple', 'ordering', 'single', 'text', 'truefalse']);
    await answerQuiz(page, true);
    await expect.poll(() => page.locator('[data-result]').textContent()).toMatch(/100%.*Geslaagd/);

    await page.goto(`${server.url}index.html`);
    await ready();
    expect(await page.locator('[data-progress-summary]').textContent()).toMatch(
      new RegExp(`^2 van ${modules} modules bekeken`),
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});
