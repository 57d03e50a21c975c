/**
 * A slow LMS (each API call a synchronous request that blocks the page) must not freeze the quiz:
 * the submit makes no LMS call, and the store runs one call per task afterwards. Set SLOW_LMS_MS
 * (default 50) to measure with another delay, e.g. `SLOW_LMS_MS=500` for the figures in the notes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lmsHost } from '../../../src/runtime/lms-host.ts';
import { LmsSession } from '../../../src/runtime/scorm/session.ts';
import { answers, course, memoryStorage } from './course.ts';
import { fakeApi, type FakeOptions } from './fake-api.ts';

const SLOW_MS = Number(process.env.SLOW_LMS_MS ?? 50);

beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));
afterEach(() => vi.unstubAllGlobals());

async function measure(version: '1.2' | '2004', quizId: string, questions: number) {
  const options: FakeOptions = { initial: { 'cmi.learner_id': 'u1' } };
  const fake = fakeApi(version, options);
  const tasks: { ms: number; calls: number }[] = [];
  let idle: () => void = () => undefined;
  const session = new LmsSession(fake.found, {
    later: (fn, ms) =>
      setTimeout(() => {
        const calls = fake.dataCalls().length;
        const start = performance.now();
        fn();
        tasks.push({ ms: performance.now() - start, calls: fake.dataCalls().length - calls });
        if (fake.calls.at(-1) === 'Commit') idle();
      }, ms),
  });
  session.initialize();
  const host = lmsHost(course(), session, (k) => k);
  await new Promise<void>((resolve) => {
    idle = resolve;
  });
  tasks.length = 0;
  options.slowMs = SLOW_MS;
  const callsBefore = fake.dataCalls().length;
  const done = new Promise<void>((resolve) => {
    idle = resolve;
  });
  const start = performance.now();
  host.recordQuiz(quizId, 80, answers(quizId, questions));
  const submitMs = performance.now() - start;
  const callsInSubmit = fake.dataCalls().length - callsBefore;
  await done;
  return { submitMs, callsInSubmit, calls: fake.dataCalls().length - callsBefore, tasks };
}

describe.each(['1.2', '2004'] as const)('a slow LMS, SCORM %s', (version) => {
  it.each([
    ['a module quiz', 'welkom', 6],
    ['the final test', 'eindtoets', 3],
  ])(
    '%s: no LMS call in the submit, at most one per task after it',
    async (name, quizId, questions) => {
      const m = await measure(version, quizId, questions);
      expect(m.callsInSubmit).toBe(0);
      expect(m.tasks.every((t) => t.calls <= 1)).toBe(true);
      expect(m.tasks.reduce((sum, t) => sum + t.calls, 0)).toBe(m.calls);
      if (process.env.SLOW_LMS_MS)
        console.log(
          `${version} ${name} (${questions} questions), ${SLOW_MS} ms per call: submit ${m.submitMs.toFixed(1)} ms, ` +
            `${m.calls} calls after it, longest task ${Math.max(...m.tasks.map((t) => t.ms)).toFixed(0)} ms`,
        );
    },
    120_000,
  );
});
