import { type BrowserQuestionType, fields } from '../definition-browser.ts';

export type TextSpec = { id: string; type: 'text'; points: number; accepted: string[] };
export type TextResponse = { type: 'text'; text: string };

/** Case-, accent-form- and spacing-insensitive form of a typed answer. */
export const normaliseText = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?]+$/, '');

export const textBrowser: BrowserQuestionType<TextSpec, TextResponse> = {
  grade: (s, r) => ({
    score: s.accepted.some((a) => normaliseText(a) === normaliseText(r.text)) ? 1 : 0,
    answered: normaliseText(r.text) !== '',
  }),
  read: (el) => ({ type: 'text', text: fields(el, 'input[type=text]')[0]?.value ?? '' }),
  interactionType: 'fill-in',
  learnerResponse: (r) => [r.text.slice(0, 250)],
  correctResponse: (s) => [s.accepted[0] ?? ''],
  chosen: () => [],
  hideSolutionWhenRight: true,
};
