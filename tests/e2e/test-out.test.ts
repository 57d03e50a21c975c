/**
 * Test out ("Wat weet je al?") in Chromium on the fixture course: pass part `basis`'s pre-test, mark
 * the part as vrijgesteld (and undo it), see it in the outline, on the home page and on the
 * certificate, in the standalone site; and in the preview LMS for SCORM 1.2 and 2004, where the
 * tested-out modules count as done and the final test decides passed. axe on the pre-test page with
 * its result and choice showing.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { progressKey } from '../../src/progress/course-data.ts';
import { launchChromium } from '../helpers/browser.ts';
import { answerQuiz } from '../helpers/quiz.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { launchInHarness, type Harness } from './lms-harness.ts';
import { coursePage, openModule, takeQuiz, V, waitForStored } from './tracking-journey.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const MARK = 'Markeer dit deel als vrijgesteld';
const UNDO = 'Vrijstelling ongedaan maken';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let h: Harness | undefined;
beforeAll(async () => {
  server = await serveStatic(inject('siteDir'), '/cursus/');
  browser = await launchChromium();
});
afterEach(async () => {
  await h?.close();
  h = undefined;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const ready = (target: Page | Frame) => target.waitForFunction(() => document.documentElement.classList.contains('js'));
const text = async (target: Page | Frame, selector: string) =>
  ((await target.locator(selector).first().textContent()) ?? '').trim();

/** On the pre-test page: pass it and wait for the result per module. */
async function passPretest(target: Page | Frame) {
  await answerQuiz(target, true);
  await target.waitForSelector('[data-result][data-passed=true]');
  await target.waitForSelector('[data-pretest-result]:not([hidden])');
}

describe('test out in the standalone site', () => {
  it('pass the pre-test, mark the part, undo and mark again, finish: progress and certificate say vrijgesteld', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}index.html`);
    await ready(page);
    await page.getByRole('link', { name: 'Wat weet je al? Doe de voortoets' }).click();
    await ready(page);
    expect(page.url()).toContain('/cursus/voortoets/basis.html');
    // Before passing: no button, the pass mark is named.
    expect(await page.getByRole('button', { name: MARK }).isVisible()).toBe(false);
    expect(await text(page, '[data-test-out-text]')).toContain('80%');

    await passPretest(page);
    // One question per module; the result per module, no answer key and no feedback per question.
    expect(await page.locator('.question:not([hidden])').count()).toBe(2);
    expect(await page.locator('[data-pretest-result] li').allTextContents()).toEqual([
      'Welkom in de groep: 1 van 1 goed',
      'Veiligheid en vertrouwen: 1 van 1 goed',
    ]);
    expect(await page.locator('[data-feedback]:visible, [data-solution]:visible').count()).toBe(0);
    expect(await text(page, '[data-result]')).toContain('Geslaagd voor de voortoets');

    const axe = await new AxeBuilder({ page }).setLegacyMode(true).withTags(WCAG).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await page.getByRole('button', { name: MARK }).click();
    expect(await text(page, '[data-test-out-status]')).toContain('Dit deel staat op vrijgesteld');
    expect(await page.getByRole('button', { name: UNDO }).isVisible()).toBe(true);
    // The outline (the part's own modules): "vrijgesteld" in words, not only another mark.
    expect(await text(page, '[data-module-item="welkom"] [data-visited-label]')).toBe(', vrijgesteld');
    expect(await page.locator('[data-module-item="welkom"].is-tested-out').count()).toBe(1);
    expect(await text(page, '[data-progress-label]')).toContain('2 vrijgesteld');

    await page.goto(`${server.url}index.html`);
    await ready(page);
    expect(await text(page, '[data-part-status="basis"]')).toContain('Vrijgesteld');
    expect(await text(page, '[data-module-item="veiligheid"] [data-visited-text]')).toBe('vrijgesteld');
    // A module not in the part stays unread.
    expect(await text(page, '[data-module-item="grenzen"] [data-visited-text]')).toBe('nog niet bekeken');
    expect(await text(page, '[data-progress-summary]')).toContain('2 vrijgesteld');

    // Undo: the modules count again only when read.
    await page.goto(`${server.url}voortoets/basis.html`);
    await ready(page);
    await page.getByRole('button', { name: UNDO }).click();
    expect(await text(page, '[data-test-out-status]')).toContain('ongedaan gemaakt');
    await page.goto(`${server.url}index.html`);
    await ready(page);
    expect(await page.locator('[data-part-status="basis"]').isHidden()).toBe(true);
    expect(await text(page, '[data-module-item="welkom"] [data-visited-text]')).toBe('nog niet bekeken');

    // Mark again and finish the other part: complete, and the certificate names the tested-out part.
    await page.goto(`${server.url}voortoets/basis.html`);
    await ready(page);
    await page.getByRole('button', { name: MARK }).click();
    for (const id of ['grenzen', 'eindtoets']) {
      await page.goto(`${server.url}modules/${id}.html`);
      await ready(page);
      await answerQuiz(page, true, `course-quiz[data-quiz-id="${id}"]`);
      await page.waitForSelector(`course-quiz[data-quiz-id="${id}"] [data-result][data-passed=true]`);
    }
    await page.goto(`${server.url}certificaat.html`);
    await ready(page);
    expect(await page.locator('[data-certificate-done]').isVisible()).toBe(true);
    expect(await text(page, '[data-cert-tested-out]')).toBe('Vrijgesteld op grond van de voortoets: Deel 1 — De basis');
    // Once complete, the test-out stays (undoing it would take back a finish).
    await page.goto(`${server.url}voortoets/basis.html`);
    await ready(page);
    expect(await page.getByRole('button', { name: UNDO }).isVisible()).toBe(false);
    expect(await text(page, '[data-test-out-text]')).toContain('blijft de vrijstelling staan');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe.each(['1.2', '2004'] as const)('test out in the preview LMS, SCORM %s', (version) => {
  it('tested-out modules count as done; the final test decides passed; suspend_data carries the mark', async () => {
    h = await launchInHarness({ zipPath: inject(version === '1.2' ? 'zip12' : 'zip2004'), version, browser });
    const frame = await coursePage(h);
    const root = new URL('.', frame.url()).href;
    await frame.goto(new URL('voortoets/basis.html', root).href);
    await ready(frame);
    await passPretest(frame);
    await frame.getByRole('button', { name: MARK }).click();
    // The outline may be folded in the LMS's narrow frame: the mark is there all the same.
    await frame.waitForSelector('[data-module-item="welkom"].is-tested-out', { state: 'attached' });
    await openModule(frame, 'grenzen');
    await takeQuiz(frame, 'grenzen');
    // Not complete yet: the final test is never waived.
    const suspend = 'cmi.suspend_data';
    await waitForStored(h, `String(stored[arg.s] ?? '').split('.')[6] === arg.key`, {
      s: suspend,
      key: progressKey('basis'),
    });
    expect((await h.lms.stored())?.[V[version].status]).toBe('incomplete');

    await openModule(frame, 'eindtoets');
    await takeQuiz(frame, 'eindtoets');
    if (version === '1.2') await waitForStored(h, `stored['cmi.core.lesson_status'] === 'passed'`);
    else
      await waitForStored(
        h,
        `stored['cmi.completion_status'] === 'completed' && stored['cmi.success_status'] === 'passed'`,
      );
    const stored = (await h.lms.stored())!;
    const data = String(stored[suspend]);
    // welkom and veiligheid were never opened, yet the course is complete: they count through the test-out.
    expect(data.split('.')[4]).not.toContain(progressKey('welkom'));
    expect(data.length).toBeLessThanOrEqual(1000);
  });
});
