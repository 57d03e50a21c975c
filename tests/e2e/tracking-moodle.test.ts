import { describe, expect, inject, it } from 'vitest';
import { completeCourse } from '../helpers/complete-course.ts';
import { addTime } from '../../src/preview-lms/lms-rules.js';
import { BEACON_QUOTA } from '../../src/preview-lms/profiles.js';
import { launchInHarness, type Harness, type LmsStore } from './lms-harness.ts';
import { coursePage, courseFacts, noticeText, openModule, takeQuiz, V, trackingSuite } from './tracking-journey.ts';

// Issue 13 under the Moodle profile (Moodle 4.5's player: every store re-sends everything, exit
// stores by sendBeacon under Chromium's 64 KiB quota, restore only after suspend, "passed or
// completed"): three sessions of one learner, both SCORM versions.
let h: Harness | undefined;
const suite = trackingSuite('Moodle profile (tests/e2e/tracking-moodle.test.ts)', () => h);

const exitStores = (stores: LmsStore[], session: number) =>
  stores.filter((s) => s.session === session && s.channel === 'beacon');
const bytes = (stores: LmsStore[]) => stores.map((s) => `${s.fn} ${s.bytes} B${s.sent ? '' : ' REFUSED'}`).join(', ');

describe.each(['1.2', '2004'] as const)('the course in the Moodle profile, SCORM %s', (version) => {
  const v = V[version];
  const terminate = version === '1.2' ? 'LMSFinish' : 'Terminate';

  it('exit stores fit the beacon quota, time adds up, completion waits for the course rule, a finished learner sees it complete', async () => {
    h = await launchInHarness({
      zipPath: inject(version === '1.2' ? 'zip12' : 'zip2004'),
      version,
      browser: suite.browser,
      lms: { profile: 'moodle' },
    });
    // Session 1: a quiz and the final test, then leave.
    let frame = await coursePage(h);
    const facts = await courseFacts(frame);
    const ui = await frame.evaluate(() => window.__UI__);
    await openModule(frame, facts.quizModule);
    await takeQuiz(frame, facts.quiz);
    await openModule(frame, facts.scoreModule!);
    await takeQuiz(frame, facts.scoreQuiz!);
    await h.page.waitForFunction(() => /Commit/.test((window as any).__lms.calls.at(-1)?.fn ?? ''), undefined, {
      timeout: 30_000,
    });
    expect((await h.lms.activity())!.complete).toBe(false); // 3 modules seen: the course rule is not met
    await h.lms.exit();
    const exit1 = exitStores(await h.lms.stores(), 1);
    const finish1 = (await h.lms.calls()).find((c) => c.fn === terminate)!;
    expect([finish1.result, finish1.error]).toEqual(['true', '0']);
    expect(exit1.every((s) => s.sent)).toBe(true);
    expect(exit1.reduce((sum, s) => sum + s.bytes, 0)).toBeLessThan(BEACON_QUOTA / 2); // room to spare
    const total1 = String((await h.lms.stored())![v.total]);
    expect(total1).not.toMatch(/^(PT0S|00:00:00)$/);
    expect((await h.lms.activity())!.complete).toBe(false);

    // Session 2: resume and finish the course.
    await h.lms.relaunch();
    frame = await coursePage(h);
    expect(await frame.locator('[data-continue]').first().textContent()).toContain(ui.continueWhereLeft);
    await completeCourse(frame, new URL('.', frame.url()).href);
    await h.page.waitForFunction(() => (window as any).__lms.activity().complete, undefined, { timeout: 30_000 });
    expect(await h.lms.activity()).toEqual({ complete: true, grade: 100 });
    await h.lms.exit();
    const session2 = (await h.lms.sessions()).at(-1) as Record<string, any>;
    const exit2 = exitStores(await h.lms.stores(), 2);
    const finish2 = (await h.lms.calls()).find((c) => c.fn === terminate)!;
    expect([finish2.result, finish2.error]).toEqual(['true', '0']);
    expect(exit2.every((s) => s.sent)).toBe(true);
    const stored2 = (await h.lms.stored())!;
    const sessionTime = String(version === '1.2' ? session2.core.session_time : session2.session_time);
    expect(stored2[v.total]).toBe(addTime(version, total1, sessionTime)); // adds up across sessions

    // Session 3, on another device (no device copy): the finished course, in review mode, sends nothing.
    await h.page.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (!key.startsWith('scorm-preview:')) localStorage.removeItem(key);
    });
    await h.lms.relaunch();
    frame = await coursePage(h);
    expect(
      await h.content().evaluate((api) => (window.parent as any)[api], version === '1.2' ? 'API' : 'API_1484_11'),
    ).toBeTruthy();
    const summary = await frame.locator('[data-progress-summary]').first().textContent();
    expect(summary).toContain(ui.courseComplete);
    const notice3 = await noticeText(h);
    await h.lms.exit();
    const counts = await h.lms.counts();
    expect([counts.SetValue, counts.Commit]).toEqual([0, 0]);
    expect((await h.lms.stored())![v.total]).toBe(stored2[v.total]);
    expect(await h.lms.activity()).toEqual({ complete: true, grade: 100 });
    const exit3 = exitStores(await h.lms.stores(), 3);
    const all = await h.lms.stores();
    expect(all.every((s) => s.sent)).toBe(true);
    const largest = Math.max(...all.map((s) => s.bytes));
    suite.figures.push({
      fault: 'Moodle: 3 sessions',
      version,
      lms: `complete, grade 100, total ${stored2[v.total]}`,
      notice: notice3,
      extra: `exit stores: s1 ${bytes(exit1)}; s2 ${bytes(exit2)}; s3 (review) ${bytes(exit3)}; largest store ${largest} B of ${all.length}`,
    });
  }, 400_000);
});
