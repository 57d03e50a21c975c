import { type BrowserQuestionType, fields, letter } from '../definition-browser.ts';

/** Option indices refer to the order in the quiz file. */
export type SingleSpec = { id: string; type: 'single'; points: number; correct: number };
export type SingleResponse = { type: 'single'; choice: number | null };

export const singleBrowser: BrowserQuestionType<SingleSpec, SingleResponse> = {
  grade: (s, r) => ({ score: r.choice === s.correct ? 1 : 0, answered: r.choice !== null }),
  read: (el) => {
    const checked = fields(el, 'input:checked')[0];
    return { type: 'single', choice: checked ? Number(checked.value) : null };
  },
  interactionType: 'choice',
  learnerResponse: (r) => (r.choice !== null ? [letter(r.choice)] : []),
  correctResponse: (s) => [letter(s.correct)],
  chosen: (r) => [String(r.choice)],
  hideSolutionWhenRight: false,
};
