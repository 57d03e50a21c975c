/** What every question type shares in the browser: the definition shape and small helpers. No zod here. */
import type { Interaction } from '../../runtime/scorm/interactions.ts';

export type Graded = { score: number; answered: boolean };
export type InteractionItem = Interaction['response'][number];

/** One question type, browser side: grade, read the learner's answer from the form, report it to the LMS. */
export type BrowserQuestionType<S, R> = {
  /** `score` from 0 to 1; partial credit where a question has parts. */
  grade: (spec: S, response: R) => Graded;
  /** The learner's answer, read from the question's form fields. */
  read: (el: Element) => R;
  /** SCORM interaction type (RTE 4.2.9 / 1.2 RTE 3.4.2) and the answer in its identifiers. */
  interactionType: Interaction['type'];
  learnerResponse: (response: R) => InteractionItem[];
  correctResponse: (spec: S) => InteractionItem[];
  /** `data-option-feedback` values whose feedback the learner chose to see. */
  chosen: (response: R) => string[];
  /** Hide the solution once the answer is right (a typed answer needs no list of accepted answers then). */
  hideSolutionWhenRight: boolean;
};

export const fraction = (right: number, total: number) => (total <= 0 ? 0 : Math.max(0, Math.min(1, right / total)));

/** Option identifiers for SCORM: a, b, c … */
export const letter = (i: number) => String.fromCharCode(97 + i);

export const fields = (el: Element, selector: string) => [
  ...el.querySelectorAll<HTMLInputElement | HTMLSelectElement>(selector),
];
