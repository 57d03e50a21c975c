import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { answerQuiz } from '../helpers/quiz.ts';

// The course served from a deep sub-path, as an LMS or intranet would: a root-absolute URL would 404.
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
const external: string[] = [];

beforeAll(async () => {
  server = await serveStatic(inject('siteDir'), '/org/opleidingen/cursus-2026/');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(page: Page, path: string) {
  await page.goto(server.url + path);
  await page.waitForFunction(() => document.documentElement.classList.contains('js'));
}

describe('a learner takes the course in a browser', () => {
  it('home, a module, a failed and a passed quiz, and progress kept after reloading', async () => {
    const page = await browser.newPage();
    page.on('request', (r) => {
      if (!r.url().startsWith('http://127.0.0.1')) external.push(r.url());
    });
    const failures: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
    });
    page.on('pageerror', (e) => failures.push(e.message));

    await openPage(page, 'index.html');
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.getByRole('link', { name: 'Begin met de cursus' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.page === 'module');
    const moduleUrl = page.url();
    expect(moduleUrl).toContain('/org/opleidingen/cursus-2026/modules/');

    const note = page.getByRole('button', { name: 'Ik wil verder lezen' });
    if (await note.isVisible()) await note.click();

    await answerQuiz(page, false);
    const result = page.locator('[data-result]');
    await expect.poll(() => result.textContent()).toMatch(/Nog niet geslaagd/);
    expect(await page.locator('[data-feedback]:not([hidden])').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-verdict]').first().textContent()).toMatch(/Niet goed|Gedeeltelijk goed/);

    await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await answerQuiz(page, true);
    await expect.poll(() => result.textContent()).toMatch(/100%.*Geslaagd/);
    expect(await page.locator('[data-feedback] [data-verdict]').first().textContent()).toBe('Goed.');

    await page.reload();
    await page.waitForFunction(() => document.documentElement.classList.contains('js'));
    expect(await page.locator('[data-best]').textContent()).toBe('Beste score: 100%');
    await openPage(page, 'index.html');
    expect(await page.locator('[data-progress-summary]').textContent()).toMatch(/^1 van \d+ modules bekeken/);
    expect(await page.locator('[data-continue]').textContent()).toMatch(/Verder waar je gebleven was/);
    expect(failures).toEqual([]);
    expect(external).toEqual([]);
    await page.close();
  });

  it('starts afresh with a notice when the stored progress is damaged', async () => {
    const page = await browser.newPage();
    await openPage(page, 'index.html');
    await page.evaluate(() => localStorage.setItem(`${window.__COURSE__.id}:progress`, 'P1.kapot'));
    await openPage(page, 'index.html');
    await expect.poll(() => page.locator('[data-notices]').textContent()).toMatch(/opnieuw begonnen/);
    expect(await page.locator('[data-progress-summary]').textContent()).toMatch(/^0 van/);
    await page.close();
  });
});
