import { type BrowserQuestionType, fields, fraction, letter } from '../definition-browser.ts';

export type OrderingSpec = { id: string; type: 'ordering'; points: number; items: number };
/** Item indices (file order) in the order the learner put them; empty until every item has its own place. */
export type OrderingResponse = { type: 'ordering'; order: number[] };

export const orderingBrowser: BrowserQuestionType<OrderingSpec, OrderingResponse> = {
  // Each item in its right position earns a share.
  grade: (s, r) => ({
    score: r.order.length === s.items ? fraction(r.order.filter((item, pos) => item === pos).length, s.items) : 0,
    answered: r.order.length > 0,
  }),
  read: (el) => {
    const placed = fields(el, 'select[data-item]').map((s) => ({
      item: Number(s.dataset.item),
      pos: s.value === '' ? NaN : Number(s.value),
    }));
    const complete =
      placed.every((p) => !Number.isNaN(p.pos)) && new Set(placed.map((p) => p.pos)).size === placed.length;
    return { type: 'ordering', order: complete ? placed.sort((a, b) => a.pos - b.pos).map((p) => p.item) : [] };
  },
  interactionType: 'sequencing',
  learnerResponse: (r) => r.order.map(letter),
  correctResponse: (s) => Array.from({ length: s.items }, (_, i) => letter(i)),
  chosen: () => [],
  hideSolutionWhenRight: false,
};
