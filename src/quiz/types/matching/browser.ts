import { type BrowserQuestionType, fields, fraction, letter } from '../definition-browser.ts';

/** Pair i is right when left i is matched with right i (file order). */
export type MatchingSpec = { id: string; type: 'matching'; points: number; pairs: number };
/** For each left item i (file order), the index of the chosen right item, or null. */
export type MatchingResponse = { type: 'matching'; matches: (number | null)[] };

export const matchingBrowser: BrowserQuestionType<MatchingSpec, MatchingResponse> = {
  grade: (s, r) => ({
    score: fraction(r.matches.filter((m, i) => m === i).length, s.pairs),
    answered: r.matches.some((m) => m !== null),
  }),
  read: (el) => ({
    type: 'matching',
    matches: fields(el, 'select[data-left]')
      .sort((a, b) => Number(a.dataset.left) - Number(b.dataset.left))
      .map((s) => (s.value === '' ? null : Number(s.value))),
  }),
  interactionType: 'matching',
  // Identifiers 1.a, 2.b …: left items by number, right items by letter.
  learnerResponse: (r) =>
    r.matches.flatMap((m, i) => (m === null ? [] : [[String(i + 1), letter(m)] as [string, string]])),
  correctResponse: (s) => Array.from({ length: s.pairs }, (_, i) => [String(i + 1), letter(i)] as [string, string]),
  chosen: () => [],
  hideSolutionWhenRight: false,
};
