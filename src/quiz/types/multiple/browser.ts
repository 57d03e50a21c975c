import { type BrowserQuestionType, fields, fraction, letter } from '../definition-browser.ts';

export type MultipleSpec = { id: string; type: 'multiple'; points: number; correct: number[]; options: number };
export type MultipleResponse = { type: 'multiple'; choices: number[] };

export const multipleBrowser: BrowserQuestionType<MultipleSpec, MultipleResponse> = {
  // Each right choice earns a share; each wrong choice takes one back (no reward for ticking everything).
  grade: (s, r) => {
    const chosen = new Set(r.choices);
    const hits = s.correct.filter((i) => chosen.has(i)).length;
    const misses = [...chosen].filter((i) => !s.correct.includes(i)).length;
    return { score: fraction(hits - misses, s.correct.length), answered: chosen.size > 0 };
  },
  read: (el) => ({ type: 'multiple', choices: fields(el, 'input:checked').map((i) => Number(i.value)) }),
  interactionType: 'choice',
  learnerResponse: (r) => r.choices.map(letter),
  correctResponse: (s) => s.correct.map(letter),
  chosen: (r) => r.choices.map(String),
  hideSolutionWhenRight: false,
};
