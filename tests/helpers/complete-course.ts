import type { Frame, Page } from 'playwright-core';
import { answerQuiz } from './quiz.ts';
// `window.__COURSE__` is typed once, by the runtime (src/runtime/host.ts).

/** Opens every module of the course in order and passes every quiz in it: a learner finishing the course. */
export async function completeCourse(target: Page | Frame, siteRoot: string): Promise<number> {
  const hrefs = await target.evaluate(() => window.__COURSE__.modules.map((m) => m.href));
  for (const href of hrefs) {
    await target.goto(new URL(href, siteRoot).href);
    await target.waitForFunction(() => document.documentElement.classList.contains('js'));
    const note = target.locator('[data-note-continue]:visible');
    if (await note.count()) await note.click();
    const quizzes = await target.$$eval('course-quiz', (els) => els.map((e) => (e as HTMLElement).dataset.quizId!));
    for (const id of quizzes) {
      await answerQuiz(target, true, `course-quiz[data-quiz-id="${id}"]`);
      await target.waitForSelector(`course-quiz[data-quiz-id="${id}"] [data-result][data-passed=true]`);
    }
  }
  return hrefs.length;
}
