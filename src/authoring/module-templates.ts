/** The text of a new module and its quiz. Pure: the generated files pass `npm run check` (with `TODO` warnings). */

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

export function quizTemplate({ title }: NewModule): string {
  return `# yaml-language-server: $schema=../src/schemas/generated/quiz.schema.json
# Quiz for the module ${yamlString(title)}. The file name is the quiz id.
title: ${yamlString(`Toets: ${title}`)}
intro: Beantwoord de vragen en lees de feedback.
passMark: 70 # percentage needed to pass
graded: true # false: practice only, does not count for completion
questions:
  - id: vraag-1
    type: single # exactly one option is right
    prompt: "TODO: de vraag"
    options:
      - text: "TODO: het goede antwoord"
        correct: true
        feedback: "TODO: waarom dit klopt"
      - text: "TODO: een fout antwoord"
        feedback: "TODO: waarom dit niet klopt"

  # Examples of every other question type: remove the # signs (keep the indentation) to use one.
  #
  # - id: vraag-2
  #   type: multiple # one or more options are right; partly right scores partly
  #   prompt: Welke signalen kunnen wijzen op overbelasting?
  #   options:
  #     - text: Slecht slapen
  #       correct: true
  #       feedback: Ja, een bekend signaal.
  #     - text: Meer energie dan anders
  #       feedback: Nee, eerder minder.
  #
  # - id: vraag-3
  #   type: truefalse # the learner judges the statement in prompt
  #   prompt: Een deelnemer mag altijd passen.
  #   answer: true
  #   feedbackTrue: Juist, passen mag altijd.
  #   feedbackFalse: Passen mag wel; dat is een groepsafspraak.
  #
  # - id: vraag-4
  #   type: matching # link each left item to its right item; shown shuffled
  #   prompt: Koppel het begrip aan de omschrijving.
  #   pairs:
  #     - left: Overdracht
  #       right: Gevoelens van de deelnemer gericht op de begeleider
  #       feedback: Dat is overdracht.
  #     - left: Tegenoverdracht
  #       right: Gevoelens van de begeleider gericht op de deelnemer
  #       feedback: Dat is tegenoverdracht.
  #
  # - id: vraag-5
  #   type: ordering # list the items in the right order; they are shown shuffled
  #   prompt: Zet de fasen van een groep op volgorde.
  #   items:
  #     - Kennismaken
  #     - Verdiepen
  #     - Afsluiten
  #
  # - id: vraag-6
  #   type: text # the learner types a word; case and spacing are ignored
  #   prompt: Hoe heet contact tussen mensen met dezelfde ervaring?
  #   accepted:
  #     - lotgenotencontact
  #     - lotgenoten contact
  #
  # - id: vraag-7
  #   type: reflection # not graded; the answer stays on the learner's device
  #   prompt: Wat neem je mee uit deze module?
  #   hint: Denk aan je eigen groep.
`;
}
