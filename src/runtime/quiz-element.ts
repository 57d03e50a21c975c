import { outOfAttempts, revealsKey, type Reveal } from '../quiz/bank/policy.ts';
import type { DrawRule } from '../quiz/bank/draw.ts';
import { gradeQuiz } from '../quiz/grade.ts';
import type { GradingSpec, Response } from '../quiz/grading-spec.ts';
import { course, ui, type CourseHost } from './host.ts';
import { showFeedback } from './quiz-feedback.ts';
import { applyDraw, applyOrder, restoreBuiltOrder } from './quiz-order.ts';
import { readResponse, toInteraction } from './quiz-responses.ts';

/** The learner's key for seeds: the LMS learner id, or this device's id when standing alone. */
const learnerOf = (host: CourseHost) => host.learnerKey?.() || 'learner';

export function defineQuizElement(host: CourseHost): void {
  customElements.define(
    'course-quiz',
    class extends HTMLElement {
      private allSpecs: GradingSpec[] = [];
      /** The questions asked in the current attempt. */
      private specs: GradingSpec[] = [];
      private started = Date.now();

      connectedCallback() {
        this.allSpecs = JSON.parse(this.querySelector('[data-grading]')!.textContent!) as GradingSpec[];
        this.querySelector('form')!.addEventListener('submit', (event) => {
          event.preventDefault();
          this.check();
        });
        this.querySelector('[data-retry]')!.addEventListener('click', () => this.reset());
        // Print shows the written order (as without JavaScript); the screen gets this attempt's back.
        window.addEventListener('beforeprint', () => {
          restoreBuiltOrder(this);
          this.renumber();
        });
        window.addEventListener('afterprint', () => this.applyAttemptOrder());
        this.prepareAttempt();
        this.showRecord();
      }

      private get quizId() {
        return this.dataset.quizId!;
      }
      private get policy() {
        return {
          attempts: Number(this.dataset.attempts) || 0,
          reveal: (this.dataset.reveal ?? 'immediately') as Reveal,
        };
      }
      private get used() {
        return host.state().quizzes.get(this.quizId)?.attempts ?? 0;
      }

      /** Draw and order the questions of the attempt about to be taken (attempt number = attempts used). */
      private prepareAttempt() {
        const attempt = { learner: learnerOf(host), quizId: this.quizId, attempt: this.used };
        const draw = this.dataset.draw ? (JSON.parse(this.dataset.draw) as DrawRule[]) : undefined;
        const asked = applyDraw(this, draw, attempt);
        this.specs = this.allSpecs.filter((s) => asked.has(s.id));
        this.applyAttemptOrder();
      }

      /** "Question n of m" over the questions shown, in their current order. */
      private renumber() {
        const shown = [...this.querySelectorAll<HTMLElement>('.quiz__questions > .question:not([hidden])')];
        shown.forEach((q, i) => {
          q.querySelector('.question__number')!.textContent = ui('questionOf', { n: i + 1, total: shown.length });
        });
      }

      /** The current attempt's question and option order (the draw is set by `prepareAttempt`). */
      private applyAttemptOrder() {
        const used = this.used;
        // After a submitted attempt the page still shows that attempt, until "retry".
        const shownAttempt = this.querySelector<HTMLButtonElement>('[data-check]')!.hidden ? used - 1 : used;
        applyOrder(
          this,
          { learner: learnerOf(host), quizId: this.quizId, attempt: shownAttempt },
          this.dataset.shuffle === 'true',
        );
        this.renumber();
      }

      private showRecord() {
        const record = host.state().quizzes.get(this.quizId);
        const best = this.querySelector('[data-best]')!;
        best.textContent = record ? ui('bestScore', { percent: record.best }) : '';
        if (this.policy.attempts) {
          const left = Math.max(0, this.policy.attempts - (record?.attempts ?? 0));
          this.querySelector('[data-attempts-info]')!.textContent = ui('attemptsLeft', { n: left });
          const check = this.querySelector<HTMLButtonElement>('[data-check]')!;
          check.disabled = left === 0;
          const summary = this.querySelector<HTMLElement>('[data-result]')!;
          if (left === 0 && check.hidden === false && record && record.best < Number(this.dataset.passMark))
            summary.textContent = this.whatNext();
        }
      }

      /** What happens after the last failed attempt, in plain words. */
      private whatNext() {
        return ui(this.quizId === course().scoreQuiz ? 'finalAttemptsUsed' : 'noAttemptsLeft');
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
        const lastAttempt = outOfAttempts(this.policy, this.used + 1);
        const revealKey = revealsKey(this.policy.reveal, result.passed, lastAttempt);
        // A pre-test's questions are the final test's: its result shows per module (test-out.ts), not per question.
        const pretest = this.dataset.pretest;
        const interactions = this.specs.map((spec, i) => {
          const el = elements.get(spec.id)!;
          if (!pretest) showFeedback(el, result.questions[i]!, responses.get(spec.id)!, revealKey);
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
        const closed = outOfAttempts(this.policy, this.used);
        const verdict = pretest
          ? ui(result.passed ? 'pretestPassed' : closed ? 'pretestClosed' : 'pretestFailed')
          : result.passed
            ? ui('passed')
            : closed
              ? this.whatNext()
              : ui(revealKey ? 'failed' : 'failedNoKey');
        const right = result.questions.filter((q) => q.correct).length;
        const summary = this.querySelector<HTMLElement>('[data-result]')!;
        summary.textContent = `${ui('scoreResult', { percent: result.percent })} ${right}/${result.questions.length}. ${verdict}`;
        summary.dataset.passed = String(result.passed);
        this.querySelector<HTMLButtonElement>('[data-check]')!.hidden = true;
        this.querySelector<HTMLButtonElement>('[data-retry]')!.hidden = closed;
        this.showRecord();
        const correct = Object.fromEntries(this.specs.map((spec, i) => [spec.id, result.questions[i]!.correct]));
        this.dispatchEvent(
          new CustomEvent('quiz-graded', { bubbles: true, detail: { passed: result.passed, correct } }),
        );
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
        this.prepareAttempt();
        this.started = Date.now();
        this.querySelector<HTMLElement>(
          '.question:not([hidden]) .question__fields input, .question:not([hidden]) .question__fields select',
        )?.focus();
      }
    },
  );
}
