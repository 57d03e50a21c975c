/** Text measures for the quiz-quality rules: words, stem similarity, shared word runs. */

/** Lower-case words (letters and digits), accents kept. */
export const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Short function words left out when comparing stems. */
const stopWords = new Set(
  'de het een en of in op van te met voor aan bij dat die dit is zijn je jij je jouw wat wie hoe welke wordt er om als ook niet naar uit door the a an and of to in is what which how'.split(
    ' ',
  ),
);

export const contentWords = (text: string) => new Set(words(text).filter((w) => !stopWords.has(w)));

/** Jaccard similarity of two word sets (0–1). */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Every run of `n` consecutive words, joined by spaces. */
export function ngrams(text: string, n: number): Set<string> {
  const list = words(text);
  const grams = new Set<string>();
  for (let i = 0; i + n <= list.length; i++) grams.add(list.slice(i, i + n).join(' '));
  return grams;
}

/** The absolute qualifiers from `list` that occur as whole words in `text`. */
export function absolutesIn(text: string, list: readonly string[]): string[] {
  const padded = ` ${words(text).join(' ')} `;
  return list.filter((w) => padded.includes(` ${w} `));
}

export const percent = (share: number) => `${Math.round(share * 100)} %`;
