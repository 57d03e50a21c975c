/** The MDX body of one synthetic module: headings, paragraphs, lists, a callout, a reflection and its quiz. */
import { countWords } from '../check/words.ts';
import { names, nouns, paragraph, phrase, sentence } from './dutch.ts';
import type { Random } from './random.ts';

/** `quizId` undefined: a module without a quiz. */
export type ModuleBodyInput = { quizId?: string; terms: string[]; words: number };

const bold = (r: Random, text: string) => {
  const words = text.split(' ');
  const at = r.int(0, Math.max(0, words.length - 3));
  words[at] = `**${words[at]}`;
  words[at + 1] = `${words[at + 1]}**`;
  return words.join(' ');
};

const list = (r: Random, ordered: boolean) =>
  Array.from(
    { length: r.int(3, 6) },
    (_, i) => `${ordered ? `${i + 1}.` : '-'} ${r.chance(0.4) ? `**${phrase(r, 2)}**: ` : ''}${sentence(r)}`,
  ).join('\n');

/** Roughly `words` words of body text (as the checker counts them), with the quiz near the end (if any). */
export function moduleBody(r: Random, { quizId, terms, words }: ModuleBodyInput): string {
  const blocks: string[] = [];
  let count = 0;
  const add = (block: string, prose = block) => {
    blocks.push(block);
    count += countWords(prose.replace(/<[^>]+>/g, ' '));
  };

  add(paragraph(r, 4));
  if (terms.length) {
    const term = r.pick(terms);
    const text = paragraph(r, 3);
    add(`${text} Daarbij speelt <Term id="${term}">${term.replace(/-/g, ' ')}</Term> een rol.`);
  }
  const closing = 170; // callout, reflection and the closing section together
  while (count < words - closing) {
    add(`## ${phrase(r)}`);
    add(r.chance(0.3) ? bold(r, paragraph(r)) : paragraph(r));
    if (r.chance(0.6)) add(list(r, r.chance(0.4)));
    add(paragraph(r));
    if (r.chance(0.35)) {
      add(`### ${phrase(r)}`);
      add(paragraph(r, r.int(2, 4)));
    }
  }
  const name = r.pick(names);
  add(
    `<Callout kind="example" title="Uit de groep: ${name}">\n${name} zegt: ‘${sentence(r)}’ ${paragraph(r, 3)}\n</Callout>`,
  );
  add(
    `<Reflection id="reflectie-${r.pick(nouns)}" title="Reflectie: ${phrase(r, 2).toLowerCase()}">\n${paragraph(r, 2)}\n</Reflection>`,
  );
  if (quizId) blocks.push(`<Quiz id="${quizId}" />`);
  add('## Tot slot');
  add(paragraph(r, 4));
  return `${blocks.join('\n\n')}\n`;
}
