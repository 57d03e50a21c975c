import { describe, expect, inject, it } from 'vitest';
import { answerQuiz } from '../helpers/quiz.ts';
import { launchInHarness, type Harness } from './lms-harness.ts';
import {
  coursePage,
  courseFacts,
  noticeText,
  openModule,
  V,
  waitForStored,
  watchMainThread,
  watchSubmit,
  trackingSuite,
} from './tracking-journey.ts';

// Issue 13 item 7: a slow LMS (500 ms per API call, blocking like a synchronous request) must not
// freeze the page. Measured: the longest blocked main-thread stretch, click → feedback, and the
// API calls one quiz submit costs (in the click handler itself and in all).
const SLOW_MS = 500;
let h: Harness | undefined;
const suite = trackingSuite(`Slow LMS, ${SLOW_MS} ms per API call (tests/e2e/tracking-slow.test.ts)`, () => h);

describe.each(['1.2', '2004'] as const)('a slow LMS, SCORM %s', (version) => {
  const v = V[version];

  it(`${SLOW_MS} ms per call: feedback at once, no long freeze, and every value still reaches the LMS`, async () => {
    h = await launchInHarness({
      zipPath: inject(version === '1.2' ? 'zip12' : 'zip2004'),
      version,
      browser: suite.browser,
    });
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
    suite.figures.push({
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
