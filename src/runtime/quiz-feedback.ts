import type { QuestionResult } from '../quiz/grade.ts';
import type { Response } from '../quiz/grading-spec.ts';
import { browserType } from '../quiz/types/browser.ts';
import { ui } from './host.ts';

/**
 * Shows what was right and why, under each question. Without `revealKey` (a graded test before it is
 * passed or its attempts are used up) only the verdict and the question's general feedback show:
 * no option feedback, no solution, nothing that marks the right option.
 */
export function showFeedback(el: HTMLElement, result: QuestionResult, response: Response, revealKey: boolean): void {
  const box = el.querySelector<HTMLElement>('[data-feedback]')!;
  const verdict = !result.answered
    ? 'notAnswered'
    : result.correct
      ? 'correctAnswer'
      : result.score > 0
        ? 'partlyCorrect'
        : 'wrongAnswer';
  box.querySelector('[data-verdict]')!.textContent = ui(verdict);
  box.dataset.verdict = verdict;
  const type = browserType(response.type);
  const chosen = type.chosen(response as never);
  box.querySelectorAll<HTMLElement>('[data-option-feedback]').forEach((p) => {
    // Show the feedback of what the learner chose, and of right options they missed.
    p.hidden =
      !revealKey || !(chosen.includes(p.dataset.optionFeedback!) || (p.dataset.correct === 'true' && !result.correct));
  });
  box.querySelectorAll<HTMLElement>('[data-solution]').forEach((p) => {
    p.hidden = !revealKey || (result.correct && type.hideSolutionWhenRight);
  });
  box.querySelectorAll<HTMLElement>('[data-general]').forEach((p) => {
    p.hidden = p.dataset.general !== (result.correct ? 'correct' : 'incorrect');
  });
  box.hidden = false;
}
