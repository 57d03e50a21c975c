/** The text of a new module and its quiz. Pure: the generated files pass `npm run check` (with `TODO` warnings). */
import { questionTypes } from '../quiz/types/index.ts';
import { reflectionPrompt } from '../quiz/types/reflection/question.ts';

export type NewModule = { id: string; title: string; part: string; order: number; quizId: string };

const yamlString = (value: string) => JSON.stringify(value);

export function moduleTemplate({ id, title, part, order, quizId }: NewModule): string {
  return `---
id: ${id}
title: ${yamlString(title)}
part: ${part}
order: ${order}
summary: "TODO: één of twee zinnen over waar deze module over gaat."
goals:
  - "TODO: wat de deelnemer na deze module kan (waarneembaar, begin met een werkwoord)."
studyMinutes: 30
# contentNote: "Deze module beschrijft seksueel geweld." # only when the text goes into detail about abuse
sources: []
---

{/* Write the module below. The title above is the page's only level-1 heading: start sections with ##. */}

## Inleiding

TODO: schrijf hier de inleiding.

<Callout kind="info" title="Goed om te weten">
TODO: een kader met achtergrond. Andere soorten: \`tip\`, \`warning\`, \`example\`.
</Callout>

{/*
More you can use (remove the comment braces to use them):
  <Term id="overdracht">overdracht</Term>          a word from modules/glossary/<id>.yaml
  [de vorige module](module:<module-id>#<kop>)      a link to another module (and a heading in it)
  ![Wat de afbeelding laat zien](./afbeelding.png)  an image next to this file, with alt text
  <Casus title="Sanne" questions={["Wat valt je op?"]}>Het verhaal…</Casus>
*/}

<Reflection id="${id}-reflectie" title="Jouw ervaring">
TODO: een vraag waarover de deelnemer voor zichzelf nadenkt.
</Reflection>

<Quiz id="${quizId}" />
`;
}

const indent = (text: string, prefix: string) =>
  text
    .split('\n')
    .map((line) => `${prefix}${line}`)
    .join('\n');

/** The first question to fill in, then a commented example of every other type, from the question-type registry. */
function questionExamples(): string {
  const [first, ...others] = [...Object.values(questionTypes), reflectionPrompt];
  const commented = others.map((type, i) => indent(type.example(`vraag-${i + 2}`), '  # ')).join('\n  #\n');
  return `${indent(first!.example('vraag-1'), '  ')}

  # Examples of every other question type: remove the # signs (keep the indentation) to use one.
  #
${commented}`;
}

export function quizTemplate({ title }: NewModule): string {
  return `# yaml-language-server: $schema=../src/schemas/generated/quiz.schema.json
# Quiz for the module ${yamlString(title)}. The file name is the quiz id.
title: ${yamlString(`Toets: ${title}`)}
intro: Beantwoord de vragen en lees de feedback.
passMark: 70 # percentage needed to pass
graded: true # false: practice only, does not count for completion
questions:
${questionExamples()}
`;
}
