import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/static-server.ts';

// A module and its quiz with every question type, taken with the keyboard alone.
const MODULE = 'modules/eindtoets.html';
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let page: Page;
beforeAll(async () => {
  server = await serveStatic(inject('siteDir'), '/kb/');
  browser = await launchChromium();
  page = await browser.newPage({ reducedMotion: 'reduce' });
  await page.goto(server.url + MODULE);
  await page.waitForFunction(() => document.documentElement.classList.contains('js'));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const active = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      text: (el.textContent ?? '').trim().slice(0, 60),
      outline: style.outlineStyle,
      outlineWidth: style.outlineWidth,
    };
  });

/** Presses Tab until the focused element matches `selector`; fails instead of looping for ever. */
async function tabTo(selector: string, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

type Spec = {
  id: string;
  type: string;
  correct?: number | number[];
  answer?: boolean;
  accepted?: string[];
  base: string;
  rightOrder?: number[];
};

describe('keyboard only', () => {
  it('starts with a visible skip link that moves focus to the main content', async () => {
    await page.keyboard.press('Tab');
    const first = await active();
    expect(first.text).toBe('Naar de inhoud');
    expect(first.outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect((await active()).id).toBe('inhoud');
  });

  it('has landmarks and headings in order', async () => {
    const structure = await page.evaluate(() => ({
      landmarks: ['header', 'nav', 'main', 'footer'].map((t) => document.querySelectorAll(t).length),
      levels: [...document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')].map((h) =>
        Number(h.tagName[1]),
      ),
    }));
    expect(structure.landmarks.every((n) => n > 0)).toBe(true);
    expect(structure.levels[0]).toBe(1);
    structure.levels.forEach((level, i) => {
      if (i > 0) expect(level).toBeLessThanOrEqual(structure.levels[i - 1]! + 1);
    });
  });

  it('answers every question type and hears the result', async () => {
    const specs = await page.$eval('course-quiz', (quiz) => {
      const list = JSON.parse(quiz.querySelector('[data-grading]')!.textContent!) as Spec[];
      return list.map((s) => ({ ...s, base: `${(quiz as HTMLElement).dataset.quizId}-${s.id}` }));
    });
    // DOM order, which the quiz may have shuffled.
    const order = await page.$$eval('course-quiz [data-question-id]', (els) =>
      els.map((e) => (e as HTMLElement).dataset.questionId!),
    );
    const types = new Set(specs.map((s) => s.type));
    expect([...types].sort()).toEqual(['matching', 'multiple', 'ordering', 'single', 'text', 'truefalse']);
    for (const id of order) {
      const spec = specs.find((s) => s.id === id);
      if (!spec) continue; // ungraded reflection prompt
      const q = `[data-question-id="${id}"]`;
      if (spec.type === 'single' || spec.type === 'truefalse') {
        await tabTo(`${q} input[type=radio]`);
        const radios = await page.$$eval(`${q} input[type=radio]`, (els) =>
          els.map((e) => (e as HTMLInputElement).value),
        );
        const target = radios.indexOf(spec.type === 'single' ? String(spec.correct) : String(spec.answer));
        const at = radios.indexOf(await page.evaluate(() => (document.activeElement as HTMLInputElement).value));
        if (target === at) await page.keyboard.press('Space');
        for (let i = at; i < target; i++) await page.keyboard.press('ArrowDown');
      }
      if (spec.type === 'multiple') {
        const boxes = await page.$$eval(`${q} input[type=checkbox]`, (els) =>
          els.map((e) => Number((e as HTMLInputElement).value)),
        );
        for (const value of boxes) {
          await tabTo(`${q} input[type=checkbox][value="${value}"]`);
          if ((spec.correct as number[]).includes(value)) await page.keyboard.press('Space');
        }
      }
      if (spec.type === 'matching' || spec.type === 'ordering') {
        const attr = spec.type === 'matching' ? 'data-left' : 'data-item';
        const selects = await page.$$eval(
          `${q} select`,
          (els, a) =>
            els.map((e) => ({
              key: e.getAttribute(a)!,
              options: [...(e as HTMLSelectElement).options].map((o) => o.value),
            })),
          attr,
        );
        for (const { key, options } of selects) {
          await tabTo(`${q} select[${attr}="${key}"]`);
          // The right answer for left i is right i; for item i it is position i.
          const steps = options.indexOf(key);
          for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
          expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)).toBe(key);
        }
      }
      if (spec.type === 'text') {
        await tabTo(`${q} input[type=text]`);
        await page.keyboard.type(`  ${spec.accepted![0]!.toUpperCase()} `);
      }
    }
    await tabTo('course-quiz [data-check]');
    expect((await active()).outline).not.toBe('none');
    await page.keyboard.press('Enter');
    const result = await page.waitForSelector('[data-result][data-passed]');
    expect(await result.getAttribute('role')).toBe('status');
    expect(await result.getAttribute('aria-live')).toBe('polite');
    expect(await page.evaluate(() => document.activeElement?.matches('[data-result]'))).toBe(true);
    expect(await result.textContent()).toMatch(/100%.*Geslaagd/);
    const verdicts = await page.$$eval('[data-feedback]:not([hidden]) [data-verdict]', (els) =>
      els.map((e) => e.textContent),
    );
    expect(verdicts.length).toBe(specs.length);
    expect(new Set(verdicts)).toEqual(new Set(['Goed.']));
  });

  it('lets focus leave the quiz and reach the end of the page: no keyboard trap', async () => {
    await tabTo('.site-footer a', 200);
    await tabTo('.skip-link', 200); // wraps round to the start of the page
  });
});
