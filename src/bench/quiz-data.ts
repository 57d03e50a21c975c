/** One synthetic quiz: five questions, one of each type single, multiple, truefalse, matching, ordering. */
import { nounPhrase, phrase, sentence } from './dutch.ts';
import type { Random } from './random.ts';

/** `count` phrases that differ after trimming and lower-casing (the checker refuses duplicates). */
function distinct(r: Random, count: number, make: () => string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  while (out.length < count) {
    const text = make();
    const key = text.trim().toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(text);
    }
  }
  return out;
}

const options = (r: Random, count: number, right: number[]) =>
  distinct(r, count, () => sentence(r)).map((text, i) => ({
    text,
    ...(right.includes(i) ? { correct: true } : {}),
    feedback: sentence(r),
  }));

export function quizData(r: Random, title: string) {
  const single = {
    id: 'vraag-keuze',
    type: 'single',
    prompt: sentence(r).replace(/\.$/, '?'),
    options: options(r, 4, [r.int(0, 3)]),
  };
  const rightMany = [...new Set([r.int(0, 4), r.int(0, 4)])];
  const multiple = {
    id: 'vraag-meerdere',
    type: 'multiple',
    prompt: `${sentence(r).replace(/[.?]$/, '')}. Kies alle goede antwoorden.`,
    options: options(r, 5, rightMany),
  };
  const truefalse = {
    id: 'vraag-stelling',
    type: 'truefalse',
    prompt: `Stelling: ${sentence(r)}`,
    answer: r.chance(0.5),
    feedbackTrue: sentence(r),
    feedbackFalse: sentence(r),
  };
  const lefts = distinct(r, 4, () => sentence(r));
  const rights = distinct(r, 4, () => phrase(r, 2));
  const matching = {
    id: 'vraag-koppelen',
    type: 'matching',
    prompt: 'Koppel elk voorbeeld aan het begrip dat erbij hoort.',
    pairs: lefts.map((left, i) => ({ left, right: rights[i]!, feedback: sentence(r) })),
  };
  const ordering = {
    id: 'vraag-volgorde',
    type: 'ordering',
    prompt: `Zet de stappen voor ${nounPhrase(r)} in de goede volgorde.`,
    items: distinct(r, 5, () => phrase(r, 3)),
  };
  return {
    title: `Toets — ${title}`,
    intro: 'Beantwoord de vragen en lees de feedback.',
    passMark: 70,
    attempts: 0,
    shuffle: false,
    questions: [single, multiple, truefalse, matching, ordering],
  };
}
