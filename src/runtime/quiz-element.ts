import { gradeQuiz, type QuestionResult } from '../quiz/grade.ts';
import type { GradingSpec, Response } from '../quiz/grading-spec.ts';
import { browserType } from '../quiz/types/browser.ts';
import { ui, type CourseHost } from './host.ts';
import { readResponse, toInteraction } from './quiz-responses.ts';

const shuffleChildren = (list: Element | null) => {
  if (!list) return;
  const items = [...list.children];
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  list.append(...items);
};

/** Shows what was right and why, under each question. */
function showFeedback(el: HTMLElement, result: QuestionResult, response: Response): void {
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
    p.hidden = !(chosen.includes(p.dataset.optionFeedback!) || (p.dataset.correct === 'true' && !result.correct));
  });
  box.querySelectorAll<HTMLElement>('[data-solution]').forEach((p) => {
    p.hidden = result.correct && type.hideSolutionWhenRight;
  });
  box.querySelectorAll<HTMLElement>('[data-general]').forEach((p) => {
    p.hidden = p.dataset.general !== (result.correct ? 'correct' : 'incorrect');
  });
  box.hidden = false;
}

export function defineQuizElement(host: CourseHost): void {
  customElements.define(
    'course-quiz',
    class extends HTMLElement {
      private specs: GradingSpec[] = [];
      private started = Date.now();

      connectedCallback() {
        this.specs = JSON.parse(this.querySelector('[data-grading]')!.textContent!) as GradingSpec[];
        this.querySelector('form')!.addEventListener('submit', (event) => {
          event.preventDefault();
          this.check();
        });
        this.querySelector('[data-retry]')!.addEventListener('click', () => this.reset());
        this.showRecord();
        if (this.dataset.shuffle === 'true') this.shuffle();
      }

      private get quizId() {
        return this.dataset.quizId!;
      }
      private get attemptsAllowed() {
        return Number(this.dataset.attempts) || 0;
      }

      private showRecord() {
        const record = host.state().quizzes.get(this.quizId);
        const best = this.querySelector('[data-best]')!;
        best.textContent = record ? ui('bestScore', { percent: record.best }) : '';
        if (this.attemptsAllowed) {
          const left = Math.max(0, this.attemptsAllowed - (record?.attempts ?? 0));
          this.querySelector('[data-attempts-info]')!.textContent = ui('attemptsLeft', { n: left });
          this.querySelector<HTMLButtonElement>('[data-check]')!.disabled = left === 0;
        }
      }

      private check() {
        const responses = new Map<string, Response>();
        const elements = new Map<string, HTMLElement>();
        for (const spec of this.specs) {
          const el = this.querySelector<HTMLElement>(`[data-question-id="${spec.id}"]`)!;
          elements.set(spec.id, el);
          responses.set(spec.id, readResponse(spec, el));
        }
        const passMark = Number(this.dataset.passMark);
        const result = gradeQuiz(this.specs, responses, passMark);
        const elapsed = Date.now() - this.started;
        const interactions = this.specs.map((spec, i) => {
          const el = elements.get(spec.id)!;
          showFeedback(el, result.questions[i]!, responses.get(spec.id)!);
          return toInteraction(
            this.quizId,
            spec,
            responses.get(spec.id)!,
            result.questions[i]!,
            el.querySelector('.question__prompt')?.textContent ?? '',
            elapsed,
          );
        });
        this.querySelectorAll<HTMLInputElement>('.question__fields input, .question__fields select').forEach((f) => {
          f.disabled = true;
        });
        host.recordQuiz(this.quizId, result.percent, interactions);
        const record = host.state().quizzes.get(this.quizId);
        const outOfAttempts = this.attemptsAllowed > 0 && (record?.attempts ?? 0) >= this.attemptsAllowed;
        const verdict = result.passed ? ui('passed') : outOfAttempts ? ui('noAttemptsLeft') : ui('failed');
        const right = result.questions.filter((q) => q.correct).length;
        const summary = this.querySelector<HTMLElement>('[data-result]')!;
        summary.textContent = `${ui('scoreResult', { percent: result.percent })} ${right}/${result.questions.length}. ${verdict}`;
        summary.dataset.passed = String(result.passed);
        this.querySelector<HTMLButtonElement>('[data-check]')!.hidden = true;
        this.querySelector<HTMLButtonElement>('[data-retry]')!.hidden = outOfAttempts;
        this.showRecord();
        summary.focus();
      }

      private reset() {
        this.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
          '.question__fields input, .question__fields select',
        ).forEach((f) => {
          f.disabled = false;
          if (f instanceof HTMLInputElement && (f.type === 'radio' || f.type === 'checkbox')) f.checked = false;
          else f.value = '';
        });
        this.querySelectorAll<HTMLElement>('[data-feedback]').forEach((box) => {
          box.hidden = true;
        });
        const summary = this.querySelector<HTMLElement>('[data-result]')!;
        summary.textContent = '';
        delete summary.dataset.passed;
        this.querySelector<HTMLButtonElement>('[data-check]')!.hidden = false;
        this.querySelector<HTMLButtonElement>('[data-retry]')!.hidden = true;
        if (this.dataset.shuffle === 'true') this.shuffle();
        this.started = Date.now();
        this.querySelector<HTMLElement>('.question__fields input, .question__fields select')?.focus();
      }

      /** A new order of questions and options for each attempt, when the quiz asks for it. */
      private shuffle() {
        shuffleChildren(this.querySelector('.quiz__questions'));
        this.querySelectorAll('.options:not(.options--inline)').forEach(shuffleChildren);
        this.querySelectorAll<HTMLElement>('.question__number').forEach((n, i, all) => {
          n.textContent = ui('questionOf', { n: i + 1, total: all.length });
        });
      }
    },
  );
}
