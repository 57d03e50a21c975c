import { type BrowserQuestionType, fields } from '../definition-browser.ts';

export type TrueFalseSpec = { id: string; type: 'truefalse'; points: number; answer: boolean };
export type TrueFalseResponse = { type: 'truefalse'; answer: boolean | null };

export const trueFalseBrowser: BrowserQuestionType<TrueFalseSpec, TrueFalseResponse> = {
  grade: (s, r) => ({ score: r.answer === s.answer ? 1 : 0, answered: r.answer !== null }),
  read: (el) => {
    const checked = fields(el, 'input:checked')[0];
    return { type: 'truefalse', answer: checked ? checked.value === 'true' : null };
  },
  interactionType: 'true-false',
  learnerResponse: (r) => (r.answer !== null ? [String(r.answer)] : []),
  correctResponse: (s) => [String(s.answer)],
  chosen: (r) => [String(r.answer)],
  hideSolutionWhenRight: false,
};
