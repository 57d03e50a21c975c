/**
 * Steps of a learner in the real course inside the preview LMS, shared by the tracking fault
 * tests (tests/e2e/tracking-*.test.ts). Module and quiz ids come from the page (`window.__COURSE__`),
 * never from this file, so the tests run on whatever course the build holds.
 */
import type { Browser, Frame } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { answerQuiz } from '../helpers/quiz.ts';
import { type Harness, launchBrowser, type Tab } from './lms-harness.ts';

/** Element names per version (SCORM 1.2 RTE 3.4, 2004 RTE 4.2). */
export const V = {
  '1.2': {
    status: 'cmi.core.lesson_status',
    location: 'cmi.core.lesson_location',
    exit: 'cmi.core.exit',
    mode: 'cmi.core.lesson_mode',
    raw: 'cmi.core.score.raw',
    total: 'cmi.core.total_time',
    response: 'student_response',
    refusedCode: '405',
    interactionCode: '101',
  },
  '2004': {
    status: 'cmi.completion_status',
    location: 'cmi.location',
    exit: 'cmi.exit',
    mode: 'cmi.mode',
    raw: 'cmi.score.raw',
    total: 'cmi.total_time',
    response: 'learner_response',
    refusedCode: '406',
    interactionCode: '351',
  },
} as const;
export type Version = keyof typeof V;

/** The course pages run in a frame inside the package's launch page. */
export async function coursePage(tab: Pick<Tab, 'content'>): Promise<Frame> {
  const launch = tab.content();
  await launch.waitForSelector('[data-course-frame]', { state: 'attached' });
  const frame = await (await launch.$('[data-course-frame]'))!.contentFrame();
  await frame!.waitForFunction(() => document.documentElement.classList.contains('js'));
  return frame!;
}

/** Open a module page by id (as a learner following the outline). */
export async function openModule(frame: Frame, id: string): Promise<void> {
  const href = await frame.evaluate((m) => window.__COURSE__.modules.find((x) => x.id === m)!.href, id);
  // Hrefs are relative to the package root, where the launch page (the frame's parent) lives.
  await frame.goto(new URL(href, frame.parentFrame()?.url() ?? frame.url()).href);
  await frame.waitForFunction(() => document.documentElement.classList.contains('js'));
  const note = frame.locator('[data-note-continue]:visible');
  if (await note.count()) await note.first().click();
}

/** The course as the page knows it: module ids, the first module with a quiz, the score quiz's module. */
export async function courseFacts(frame: Frame) {
  return frame.evaluate(() => {
    const c = window.__COURSE__;
    const withQuiz = c.modules.find((m) => m.quizzes.length && !m.quizzes.includes(c.scoreQuiz ?? ''))!;
    const scoreModule = c.modules.find((m) => c.scoreQuiz && m.quizzes.includes(c.scoreQuiz));
    return {
      id: c.id,
      modules: c.modules.map((m) => m.id),
      quizModule: withQuiz.id,
      quiz: withQuiz.quizzes[0]!,
      scoreModule: scoreModule?.id,
      scoreQuiz: c.scoreQuiz,
    };
  });
}

/** Pass (or fail) the quiz `id` on the open page and wait for its feedback. */
export async function takeQuiz(frame: Frame, id: string, right = true): Promise<void> {
  const selector = `course-quiz[data-quiz-id="${id}"]`;
  await answerQuiz(frame, right, selector);
  await frame.waitForSelector(`${selector} [data-result][data-passed=${right}]`);
}

/** The launcher's notice as the learner reads it ('' when hidden). */
export const noticeText = (tab: Pick<Tab, 'content'>) =>
  tab
    .content()
    .locator('[data-launch-notice]')
    .evaluate((el) => ((el as HTMLElement).hidden ? '' : (el.textContent ?? '').trim()));

/** Wait until the LMS record satisfies `test` (a function body over `stored`, the flattened CMI). */
export async function waitForStored(tab: Pick<Tab, 'page'>, test: string, arg?: unknown, timeout = 45_000) {
  await tab.page.waitForFunction(
    ([body, a]) => {
      const stored = (window as any).__lms.stored() ?? {};
      return new Function('stored', 'arg', `return (${body});`)(stored, a);
    },
    [test, arg] as const,
    { timeout },
  );
}

/** This device's copy of the learner's progress (the runtime's backup keys in localStorage). */
export const deviceCopy = (tab: Pick<Tab, 'page'>, courseId: string) =>
  tab.page.evaluate(
    (id) => Object.fromEntries(Object.entries(localStorage).filter(([k]) => k.startsWith(`${id}:`))),
    courseId,
  );

/** Interaction records the LMS holds, as `id → result`. */
export function storedInteractions(stored: Record<string, unknown> | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(stored ?? {})) {
    const m = /^cmi\.interactions\.(\d+)\.id$/.exec(key);
    if (m) out[String(value)] = String(stored?.[`cmi.interactions.${m[1]}.result`] ?? '');
  }
  return out;
}

/** One row of the figures table printed at the end of each tracking test file. */
export type FigureRow = { fault: string; version: Version; lms: string; notice: string; extra?: string };
export function printFigures(title: string, rows: FigureRow[]): void {
  if (!rows.length) return;
  const cells = rows.map((r) => [r.fault, r.version, r.lms, r.notice || '(none)', r.extra ?? '']);
  const head = ['fault', 'SCORM', 'LMS held afterwards', "learner's notice", 'figures'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i]!)).join(' | ')} |`;
  console.log([`\n${title}`, line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n'));
}

/** Watch the main thread from the harness page (the course frames share it): the largest gap between 10 ms ticks, and long tasks. */
export const watchMainThread = (h: Pick<Tab, 'page'>) =>
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
export const watchSubmit = (frame: Frame, quiz: string) =>
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

/**
 * The lifecycle every tracking e2e file shares: one Chromium for the file, the harness of each test
 * closed after it, and the figures table printed at the end. `current` returns the test's harness.
 */
export function trackingSuite(title: string, current: () => Harness | undefined) {
  const suite = { browser: undefined as unknown as Browser, figures: [] as FigureRow[] };
  const closed = new WeakSet<Harness>();
  beforeAll(async () => {
    suite.browser = await launchBrowser();
  });
  afterEach(async () => {
    const h = current();
    if (h && !closed.has(h)) {
      closed.add(h);
      await h.close();
    }
  });
  afterAll(async () => {
    await suite.browser?.close();
    printFigures(title, suite.figures);
  });
  return suite;
}
