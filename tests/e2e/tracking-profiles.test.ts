import { describe, expect, inject, it } from 'vitest';
import { completeCourse } from '../helpers/complete-course.ts';
import { launchInHarness, type Harness } from './lms-harness.ts';
import {
  coursePage,
  courseFacts,
  noticeText,
  openModule,
  storedInteractions,
  takeQuiz,
  V,
  waitForStored,
  watchSubmit,
  trackingSuite,
} from './tracking-journey.ts';

// The LMS quirks course teams meet in the field (src/preview-lms/profiles.js), each played with the
// real course in both versions: progress, quiz results and the final status still reach the LMS.
let h: Harness | undefined;
const suite = trackingSuite('LMS profiles (tests/e2e/tracking-profiles.test.ts)', () => h);

describe.each(['1.2', '2004'] as const)('LMS profiles, SCORM %s', (version) => {
  const v = V[version];
  const launch = async (profile: string, commitMs?: number) => {
    h = await launchInHarness({
      zipPath: inject(version === '1.2' ? 'zip12' : 'zip2004'),
      version,
      browser: suite.browser,
      lms: { profile, commitMs },
    });
    const frame = await coursePage(h);
    return { frame, facts: await courseFacts(frame) };
  };

  it.each(['no-lesson-mode', 'no-interactions-count'])(
    '%s: the final test and its answers reach the LMS',
    async (profile) => {
      const { frame, facts } = await launch(profile);
      await openModule(frame, facts.scoreModule!);
      await takeQuiz(frame, facts.scoreQuiz!);
      await waitForStored(
        h!,
        `stored['cmi.interactions.5.result'] !== undefined && stored['${v.location}'] === arg`,
        facts.scoreModule,
      );
      const stored = await h!.lms.stored();
      const answers = Object.keys(storedInteractions(stored)).length;
      expect(answers).toBeGreaterThanOrEqual(6); // the fixture's final test asks 7 graded questions
      expect(await noticeText(h!)).toBe('');
      expect((await h!.lms.calls()).filter((c) => /SetValue/.test(c.fn) && c.result === 'false')).toEqual([]);
      suite.figures.push({
        fault: `profile ${profile}`,
        version,
        lms: `${answers} interactions, location`,
        notice: '',
      });
    },
  );

  it('score-before-status: a finished course reports its score first, so the LMS takes the status', async () => {
    const { frame } = await launch('score-before-status');
    await completeCourse(frame, new URL('.', frame.url()).href);
    await waitForStored(h!, `stored['${version === '1.2' ? v.status : 'cmi.success_status'}'] === 'passed'`);
    const refused = (await h!.lms.calls()).filter((c) => c.result === 'false');
    expect(refused).toEqual([]);
    expect((await h!.lms.stored())![v.raw]).toBe('100');
    suite.figures.push({
      fault: 'profile score-before-status',
      version,
      lms: 'passed, score 100',
      notice: await noticeText(h!),
    });
  }, 240_000);

  it('slow-commit (1.5 s per Commit): every commit blocks as configured, and the quiz result still arrives', async () => {
    const { frame, facts } = await launch('slow-commit', 1500);
    await openModule(frame, facts.quizModule);
    // The visit's commit first (a click during a 1.5 s synchronous commit waits for it, as in ILIAS).
    await waitForStored(h!, `stored['${v.location}'] === arg`, facts.quizModule);
    const before = String((await h!.lms.stored())!['cmi.suspend_data']);
    await watchSubmit(frame, facts.quiz);
    await takeQuiz(frame, facts.quiz);
    await frame.waitForFunction(() => (window as any).__submit.feedbackMs !== undefined);
    const feedback = Math.round(await frame.evaluate(() => (window as any).__submit.feedbackMs));
    await waitForStored(h!, `String(stored['cmi.suspend_data']) !== arg`, before);
    const commits = (await h!.lms.calls()).filter((c) => /Commit/.test(c.fn));
    expect(commits.every((c) => (c.ms ?? 0) >= 1500)).toBe(true);
    // Not asserted (see the report of issue 13): the feedback should paint before the first slow
    // commit, but in 1.2 the commit task can run before the next frame (measured 20–1,550 ms).
    suite.figures.push({
      fault: 'profile slow-commit (1.5 s)',
      version,
      lms: 'location and quiz result',
      notice: await noticeText(h!),
      extra: `click→feedback painted ${feedback} ms; ${commits.length} commits`,
    });
  });
});
