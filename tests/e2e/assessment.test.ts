/**
 * The final test as a certifying bank, in Chromium on the standalone site: a copy of the real course
 * whose final test gets two pools, a draw of 3 + 3, 2 attempts and the default reveal policy. Two
 * attempts get different questions; a wrong answer does not reveal the key before the last attempt;
 * after the last failed attempt the learner reads what happens next; a reload keeps draw and order.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { launchChromium } from '../helpers/browser.ts';
import { answerQuiz } from '../helpers/quiz.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { launchInHarness } from './lms-harness.ts';

let work: string;
let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

/** The real course with its final test turned into a bank (pools a/b by turns, 3 drawn from each). */
function bankCourse(root: string) {
  cpSync('modules', join(root, 'modules'), { recursive: true });
  cpSync('quizzes', join(root, 'quizzes'), { recursive: true });
  const file = join(root, 'quizzes/eindtoets.yaml');
  const doc = parseDocument(readFileSync(file, 'utf8'));
  doc.set('attempts', 2);
  doc.delete('reveal');
  doc.set('draw', [
    { pool: 'bank-a', count: 3 },
    { pool: 'bank-b', count: 3 },
  ]);
  const questions = doc.get('questions') as {
    items: { get: (k: string) => unknown; set: (k: string, v: unknown) => void }[];
  };
  const graded = questions.items.filter((q) => q.get('type') !== 'reflection');
  for (const [i, q] of graded.entries()) q.set('pool', i % 2 ? 'bank-b' : 'bank-a');
  writeFileSync(file, doc.toString());
  // The parts' pre-tests draw from the final test's part pools, which this copy replaces: leave them out.
  const courseFile = join(root, 'modules/course.yaml');
  const course = parseDocument(readFileSync(courseFile, 'utf8'));
  for (const part of (course.get('parts') as { items: { delete: (k: string) => void }[] }).items)
    part.delete('pretest');
  writeFileSync(courseFile, course.toString());
  for (const name of readdirSync(join(root, 'quizzes')))
    if (name.startsWith('voortoets-')) rmSync(join(root, 'quizzes', name));
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'assessment-e2e-'));
  bankCourse(join(work, 'course'));
  execFileSync(process.execPath, ['scripts/build.ts', '--root', join(work, 'course'), '--out', join(work, 'dist')], {
    stdio: 'inherit',
  });
  server = await serveStatic(join(work, 'dist'), '/');
  browser = await launchChromium();
  // A whole course is built here: allow for a busy machine.
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const open = async (page: Page) => {
  await page.goto(`${server.url}modules/eindtoets.html`);
  await page.waitForFunction(() => document.documentElement.classList.contains('js'));
  const note = page.locator('[data-note-continue]:visible');
  if (await note.count()) await note.first().click();
};
/** Ids of the questions shown, and per shown choice question the option values in screen order. */
const shown = (page: Page | Frame) =>
  page.$$eval('course-quiz .quiz__questions > .question:not([hidden])', (els) =>
    els.map((el) => ({
      id: (el as HTMLElement).dataset.questionId!,
      options: [...el.querySelectorAll<HTMLInputElement>('.options:not(.options--inline) input')].map((i) => i.value),
    })),
  );
const visible = (page: Page, selector: string) =>
  page.$$eval(
    selector,
    (els) => els.filter((e) => !(e as HTMLElement).hidden && (e as HTMLElement).closest('[hidden]') === null).length,
  );

describe('the final test as a bank with an attempt and reveal policy', () => {
  it('draws, keeps, hides the key until the last attempt and says what happens next', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await open(page);

    const first = await shown(page);
    expect(first).toHaveLength(6);
    const all = await page.$$eval('course-quiz .quiz__questions > .question', (els) => els.length);
    expect(all).toBeGreaterThan(6); // the page holds the whole bank; the others are hidden

    // A reload shows the same draw and the same option order.
    await page.reload();
    await page.waitForFunction(() => document.documentElement.classList.contains('js'));
    expect(await shown(page)).toEqual(first);

    // Print shows the written order, as the page without JavaScript; the screen gets its order back.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    for (const q of await shown(page)) expect(q.options).toEqual([...q.options].sort((a, b) => Number(a) - Number(b)));
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await shown(page)).toEqual(first);

    // Wrong answers in the first of two attempts: general feedback only, no key.
    await answerQuiz(page, false);
    await page.waitForSelector('course-quiz [data-result]:not(:empty)');
    expect(await visible(page, 'course-quiz [data-option-feedback]')).toBe(0);
    expect(await visible(page, 'course-quiz [data-solution]')).toBe(0);
    // Every asked question shows its verdict box (with `feedback.incorrect` where it has one).
    expect(await visible(page, 'course-quiz [data-feedback]')).toBe(6);
    expect(await page.textContent('course-quiz [data-result]')).toContain('De juiste antwoorden zie je na');

    // The second attempt asks other questions (15 per pool, 3 drawn: no repeats yet).
    await page.click('course-quiz [data-retry]');
    const second = await shown(page);
    expect(second).toHaveLength(6);
    expect(second.filter((q) => first.some((f) => f.id === q.id))).toEqual([]);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.classList.contains('js'));
    expect(await shown(page)).toEqual(second);

    // The last attempt fails: the key is revealed and the learner reads what happens next.
    await answerQuiz(page, false);
    await page.waitForSelector('course-quiz [data-result]:not(:empty)');
    expect(await page.textContent('course-quiz [data-result]')).toContain(
      'Neem contact op met je opleider of organisatie',
    );
    expect(await visible(page, 'course-quiz [data-option-feedback]')).toBeGreaterThan(0);
    expect(await page.isHidden('course-quiz [data-retry]')).toBe(true);

    // Coming back later: the quiz stays closed and still says what happens next.
    await page.reload();
    await page.waitForFunction(() => document.documentElement.classList.contains('js'));
    expect(await page.isDisabled('course-quiz [data-check]')).toBe(true);
    expect(await page.textContent('course-quiz [data-result]')).toContain('Neem contact op');
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** Nested CMI JSON as flat `cmi.a.b` keys (interaction arrays as `cmi.interactions.0.id`). */
function flatten(value: unknown, prefix = 'cmi', out: Record<string, string> = {}): Record<string, string> {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value)
      ? value.map((v, i) => [String(i), v] as const)
      : Object.entries(value as object);
    for (const [k, v] of entries) flatten(v, k === 'childArray' ? prefix : `${prefix}.${k}`, out);
  } else if (value !== undefined && value !== null) out[prefix] = String(value);
  return out;
}

const V = {
  '1.2': { status: 'cmi.core.lesson_status', failed: 'failed', raw: 'cmi.core.score.raw' },
  '2004': { status: 'cmi.success_status', failed: 'failed', raw: 'cmi.score.raw' },
} as const;

describe.each(['1.2', '2004'] as const)('the bank in the preview LMS, SCORM %s', (version) => {
  it('reports the questions asked, keeps the draw over a relaunch and sends the failed-for-good score', async () => {
    const zip = readdirSync(join(work, 'dist')).find((f) =>
      f.endsWith(version === '1.2' ? 'scorm12.zip' : 'scorm2004.zip'),
    )!;
    const h = await launchInHarness({ zipPath: join(work, 'dist', zip), version, browser });
    try {
      const toFinal = async (): Promise<Frame> => {
        const launch = h.content();
        await launch.waitForSelector('[data-course-frame]');
        const frame = (await (await launch.$('[data-course-frame]'))!.contentFrame())!;
        await frame.waitForFunction(() => document.documentElement.classList.contains('js'));
        const href = await frame.evaluate(
          () => window.__COURSE__.modules.find((m) => m.quizzes.includes('eindtoets'))!.href,
        );
        await frame.goto(new URL(href, new URL('.', frame.url())).href);
        await frame.waitForFunction(() => document.documentElement.classList.contains('js'));
        const note = frame.locator('[data-note-continue]:visible');
        if (await note.count()) await note.first().click();
        return frame;
      };
      let frame = await toFinal();
      const asked = (await shown(frame)).map((q) => q.id);
      await answerQuiz(frame, false);
      await frame.waitForSelector('course-quiz [data-result]:not(:empty)');
      const interactionIds = async () =>
        Object.entries(flatten(await h.lms.cmi()))
          .filter(([k]) => /^cmi\.interactions\.\d+\.id$/.test(k))
          .map(([, id]) => id)
          .sort();
      // The records reach the LMS one call at a time, after the feedback is on screen.
      await expect.poll(interactionIds, { timeout: 20_000 }).toEqual(asked.map((id) => `eindtoets.${id}`).sort());

      await frame.click('course-quiz [data-retry]');
      const next = await shown(frame);
      await h.lms.relaunch();
      frame = await toFinal();
      expect(await shown(frame)).toEqual(next);

      await answerQuiz(frame, false);
      await frame.waitForSelector('course-quiz [data-result]:not(:empty)');
      expect(await frame.textContent('course-quiz [data-result]')).toContain('Neem contact op');
      const status = async () => flatten(await h.lms.cmi())[V[version].status];
      await expect.poll(status, { timeout: 20_000 }).toBe(V[version].failed);
      expect(flatten(await h.lms.cmi())[V[version].raw]).toBe('0');
    } finally {
      await h.close();
    }
  });
});
