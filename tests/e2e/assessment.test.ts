/**
 * The final test as a certifying bank, in Chromium on the standalone site: a copy of the real course
 * whose final test gets two pools, a draw of 3 + 3, 2 attempts and the default reveal policy. Two
 * attempts get different questions; a wrong answer does not reveal the key before the last attempt;
 * after the last failed attempt the learner reads what happens next; a reload keeps draw and order.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { launchChromium } from '../helpers/browser.ts';
import { answerQuiz } from '../helpers/quiz.ts';
import { serveStatic } from '../helpers/static-server.ts';

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
  questions.items
    .filter((q) => q.get('type') !== 'reflection')
    .forEach((q, i) => q.set('pool', i % 2 ? 'bank-b' : 'bank-a'));
  writeFileSync(file, doc.toString());
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'assessment-e2e-'));
  bankCourse(join(work, 'course'));
  execFileSync(process.execPath, ['scripts/build.ts', '--root', join(work, 'course'), '--out', join(work, 'dist')], {
    stdio: 'inherit',
  });
  server = await serveStatic(join(work, 'dist'), '/');
  browser = await launchChromium();
});
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
const shown = (page: Page) =>
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

    // Wrong answers in the first of two attempts: general feedback only, no key.
    await answerQuiz(page, false);
    await page.waitForSelector('course-quiz [data-result]:not(:empty)');
    expect(await visible(page, 'course-quiz [data-option-feedback]')).toBe(0);
    expect(await visible(page, 'course-quiz [data-solution]')).toBe(0);
    expect(await visible(page, 'course-quiz [data-general="incorrect"]')).toBeGreaterThan(0);
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
