import type { Frame, Page } from 'playwright-core';

/**
 * Answers every question of the first quiz on a page right (`true`) or wrong (`false`), reading
 * the right answers from the quiz's grading data, then presses the check button.
 */
export async function answerQuiz(page: Page | Frame, right: boolean, selector = 'course-quiz'): Promise<void> {
  await page.$eval(
    selector,
    (quiz, right) => {
      const specs = JSON.parse(quiz.querySelector('[data-grading]')!.textContent!) as {
        id: string;
        type: string;
        correct?: number | number[];
        answer?: boolean;
        accepted?: string[];
      }[];
      for (const spec of specs) {
        const el = quiz.querySelector(`[data-question-id="${spec.id}"]`)!;
        const inputs = [...el.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]')];
        const selects = [...el.querySelectorAll<HTMLSelectElement>('select')];
        // Option values are indices in the quiz file; the page may show them shuffled.
        const byValue = (value: number) => inputs.find((input) => Number(input.value) === value)!;
        if (spec.type === 'single')
          byValue(right ? (spec.correct as number) : ((spec.correct as number) + 1) % inputs.length).click();
        if (spec.type === 'multiple')
          inputs.forEach((input) => {
            if ((spec.correct as number[]).includes(Number(input.value)) === right) input.click();
          });
        if (spec.type === 'truefalse')
          inputs.find((i) => i.value === String(right ? spec.answer : !spec.answer))!.click();
        if (spec.type === 'matching')
          selects.forEach((s) => {
            const left = Number(s.dataset.left);
            s.value = String(right ? left : (left + 1) % selects.length);
          });
        if (spec.type === 'ordering')
          selects.forEach((s) => {
            const item = Number(s.dataset.item);
            s.value = String(right ? item : (item + 1) % selects.length);
          });
        if (spec.type === 'text')
          el.querySelector<HTMLInputElement>('input[type=text]')!.value = right ? spec.accepted![0]! : 'geen idee';
      }
      quiz.querySelector<HTMLButtonElement>('[data-check]')!.click();
    },
    right,
  );
}
