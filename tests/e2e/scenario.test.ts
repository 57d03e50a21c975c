/**
 * The branching scenario of the fixture course (`eerste-ronde` in module `grenzen`): played with the
 * keyboard alone, with focus on each new piece and the live region naming it; passing axe in every
 * state and fitting 320 px; readable as a list without JavaScript; and recorded in the preview LMS as
 * one interaction per play, under SCORM 1.2 and 2004, with the best ending back after a relaunch.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { launchInHarness } from './lms-harness.ts';

const MODULE = 'modules/grenzen.html';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
beforeAll(async () => {
  server = await serveStatic(inject('siteDir'), '/sc/');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Where = Page | Frame;
const scenario = (where: Where) => where.locator('course-scenario[data-scenario-id="eerste-ronde"]');
const focused = (where: Where) =>
  where.evaluate(() => ({
    tag: document.activeElement?.tagName.toLowerCase(),
    text: (document.activeElement?.textContent ?? '').trim(),
    inStage: Boolean(document.activeElement?.closest('[data-stage]')),
  }));

/** Presses Tab until a button in the scenario's stage with `label` has focus, then Enter. */
async function press(page: Page, label: RegExp, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f.tag === 'button' && f.inStage && label.test(f.text)) return page.keyboard.press('Enter');
  }
  throw new Error(`Tab never reached a scenario button ${label}`);
}

const axe = async (page: Page) =>
  (
    await new AxeBuilder({ page }).setLegacyMode(true).include('course-scenario').withTags(WCAG).analyze()
  ).violations.map((v) => `${v.id}: ${v.help}`);

describe('the scenario in the site, keyboard only', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage({ reducedMotion: 'reduce', viewport: { width: 320, height: 800 } });
    await page.goto(server.url + MODULE);
    await page.waitForFunction(() => document.documentElement.classList.contains('js'));
  });
  afterAll(() => page?.close());

  it('shows one situation at a time with its choices as buttons, and fits 320 px', async () => {
    const sc = scenario(page);
    await expect.poll(() => sc.locator('[data-stage] h3').textContent()).toBe('Situatie 1');
    expect(await sc.locator('[data-stage] button').count()).toBe(2);
    expect(await sc.locator('[data-overview]').isVisible()).toBe(false);
    expect(await sc.locator('[data-best]').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axe(page)).toEqual([]);
  });

  it('after a choice shows what happens and why, with focus on it and the live region naming it', async () => {
    await press(page, /pauzeren/);
    const sc = scenario(page);
    const f = await focused(page);
    expect(f.text).toMatch(
      /^Je koos: Je vraagt Sara of ze even wil pauzeren\..*Sara knikt.*Je geeft haar regie terug\./,
    );
    await expect
      .poll(() => sc.locator('[data-announce]').textContent())
      .toBe('Je keuze en wat er gebeurt staan hieronder.');
    expect(await axe(page)).toEqual([]);
    await press(page, /^Verder$/);
    expect((await focused(page)).text).toBe('Situatie 2');
    await expect.poll(() => sc.locator('[data-announce]').textContent()).toBe('Situatie 2. Kies wat je doet.');
  });

  it('ends with the rating in words, keeps the best ending and plays again from the start', async () => {
    await press(page, /nabespreekt/);
    await press(page, /^Verder$/);
    const sc = scenario(page);
    expect((await focused(page)).text).toBe('Afloop: Veilig verder');
    expect(await sc.locator('[data-stage] .scenario__rating').textContent()).toBe('Beoordeling: goed');
    await expect
      .poll(() => sc.locator('[data-announce]').textContent())
      .toBe('Afloop: Veilig verder. Beoordeling: goed.');
    expect(await sc.locator('[data-best]').textContent()).toBe('Beste afloop tot nu toe: goed (1 keer gespeeld).');
    expect(await axe(page)).toEqual([]);
    await press(page, /^Opnieuw spelen$/);
    expect((await focused(page)).text).toBe('Situatie 1');
    // A worse ending later does not lower the best one.
    await press(page, /details/);
    await press(page, /^Verder$/);
    await press(page, /volgende deelnemer/);
    await press(page, /^Verder$/);
    expect((await focused(page)).text).toBe('Afloop: Sara vertrekt');
    await page.reload();
    await page.waitForFunction(() => document.documentElement.classList.contains('js'));
    expect(await scenario(page).locator('[data-best]').textContent()).toBe(
      'Beste afloop tot nu toe: goed (2 keer gespeeld).',
    );
  });
});

describe('the scenario in the dark colour scheme', () => {
  it('passes axe at a situation, after a choice and at an ending', async () => {
    const context = await browser.newContext({ colorScheme: 'dark', reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(server.url + MODULE);
    await page.waitForFunction(() => document.documentElement.classList.contains('js'));
    const sc = scenario(page);
    expect(await axe(page)).toEqual([]);
    await sc.locator('[data-stage] button', { hasText: 'details' }).click();
    expect(await axe(page)).toEqual([]);
    for (const label of [/^Verder$/, /volgende deelnemer/, /^Verder$/])
      await sc.locator('[data-stage] button', { hasText: label }).click();
    expect(await sc.locator('[data-stage] .scenario__rating').textContent()).toBe('Beoordeling: om te heroverwegen');
    expect(await axe(page)).toEqual([]);
    await context.close();
  });
});

describe('the scenario without JavaScript', () => {
  it('is a readable list: every situation, choice, consequence, feedback and ending, with working links', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url + MODULE);
    const sc = scenario(page);
    expect(await sc.locator('[data-overview]').isVisible()).toBe(true);
    expect(await sc.locator('[data-node] > h3').allTextContents()).toEqual(['Situatie 1', 'Situatie 2', 'Situatie 3']);
    expect(await sc.locator('summary').count()).toBe(6);
    expect(await sc.locator('[data-ending] .scenario__rating').allTextContents()).toEqual([
      'Beoordeling: goed',
      'Beoordeling: acceptabel',
      'Beoordeling: om te heroverwegen',
    ]);
    await sc.locator('summary', { hasText: 'pauzeren' }).click();
    const open = sc.locator('details[open]');
    expect(await open.textContent()).toContain('Sara knikt en ademt rustig.');
    expect(await open.textContent()).toContain('Je geeft haar regie terug.');
    const targets = await sc
      .locator('details a')
      .evaluateAll((links) => links.map((a) => Boolean(document.getElementById(a.getAttribute('href')!.slice(1)))));
    expect(targets).toHaveLength(6);
    expect(targets.every(Boolean)).toBe(true);
    await context.close();
  });
});

describe.each(['1.2', '2004'] as const)('the scenario in the preview LMS, SCORM %s', (version) => {
  it('records each play as one interaction with the path and the rating, and keeps the best ending', async () => {
    const h = await launchInHarness({ zipPath: inject(version === '1.2' ? 'zip12' : 'zip2004'), version, browser });
    try {
      const courseFrame = async () => {
        const launch = h.content();
        await launch.waitForSelector('[data-course-frame]');
        const frame = (await (await launch.$('[data-course-frame]'))!.contentFrame())!;
        await frame.waitForFunction(() => document.documentElement.classList.contains('js'));
        return frame;
      };
      let frame = await courseFrame();
      const moduleUrl = new URL(MODULE, new URL('.', frame.url())).href;
      await frame.goto(moduleUrl);
      await frame.waitForFunction(() => document.documentElement.classList.contains('js'));
      const sc = scenario(frame);
      for (const label of [/pauzeren/, /^Verder$/, /zonder iets te zeggen/, /^Verder$/])
        await sc.locator('[data-stage] button', { hasText: label }).click();
      expect(await sc.locator('[data-stage] .scenario__rating').textContent()).toBe('Beoordeling: acceptabel');
      const response = version === '1.2' ? 'student_response' : 'learner_response';
      const interaction = async () => {
        const stored = (await h.lms.stored()) ?? {};
        const n = Object.keys(stored)
          .find((k) => stored[k] === 'scenario.eerste-ronde')
          ?.split('.')[2];
        return n === undefined
          ? null
          : {
              type: stored[`cmi.interactions.${n}.type`],
              response: stored[`cmi.interactions.${n}.${response}`],
              result: stored[`cmi.interactions.${n}.result`],
            };
      };
      await expect.poll(interaction, { timeout: 30_000 }).toEqual({
        type: version === '1.2' ? 'performance' : 'other',
        response: 'stoppen,niets',
        result: 'neutral',
      });
      await h.lms.relaunch();
      frame = await courseFrame();
      await frame.goto(moduleUrl);
      await frame.waitForFunction(() => document.documentElement.classList.contains('js'));
      expect(await scenario(frame).locator('[data-best]').textContent()).toBe(
        'Beste afloop tot nu toe: acceptabel (1 keer gespeeld).',
      );
    } finally {
      await h.close();
    }
  });
});
