import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame } from 'playwright-core';
import { answerQuiz } from '../helpers/quiz.ts';
import { launchBrowser, launchInHarness, type Harness } from './lms-harness.ts';
import {
  coursePage,
  courseFacts,
  type FigureRow,
  noticeText,
  openModule,
  printFigures,
  V,
  waitForStored,
} from './tracking-journey.ts';

// Issue 13 item 7: a slow LMS (500 ms per API call, blocking like a synchronous request) must not
// freeze the page. Measured: the longest blocked main-thread stretch, click → feedback, and the
// API calls one quiz submit costs (in the click handler itself and in all).
const SLOW_MS = 500;
let browser: Browser;
let h: Harness | undefined;
const figures: FigureRow[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async () => {
  await h?.close();
  h = undefined;
});
afterAll(async () => {
  await browser?.close();
  printFigures(`Slow LMS, ${SLOW_MS} ms per API call (tests/e2e/tracking-slow.test.ts)`, figures);
});

/** Watch the main thread from the harness page (the course frames share it): the largest gap between 10 ms ticks, and long tasks. */
const watchMainThread = (h: Harness) =>
  h.page.evaluate(() => {
    const w = window as any;
    w.__blocked = { maxGap: 0, longest: 0 };
    let last = performance.now();
    w.__blockedTimer = setInterval(() => {
      const now = performance.now();
      w.__blocked.maxGap = Math.max(w.__blocked.maxGap, now - last - 10);
      last = now;
    }, 10);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__blocked.longest = Math.max(w.__blocked.longest, e.duration);
    }).observe({ type: 'longtask' });
  });

/** Time from the click on "check" to the feedback painted, and the API calls made inside the click handler. */
const watchSubmit = (frame: Frame, quiz: string) =>
  frame.evaluate((id) => {
    const w = window as any;
    const el = document.querySelector(`course-quiz[data-quiz-id="${id}"]`)!;
    const calls = () => (window.top as any).__lms.calls.length;
    w.__submit = {};
    el.querySelector('[data-check]')!.addEventListener(
      'click',
      () => Object.assign(w.__submit, { t0: performance.now(), calls0: calls() }),
      { capture: true },
    );
    new MutationObserver((_, observer) => {
      observer.disconnect();
      w.__submit.inHandler = calls() - w.__submit.calls0;
      requestAnimationFrame(() => {
        w.__submit.feedbackMs = performance.now() - w.__submit.t0;
      });
    }).observe(el.querySelector('[data-result]')!, { attributes: true, attributeFilter: ['data-passed'] });
  }, quiz);

describe.each(['1.2', '2004'] as const)('a slow LMS, SCORM %s', (version) => {
  const v = V[version];

  it(`${SLOW_MS} ms per call: feedback at once, no long freeze, and every value still reaches the LMS`, async () => {
    h = await launchInHarness({ zipPath: inject(version === '1.2' ? 'zip12' : 'zip2004'), version, browser });
    const frame = await coursePage(h);
    const facts = await courseFacts(frame);
    await openModule(frame, facts.quizModule);
    await waitForStored(h, `stored['${v.location}'] === arg`, facts.quizModule);
    // Let the queue of the visit drain, then slow the LMS down.
    await h.page.waitForFunction(() => /Commit/.test((window as any).__lms.calls.at(-1)?.fn ?? ''));
    const before = String((await h.lms.stored())!['cmi.suspend_data']);
    await h.lms.slowCalls(SLOW_MS);
    await watchMainThread(h);
    await watchSubmit(frame, facts.quiz);
    const callsBefore = (await h.lms.calls()).length;
    await answerQuiz(frame, true, `course-quiz[data-quiz-id="${facts.quiz}"]`);
    await frame.waitForFunction(() => (window as any).__submit.feedbackMs !== undefined);
    const submit = await frame.evaluate(() => (window as any).__submit);
    // Everything arrives in the end, in later tasks of one call each.
    await h.page.waitForFunction(
      (old) => {
        const l = (window as any).__lms;
        const last = l.calls.at(-1);
        return /Commit/.test(last?.fn ?? '') && last.result === 'true' && l.stored()['cmi.suspend_data'] !== old;
      },
      before,
      { timeout: 60_000 },
    );
    const blocked = await h.page.evaluate(() => {
      clearInterval((window as any).__blockedTimer);
      return (window as any).__blocked;
    });
    const calls = (await h.lms.calls()).length - callsBefore;
    const longest = Math.round(Math.max(blocked.maxGap, blocked.longest));
    figures.push({
      fault: `slow LMS (${SLOW_MS} ms/call)`,
      version,
      lms: 'the quiz result (suspend_data), committed',
      notice: await noticeText(h),
      extra: `feedback ${Math.round(submit.feedbackMs)} ms · longest block ${longest} ms · ${submit.inHandler} calls in the submit handler, ${calls} in all`,
    });
    expect(submit.inHandler).toBe(0);
    expect(submit.feedbackMs).toBeLessThan(SLOW_MS * 2);
    // One call at a time: never the 20 s freeze of a submit path with 41 synchronous calls.
    expect(longest).toBeLessThan(SLOW_MS * 3);
  }, 120_000);
});
