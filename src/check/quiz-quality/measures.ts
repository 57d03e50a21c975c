/** The form measures of questions that the rules and the figures share. */
import type { Item } from './items.ts';

/** Single-choice questions with exactly one right option (others are reported by the schema rule). */
export const singles = (items: Item[]) =>
  items.filter((q) => q.type === 'single' && q.options.length >= 2 && q.options.filter((o) => o.correct).length === 1);

export const rightIndex = (q: Item) => q.options.findIndex((o) => o.correct);

/** Whether the right option is strictly longer than every wrong one. */
export function rightIsLongest(q: Item): boolean {
  const right = q.options[rightIndex(q)]!.text.trim().length;
  return q.options.every((o) => o.correct || o.text.trim().length < right);
}

/** Whether the right option is strictly shorter than every wrong one (the reverse cue: test-wise learners learn it too). */
export function rightIsShortest(q: Item): boolean {
  const right = q.options[rightIndex(q)]!.text.trim().length;
  return q.options.every((o) => o.correct || o.text.trim().length > right);
}

/** Chance that the right option is the longest (or first): one over the number of options. */
export const chance = (qs: Item[]) =>
  qs.length ? qs.reduce((sum, q) => sum + 1 / q.options.length, 0) / qs.length : 0;

export const statements = (items: Item[]) => items.filter((q) => q.type === 'truefalse' && q.answer !== undefined);

/** Multiple-response questions with right and wrong options. */
export const multiples = (items: Item[]) =>
  items.filter((q) => q.type === 'multiple' && q.options.some((o) => o.correct) && q.options.some((o) => !o.correct));

/** All right options written before all wrong ones. */
export const rightFirst = (q: Item) => {
  const lastRight = q.options.map((o) => o.correct).lastIndexOf(true);
  return q.options.slice(0, lastRight).every((o) => o.correct);
};

export const share = (part: number, whole: number) => (whole ? part / whole : 0);
