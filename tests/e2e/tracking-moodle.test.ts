/**
 * The real course under the preview LMS's Moodle profile (store everything at each commit, exit
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
