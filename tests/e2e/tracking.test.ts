/**
 * Tracking of the real course in Chromium: two tabs, a slow LMS, and the preview LMS's Moodle profile (store everything at each commit, exit
 * stores by beacon under the 64 KiB quota, restore only after `suspend`, "passed or completed"):
 * the activity is done only by the course rule, every store arrives and stays far under the quota,
 * the exit is one store with no Commit before it, and a finished learner's return shows the
 * finished course without undoing anything.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame } from 'playwright-core';
import { completeCourse } from '../helpers/complete-course.ts';
import { answerQuiz } from '../helpers/quiz.ts';
import { launchBrowser, launchInHarness, type Harness } from './lms-harness.ts';

let browser: Browser;
let h: Harness | undefined;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async () => {
  await h?.close();
  h = undefined;
});
afterAll(async () => {
  await browser?.close();
});

const coursePage = async (): Promise<Frame> => {
  const launch = h!.content();
  await launch.waitForSelector('[data-course-frame]');
  const frame = await (await launch.$('[data-course-frame]'))!.contentFrame();
  await frame!.waitForFunction(() => document.documentElement.classList.contains('js'));
  return frame!;
};

describe.each(['1.2', '2004'] as const)('the course in Moodle (profile), SCORM %s', (version) => {
  it('completes only by the course rule, keeps every store small, and stays visible when finished', async () => {
    h = await launchInHarness({
      zipPath: version === '1.2' ? inject('zip12') : inject('zip2004'),
      version,
      browser,
      lms: { profile: 'moodle' },
    });
    let frame = await coursePage();
    const root = new URL('.', frame.url()).href;
    // The final test first, passed: Moodle must not mark the activity done on it.
    await frame.goto(new URL('modules/eindtoets.html', root).href);
    await frame.waitForFunction(() => document.documentElement.classList.contains('js'));
    await answerQuiz(frame, true);
    await frame.waitForSelector('[data-result][data-passed=true]');
    await expect
      .poll(
        async () => Object.keys((await h!.lms.stored()) ?? {}).some((k) => /^cmi\.interactions\.\d+\.id$/.test(k)),
        {
          timeout: 60_000,
        },
      )
      .toBe(true);
    expect((await h.lms.activity())?.complete).toBe(false);

    await completeCourse(frame, root);
    await h.lms.exit();
    const stores = await h.lms.stores();
    expect(stores.filter((s) => !s.sent)).toEqual([]);
    const exit = stores.filter((s) => s.channel === 'beacon');
    // One store at exit (Terminate), no Commit before it.
    expect(exit.map((s) => s.fn)).toEqual(['Terminate']);
    const largest = Math.max(...stores.map((s) => s.bytes));
    expect(largest).toBeLessThan(32 * 1024);
    console.log(
      `SCORM ${version} under the Moodle profile: ${stores.length} stores, largest ${largest} bytes, exit store ${exit[0]!.bytes} bytes`,
    );
    expect(await h.lms.activity()).toEqual({ complete: true, grade: 100 });

    // The finished learner returns (exit `suspend`: Moodle resumes the attempt): the course shows
    // finished, and nothing the session sends undoes the completion or the grade.
    await h.lms.relaunch();
    frame = await coursePage();
    expect(await frame.locator('[data-progress-summary]').textContent()).toMatch(/Je hebt de cursus afgerond\./);
    await h.lms.exit();
    expect(await h.lms.activity()).toEqual({ complete: true, grade: 100 });
    const again = (await h.lms.stores()).slice(stores.length);
    expect(again.filter((s) => !s.sent)).toEqual([]);
    console.log(`SCORM ${version} relaunch of a finished course: ${(await h.lms.counts()).SetValue} SetValue calls`);
  }, 300_000);
});

const ready = (frame: Frame) => frame.waitForFunction(() => document.documentElement.classList.contains('js'));

describe.each(['1.2', '2004'] as const)('two tabs and a slow LMS, SCORM %s', (version) => {
  const zip = () => (version === '1.2' ? inject('zip12') : inject('zip2004'));

  it('a second tab says the course is open elsewhere, takes over on request, and loses nothing', async () => {
    h = await launchInHarness({ zipPath: zip(), version, browser });
    const first = await coursePage();
    const root = new URL('.', first.url()).href;
    const quizModule = await first.evaluate(
      () => window.__COURSE__.modules.find((m) => m.quizzes.length > 0 && m.quizzes[0] !== 'eindtoets')!.href,
    );
    const second = await h.openTab();
    const launch2 = second.content();
    await launch2.waitForSelector('[data-launch-notice]:not([hidden]) button');
    expect(await launch2.locator('[data-launch-notice]').textContent()).toMatch(/al geopend in een ander tabblad/);
    expect(await launch2.locator('[data-course-frame]').getAttribute('src')).toBeNull();
    // The first tab goes on: a quiz passed there must not be lost by the takeover.
    await first.goto(new URL(quizModule, root).href);
    await ready(first);
    const note = first.locator('[data-note-continue]:visible');
    if (await note.count()) await note.click();
    await answerQuiz(first, true);
    await first.waitForSelector('[data-result][data-passed=true]');
    await launch2.getByRole('button', { name: 'Hier verdergaan' }).click();
    await h.content().waitForSelector('[data-launch-notice]:not([hidden])');
    await expect.poll(() => h!.content().locator('[data-launch-notice]').textContent()).toMatch(/ander tabblad/);
    expect(await h.content().locator('[data-course-frame]').count()).toBe(0);
    await launch2.waitForSelector('[data-course-frame][src]');
    const frame2 = await (await launch2.$('[data-course-frame]'))!.contentFrame();
    await ready(frame2!);
    await frame2!.goto(new URL(quizModule, root).href);
    await ready(frame2!);
    expect(await frame2!.locator('[data-best]').first().textContent()).toBe('Beste score: 100%');
    await second.lms.exit();
    expect(String((await second.lms.stored())?.['cmi.suspend_data'])).toMatch(/^P3\./);
  });

  it('a slow LMS (500 ms per call) does not hold up the feedback of a quiz', async () => {
    h = await launchInHarness({ zipPath: zip(), version, browser });
    const frame = await coursePage();
    const root = new URL('.', frame.url()).href;
    const quizModule = await frame.evaluate(
      () => window.__COURSE__.modules.find((m) => m.quizzes.length > 0 && m.quizzes[0] !== 'eindtoets')!.href,
    );
    await frame.goto(new URL(quizModule, root).href);
    await ready(frame);
    const note = frame.locator('[data-note-continue]:visible');
    if (await note.count()) await note.click();
    await h.page.evaluate(() => {
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    const callsBefore = (await h.lms.calls()).length;
    await h.lms.slowCalls(500);
    // Submit, then the time until the feedback is on screen (the next frame after the handler).
    await frame.evaluate(() => {
      const w = window as unknown as { __t: { submit?: number; painted?: number } };
      w.__t = {};
      document.addEventListener(
        'submit',
        () => {
          w.__t.submit = performance.now();
          requestAnimationFrame(() => {
            w.__t.painted = performance.now();
          });
        },
        { capture: true, once: true },
      );
    });
    await answerQuiz(frame, true);
    await frame.waitForFunction(
      () => (window as unknown as { __t: { painted?: number } }).__t.painted !== undefined,
      undefined,
      { timeout: 30_000 },
    );
    const t = await frame.evaluate(() => (window as unknown as { __t: { submit: number; painted: number } }).__t);
    await expect
      .poll(async () => (await h!.lms.calls()).slice(callsBefore).some((c) => /Commit$/.test(c.fn)), {
        timeout: 30_000,
      })
      .toBe(true);
    const calls = (await h.lms.calls())
      .slice(callsBefore)
      .filter((c) => !/GetLastError|GetErrorString|GetDiagnostic/.test(c.fn));
    const longest = Math.max(...(await h.page.evaluate(() => (window as unknown as { __long: number[] }).__long)));
    console.log(
      `SCORM ${version}, 500 ms per call: feedback on screen ${Math.round(t.painted - t.submit)} ms after submit; ${calls.length} LMS calls after it (${calls.map((c) => c.fn).join(', ')}); longest task ${Math.round(longest)} ms`,
    );
    expect(t.painted - t.submit).toBeLessThan(500);
    await h.lms.slowCalls(0);
  });
});
