/**
 * Worksheets on the real course (the fixture course has none): a PDF per sheet, A4, in the site and in
 * both packages; linked from its module and the Materialen page; the page passes axe; what a learner fills
 * in survives a reload, prints, can be cleared, and never reaches the LMS (preview LMS, SCORM 1.2 and 2004).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { unzipSync } from 'fflate';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readCourseFiles } from '../../src/course/source/read-course.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { launchInHarness } from './lms-harness.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const A4 = { width: 595.28, height: 841.89 };
const siteDir = inject('realSiteDir');
// The sheets and their modules as written (the real course is the repository's own).
const sheets = readCourseFiles('.').worksheets.map((w) => ({
  id: w.id,
  module: (w.data as { module: string }).module,
}));
const zipOf = (kind: string) =>
  join(siteDir, readdirSync(siteDir).find((f) => f.endsWith('.zip') && f.includes(kind))!);

/** The size of every page of a PDF, from its `/MediaBox` entries (Chromium writes one per page). */
function pageSizes(pdf: Buffer): { width: number; height: number }[] {
  const text = pdf.toString('latin1');
  expect(text.startsWith('%PDF-')).toBe(true);
  return [...text.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => ({
    width: Number(m[3]) - Number(m[1]),
    height: Number(m[4]) - Number(m[2]),
  }));
}

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
beforeAll(async () => {
  server = await serveStatic(siteDir, '/lms/content/7/');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url)) problems.push(`external request ${r.url()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  page.on('pageerror', (e) => problems.push(e.message));
  (page as Page & { problems: string[] }).problems = problems;
  await page.goto(server.url + path);
  return page;
}
const problemsOf = (page: Page) => (page as Page & { problems: string[] }).problems;

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG)
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the worksheets of the course', () => {
  it('are the seven sheets of the course, each shown by its module', () => {
    expect(sheets.map((s) => s.id).sort()).toEqual([
      'evaluatie-bijeenkomst',
      'grenzenkaart',
      'levenswiel',
      'nabespreking-secundaire-traumatisering',
      'netwerkkaart',
      'seksuele-rechten',
      'sessieplan-sjabloon',
    ]);
  });

  it('each have a page and an A4 PDF in the site and in both SCORM packages', () => {
    const zips = ['scorm12', 'scorm2004'].map((kind) => Object.keys(unzipSync(readFileSync(zipOf(kind)))));
    for (const { id } of sheets) {
      const sizes = pageSizes(readFileSync(join(siteDir, 'werkbladen', `${id}.pdf`)));
      expect(sizes.length, id).toBeGreaterThan(0);
      for (const size of sizes) {
        expect(Math.abs(size.width - A4.width), `${id} width ${size.width}`).toBeLessThan(1.5);
        expect(Math.abs(size.height - A4.height), `${id} height ${size.height}`).toBeLessThan(1.5);
      }
      for (const files of zips)
        expect(files).toEqual(expect.arrayContaining([`werkbladen/${id}.html`, `werkbladen/${id}.pdf`]));
    }
  });

  it('are listed on the Materialen page in course order, linked from every page, with working links', async () => {
    const home = await open('index.html');
    await home.getByRole('link', { name: 'Materialen' }).click();
    await home.waitForURL(/materialen\.html$/);
    const order = await home.evaluate(() => window.__COURSE__.modules.map((m) => m.id));
    const expected = [...sheets].sort((a, b) => order.indexOf(a.module) - order.indexOf(b.module)).map((s) => s.id);
    const items = home.locator('.materials__item');
    const listed = await items.evaluateAll((lis) =>
      lis.map((li) => [...li.querySelectorAll('a')].map((a) => (a as HTMLAnchorElement).href)),
    );
    expect(listed.map((links) => links[0]!.match(/werkbladen\/([a-z-]+)\.html$/)?.[1])).toEqual(expected);
    for (const links of listed) {
      expect(links.some((href) => href.endsWith('.pdf'))).toBe(true);
      for (const href of links) {
        const response = await home.request.get(href);
        expect(response.status(), href).toBe(200);
        if (href.endsWith('.pdf')) expect(response.headers()['content-type']).toBe('application/pdf');
      }
    }
    expect(await axe(home)).toEqual([]);
    expect(problemsOf(home)).toEqual([]);
    await home.close();
  });

  it('show in their module with links to the sheet’s page and PDF, and the sheet to fill in, without axe violations', async () => {
    const page = await open('modules/levenswielmethodiek.html');
    const inline = page.locator('.ws-inline');
    await expect.poll(() => inline.count()).toBe(1);
    const open_ = inline.getByRole('link', { name: 'Open als los werkblad' });
    const pdf = inline.getByRole('link', { name: 'Download pdf (A4)' });
    expect(await open_.getAttribute('href')).toBe('../werkbladen/levenswiel.html');
    expect(await pdf.getAttribute('href')).toBe('../werkbladen/levenswiel.pdf');
    expect((await page.request.get(new URL('../werkbladen/levenswiel.pdf', page.url()).href)).status()).toBe(200);
    await inline.getByText('Hier invullen').click();
    await expect.poll(() => inline.getByLabel('Wat ga ik doen, en wanneer?').isVisible()).toBe(true);
    expect(await axe(page)).toEqual([]);
    expect(problemsOf(page)).toEqual([]);
    await page.close();
  });

  it('on its own page passes axe in light and dark, without the site’s navigation and without tracking code', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open('werkbladen/grenzenkaart.html');
      await page.emulateMedia({ colorScheme });
      expect(await page.locator('.site-header, .outline').count()).toBe(0);
      const scripts = await page.$$eval('script[src]', (s) => s.map((e) => e.getAttribute('src')));
      expect(scripts).toEqual(['../runtime/worksheet.js']);
      expect(await page.locator('meta[name="course-pdf"]').getAttribute('content')).toBe('./grenzenkaart.pdf');
      expect(await axe(page), colorScheme).toEqual([]);
      expect(problemsOf(page)).toEqual([]);
      await page.close();
    }
  });

  it('keeps what the learner fills in on the device, through a reload; prints it; and clears it on request', async () => {
    const page = await open('werkbladen/levenswiel.html');
    const step = page.getByLabel('Wat ga ik doen, en wanneer?');
    await step.fill('Woensdag bel ik de woningcorporatie.');
    await page.getByRole('group', { name: 'Wonen' }).getByLabel('4').check();
    await page.getByRole('status').filter({ hasText: 'Opgeslagen op dit apparaat.' }).waitFor();
    await page.reload();
    await expect.poll(() => step.inputValue()).toBe('Woensdag bel ik de woningcorporatie.');
    expect(await page.getByRole('group', { name: 'Wonen' }).getByLabel('4').isChecked()).toBe(true);
    // The same answers show where the module shows the sheet.
    const module = await browser.newPage({ storageState: await page.context().storageState() });
    await module.goto(`${server.url}modules/levenswielmethodiek.html`);
    await module.locator('.ws-inline').getByText('Hier invullen').click();
    await expect
      .poll(() => module.locator('.ws-inline').getByLabel('Wat ga ik doen, en wanneer?').inputValue())
      .toBe('Woensdag bel ik de woningcorporatie.');
    await module.close();

    await page.emulateMedia({ media: 'print' });
    expect(await step.isVisible()).toBe(false);
    const printed = page.locator('.ws-field', { has: step }).locator('[data-ws-print]');
    expect(await printed.isVisible()).toBe(true);
    expect(await printed.textContent()).toBe('Woensdag bel ik de woningcorporatie.');
    await page.emulateMedia({ media: 'screen' });

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Wissen' }).click();
    await page.getByRole('status').filter({ hasText: 'Alles op dit werkblad is gewist.' }).waitFor();
    await page.reload();
    await page.waitForFunction(() => document.documentElement.classList.contains('js-sheet'));
    expect(await step.inputValue()).toBe('');
    expect(
      await page.evaluate(() =>
        Object.keys(localStorage)
          .filter((k) => k.endsWith(':worksheets'))
          .map((k) => localStorage.getItem(k)),
      ),
    ).toEqual(['{}']);
    await page.close();
  });
});

describe.each(['1.2', '2004'] as const)('worksheets in an LMS, SCORM %s', (version) => {
  it('stay on the device: nothing the learner fills in is sent to the LMS', async () => {
    const h = await launchInHarness({ zipPath: zipOf(version === '1.2' ? 'scorm12' : 'scorm2004'), version, browser });
    try {
      const launch = h.content();
      await launch.waitForSelector('[data-course-frame]');
      const frame = (await (await launch.$('[data-course-frame]'))!.contentFrame()) as Frame;
      await frame.waitForFunction(() => document.documentElement.classList.contains('js'));
      await frame.goto(new URL('modules/levenswielmethodiek.html', frame.url()).href);
      await frame.waitForFunction(() => document.documentElement.classList.contains('js'));
      const secret = `Mijn geheime stap ${version}`;
      await frame.locator('.ws-inline').getByText('Hier invullen').click();
      await frame.locator('.ws-inline').getByLabel('Wat ga ik doen, en wanneer?').fill(secret);
      await frame.locator('.ws-inline').getByLabel('Wat ga ik doen, en wanneer?').blur();
      await frame.getByRole('status').filter({ hasText: 'Opgeslagen op dit apparaat.' }).waitFor();
      expect(await frame.evaluate(() => JSON.stringify({ ...localStorage }))).toContain(secret);
      await h.lms.exit();
      const calls = JSON.stringify(await h.lms.calls());
      // The visit did reach the LMS (so the LMS was listening), the sheet's text did not.
      expect(calls).toContain('SetValue');
      expect(JSON.stringify(await h.lms.sessions())).toContain('levenswielmethodiek');
      expect(calls).not.toContain(secret);
      expect(JSON.stringify(await h.lms.sessions())).not.toContain(secret);
      expect(h.failedRequests).toEqual([]);
    } finally {
      await h.close();
    }
  });
});
