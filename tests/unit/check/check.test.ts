/**
 * The course checker against broken courses: one folder per case in tests/fixtures/check/, each a
 * minimal course with one thing wrong, and the exact lines `npm run check` prints for it.
 */
import { describe, expect, it } from 'vitest';
import { checkCourse } from '../../../src/check/check-course.ts';
import { formatDiagnostic } from '../../../src/check/format.ts';

const fixture = (name: string) => `tests/fixtures/check/${name}`;
const lines = async (root: string) => (await checkCourse(root)).map((d) => formatDiagnostic(d));

/** [case folder, every line the checker reports for it] */
const cases: [string, string[]][] = [
  [
    'boolean-as-text',
    [
      'quizzes/veiligheid.yaml:16:5 error Question 2, `answer` should be `true` or `false` but is "ja". Write `true` or `false` without quotes. [schema]',
    ],
  ],
  [
    'casus-questions-not-list',
    [
      'modules/deel-1/01-veiligheid.mdx:38:22 error <Casus> `questions` must be a list of texts, written `questions={["Eerste vraag", "Tweede vraag"]}`. [component]',
    ],
  ],
  [
    'course-wrong-language',
    [
      'modules/course.yaml:3:1 error `language` is "de", which is not allowed. Use `nl` or `en` (did you mean `nl`?). [schema]',
    ],
  ],
  [
    'duplicate-module-id',
    [
      'modules/deel-1/02-veiligheid.mdx:2:1 error Module id "veiligheid" is already used by modules/deel-1/01-veiligheid.mdx. Give every module its own id. [duplicate-id]',
    ],
  ],
  [
    'duplicate-order',
    [
      'modules/deel-1/01-veiligheid.mdx:5:1 error Modules "extra" and "veiligheid" both have `order: 1` in part "deel-1". Give every module in a part its own number. [order]',
    ],
  ],
  [
    'duplicate-part-id',
    [
      'modules/course.yaml:9:5 error Part 3 has the id "deel-1", which part 1 already uses. Give every part its own id. [duplicate-id]',
    ],
  ],
  [
    'duplicate-question-id',
    [
      'quizzes/veiligheid.yaml:13:5 error Question 2, `id`: question id `kenmerk` is used twice in this quiz; give every question its own id [question]',
    ],
  ],
  [
    'empty-goals',
    [
      'modules/deel-1/01-veiligheid.mdx:7:1 error `goals`: write at least one learning goal (received an empty list) [schema]',
    ],
  ],
  [
    'empty-part',
    [
      'modules/course.yaml:9:5 warning Part "deel-3" has no modules yet. Add one with `npm run new:module -- --part deel-3 "Titel"`, or remove the part. [empty-part]',
    ],
  ],
  [
    'file-name-mismatch',
    [
      'modules/deel-1/01-veilig.mdx:1:1 warning The file name does not match the frontmatter (`part`, `order`, `id`). Rename the file to modules/deel-1/01-veiligheid.mdx so that authors can find it. [file-name]',
    ],
  ],
  [
    'frontmatter-syntax',
    [
      'modules/deel-1/01-veiligheid.mdx:6:10 error The YAML cannot be read: nested mappings are not allowed in compact mappings. A value that contains `: ` must be put in quotes, for example `title: "Deel 1: Inleiding"`; also check the indentation. [yaml-syntax]',
    ],
  ],
  [
    'glossary-missing-definition',
    [
      'modules/glossary/trauma.yaml:1:1 error `definition` is missing. Add it (one to three plain sentences that define the term). [schema]',
    ],
  ],
  [
    'glossary-module-ref',
    [
      'modules/glossary/trauma.yaml:3:1 error Module "veilig" does not exist (did you mean "veiligheid"?). Use the `id` from a module\'s frontmatter. [module-ref]',
    ],
  ],
  [
    'graded-reflection-only',
    [
      'quizzes/extra.yaml:1:1 error The quiz is graded but has only reflection prompts, so its pass mark of 70 % cannot be reached. Set `graded: false`, or add a graded question. [pass-mark]',
    ],
  ],
  [
    'progress-key-collision',
    [
      'modules/deel-2/01-module-9886.mdx:2:1 error The module ids "module-15340" and "module-9886" get the same 4-character key in the learner\'s progress data, so one would overwrite the other. Change one of the two ids a little (before publishing). [progress-key]',
    ],
  ],
  [
    'heading-level-1',
    [
      'modules/deel-1/01-veiligheid.mdx:12:1 error The heading "Wat is veiligheid" is level 1 (`#`), but the module title is already the page\'s level-1 heading. Use `##` for sections. [heading]',
    ],
  ],
  [
    'heading-skip',
    [
      'modules/deel-1/01-veiligheid.mdx:32:1 warning The heading "Een detail" jumps from level 2 to level 4. Use `###` here, so that screen-reader users can follow the outline. [heading]',
    ],
  ],
  [
    'html-module-link',
    [
      'modules/deel-1/01-veiligheid.mdx:27:58 warning The link "../deel-2/grenzen.html" depends on how the site names its pages. Write `module:grenzen` instead. [link]',
    ],
  ],
  [
    'image-missing',
    [
      'modules/deel-1/01-veiligheid.mdx:30:1 error The image "./kring.png" points to modules/deel-1/kring.png, which does not exist. Fix the path (it is relative to this file) or add the image. [image]',
    ],
  ],
  [
    'image-without-alt',
    [
      'modules/deel-1/01-veiligheid.mdx:30:1 error The image "./beeld.png" has no alt text. Describe what it shows between the brackets: `![Wat de afbeelding laat zien](./beeld.png)`. [image-alt]',
    ],
  ],
  [
    'matching-duplicate-left',
    [
      'quizzes/eindtoets.yaml:19:5 error Question 2, `pairs`: two pairs have the same left side, so the question cannot be answered; make every left side different [question]',
    ],
  ],
  [
    'mdx-stray-brace',
    [
      'modules/deel-1/01-veiligheid.mdx:32:29 error The MDX cannot be compiled: Unexpected end of file in expression, expected a corresponding closing brace for `{`. In MDX, `{` starts an expression; write `\\{` for a brace in text, or close the expression with `}`. [mdx-syntax]',
    ],
  ],
  [
    'mdx-unclosed-tag',
    [
      'modules/deel-1/01-veiligheid.mdx:34:1 error The MDX cannot be compiled: Expected a closing tag for `<Reflection>` (34:1-34:59). Close every component with its own closing tag, for example `<Callout>` … `</Callout>`, or end it with `/>`. [mdx-syntax]',
    ],
  ],
  [
    'missing-course-file',
    [
      'modules/course.yaml:1:1 error The course file `modules/course.yaml` does not exist. Create it with the course `id`, `title`, `description` and `parts`. [missing-file]',
    ],
  ],
  [
    'missing-study-minutes',
    [
      'modules/deel-1/01-veiligheid.mdx:2:1 error `studyMinutes` is missing. Add it (estimated study time in minutes: reading plus exercises). [schema]',
    ],
  ],
  [
    'module-link-anchor',
    [
      'modules/deel-1/01-veiligheid.mdx:27:58 error Module "grenzen" has no heading with the anchor "#wat-zijn-grens" (did you mean "wat-zijn-grenzen"?). Use the heading text in lower case with hyphens, as in "#wat-zijn-grenzen". [link]',
    ],
  ],
  [
    'module-link-missing',
    [
      'modules/deel-1/01-veiligheid.mdx:27:58 error The link "module:grenze" points to module "grenze", which does not exist (did you mean "grenzen"?). Use the `id` from the module\'s frontmatter. [link]',
    ],
  ],
  [
    'no-correct-option',
    [
      'quizzes/veiligheid.yaml:7:5 error Question 1, `options`: no option is marked `correct: true`; mark the right answer [question]',
    ],
  ],
  [
    'no-frontmatter',
    [
      'modules/deel-1/01-veiligheid.mdx:1:1 error The module has no frontmatter. Start the file with a line `---`, then the fields (`id`, `title`, `part`, `order`, `summary`, `goals`, `studyMinutes`), then another `---`. [frontmatter]',
    ],
  ],
  [
    'option-without-feedback',
    [
      'quizzes/veiligheid.yaml:11:9 error Question 1, option 2, `feedback` is missing. Add it (why this option is right or wrong; shown after answering). [schema]',
    ],
  ],
  [
    'ordering-duplicate-items',
    [
      'quizzes/eindtoets.yaml:29:5 error Question 3, `items`: two items have the same text, so the order cannot be judged; make every item different [question]',
    ],
  ],
  [
    'pass-mark-over-100',
    ['quizzes/eindtoets.yaml:2:1 error `passMark`: use a whole number from 0 to 100 (received 120) [schema]'],
  ],
  [
    'quiz-file-name',
    [
      'quizzes/Mijn Quiz.yaml:1:1 error The file name "Mijn Quiz" is not a valid quiz id, and the file name is the id. Rename the file to "mijn-quiz.yaml": lower-case letters, digits and single hyphens. [file-name]',
    ],
  ],
  [
    'quiz-in-two-modules',
    [
      'modules/deel-2/01-grenzen.mdx:28:7 error Quiz "veiligheid" is already shown in modules/deel-1/01-veiligheid.mdx. A quiz can appear in one place only, because progress is stored per quiz; copy it to a new file with its own id. [quiz-reused]',
    ],
  ],
  [
    'quiz-ref-typo',
    [
      'modules/deel-1/01-veiligheid.mdx:38:7 error Quiz "veiligheid-1" does not exist (did you mean "veiligheid"?). Fix the `id`, or add quizzes/veiligheid-1.yaml. [quiz-ref]',
      'quizzes/veiligheid.yaml:1:1 warning Quiz "veiligheid" is not shown in any module. Add <Quiz id="veiligheid" /> to a module, or delete the file. [unused-quiz]',
    ],
  ],
  [
    'quiz-unknown-prop',
    ['modules/deel-1/01-veiligheid.mdx:38:23 error <Quiz> has no prop `titel`. It takes `id`. [component]'],
  ],
  [
    'reflection-duplicate-id',
    [
      'modules/deel-1/01-veiligheid.mdx:38:13 error Reflection id "eigen-veiligheid" is already used on line 34. Give every reflection in a module its own id. [reflection-id]',
    ],
  ],
  [
    'reflection-without-id',
    [
      'modules/deel-1/01-veiligheid.mdx:34:1 error <Reflection> needs `id`. Add it, for example <Reflection id="eigen-grenzen" title="Jouw grenzen">Vraag…</Reflection>. [component]',
    ],
  ],
  [
    'relative-link-missing',
    [
      'modules/deel-1/01-veiligheid.mdx:32:8 error The link "./handout.pdf" points to modules/deel-1/handout.pdf, which does not exist. Link to a module with `module:<id>`, or fix the path (it is relative to this file). [link]',
    ],
  ],
  [
    'score-quiz-missing',
    [
      'modules/course.yaml:10:3 error `completion.scoreQuiz` names quiz "eindtoest", which does not exist (did you mean "eindtoets"?). Use the file name of a quiz in quizzes/ without `.yaml`, or remove the line. [score-quiz]',
    ],
  ],
  [
    'score-quiz-ungraded',
    [
      'modules/course.yaml:10:3 error `completion.scoreQuiz` names quiz "eindtoets", which has `graded: false` and so gives no score. Choose a graded quiz, or set `graded: true` in quizzes/eindtoets.yaml. [score-quiz]',
    ],
  ],
  [
    'sense-and-shape-errors',
    [
      'quizzes/veiligheid.yaml:7:5 error Question 1, `options`: no option is marked `correct: true`; mark the right answer [question]',
      'quizzes/veiligheid.yaml:12:5 error Question 2, `feedbackFalse` is missing. Add it (shown when the learner chooses "onjuist"). [schema]',
    ],
  ],
  [
    'term-missing',
    [
      'modules/deel-1/01-veiligheid.mdx:32:11 error Glossary term "traumaa" does not exist (did you mean "trauma"?). Fix the `id`, or add modules/glossary/traumaa.yaml with `term` and `definition`. [term-ref]',
    ],
  ],
  [
    'todo-left',
    [
      'modules/deel-1/01-veiligheid.mdx:32:1 warning Placeholder text `TODO` is still here. Replace it with the real text. [todo]',
    ],
  ],
  [
    'two-correct-single',
    [
      'quizzes/veiligheid.yaml:7:5 error Question 1, `options`: 2 options are marked `correct: true` in a single-choice question; mark exactly one, or use `type: multiple` [question]',
    ],
  ],
  [
    'unknown-callout-kind',
    [
      'modules/deel-1/01-veiligheid.mdx:26:10 error <Callout> `kind` is "tips", which is not allowed (did you mean "tip"?). Use "info", "tip", "warning" or "example". [component]',
    ],
  ],
  [
    'unknown-component',
    [
      'modules/deel-1/01-veiligheid.mdx:26:1 error Unknown component <Calout> (did you mean "Callout"?). Use one of <Quiz>, <Reflection>, <Callout>, <Casus>, <Term>; they need no import. [component]',
    ],
  ],
  [
    'unknown-part',
    [
      'modules/course.yaml:7:5 warning Part "deel-2" has no modules yet. Add one with `npm run new:module -- --part deel-2 "Titel"`, or remove the part. [empty-part]',
      'modules/deel-2/01-grenzen.mdx:1:1 warning The file name does not match the frontmatter (`part`, `order`, `id`). Rename the file to modules/deel-3/01-grenzen.mdx so that authors can find it. [file-name]',
      'modules/deel-2/01-grenzen.mdx:4:1 error Part "deel-3" is not listed in modules/course.yaml (did you mean "deel-1"?). Use one of the part ids under `parts` there, or add the part. [part-ref]',
    ],
  ],
  [
    'unknown-question-type',
    [
      'quizzes/eindtoets.yaml:5:5 error Question 1, `type` is "multi", which is not a known `type`. Use `single`, `multiple`, `truefalse`, `matching`, `ordering`, `text` or `reflection` (did you mean `multiple`?). [schema]',
    ],
  ],
  [
    'unknown-quiz-field',
    [
      'quizzes/eindtoets.yaml:2:1 error The file has an unknown field `pasMark` (did you mean `passMark`?). Remove it or fix the spelling; known fields are `$schema`, `title`, `intro`, `passMark`, `attempts`, `shuffle`, `graded` and `questions`. [schema]',
    ],
  ],
  [
    'unused-quiz',
    [
      'quizzes/extra.yaml:1:1 warning Quiz "extra" is not shown in any module. Add <Quiz id="extra" /> to a module, or delete the file. [unused-quiz]',
    ],
  ],
  [
    'word-count-low',
    [
      'modules/deel-2/01-grenzen.mdx:1:1 warning The body has 4 words; a module usually has 300 to 2,500. Add content, or merge this module with another. [word-count]',
    ],
  ],
  [
    'yaml-duplicate-key',
    [
      'quizzes/eindtoets.yaml:3:1 error The YAML cannot be read: map keys must be unique. A field may appear only once at the same level; remove or rename one of them. [yaml-syntax]',
    ],
  ],
  [
    'yaml-syntax-course',
    [
      'modules/course.yaml:8:12 error The YAML cannot be read: nested mappings are not allowed in compact mappings. A value that contains `: ` must be put in quotes, for example `title: "Deel 1: Inleiding"`; also check the indentation. [yaml-syntax]',
    ],
  ],
  [
    'yaml-syntax-quiz',
    [
      'quizzes/veiligheid.yaml:19:1 error The YAML cannot be read: missing closing "quote. Close what was opened (a quote, `[` or `{`), or check the indentation of this line. [yaml-syntax]',
    ],
  ],
];

describe('checkCourse on broken courses', () => {
  it('reports nothing for the valid fixture course', async () => {
    expect(await lines(fixture('valid'))).toEqual([]);
  });

  it.each(cases)('%s', async (name, expected) => {
    expect(await lines(fixture(name))).toEqual(expected);
  });
});

describe('the real course', () => {
  it('has no errors', async () => {
    const errors = (await checkCourse('.')).filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d));
    expect(errors).toEqual([]);
  }, 60_000);
});
