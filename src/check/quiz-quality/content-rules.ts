/**
 * Content rules: near-duplicate stems (within a quiz, and between the score quiz and every other
 * quiz), score-quiz items that repeat a module's text, and what the score quiz covers.
 */
import { type Diagnostic, diagnostic } from '../../course/source/diagnostic.ts';
import { field, type LoadedCourse, moduleId } from '../model.ts';
import type { Item, QuizFacts } from './items.ts';
import { contentWords, jaccard, ngrams, percent, words } from './text.ts';
import { thresholds as t } from './thresholds.ts';

type Stem = { quiz: QuizFacts; item: Item; words: Set<string> };
const stemsOf = (quiz: QuizFacts): Stem[] =>
  quiz.items
    .filter((item) => words(item.prompt).length >= t.stemMinWords)
    .map((item) => ({ quiz, item, words: contentWords(item.prompt) }));

const duplicate = (a: Stem, b: Stem): Diagnostic[] => {
  const similarity = jaccard(a.words, b.words);
  if (similarity < t.stemSimilarityMax) return [];
  const other = a.quiz === b.quiz ? `question \`${b.item.id}\`` : `\`${b.item.id}\` in ${b.quiz.file}`;
  return [
    diagnostic(
      a.quiz.file,
      a.item.at(),
      'warning',
      'quiz-duplicate-stem',
      `The stem of \`${a.item.id}\` is nearly the same as that of ${other} (${percent(similarity)} of their words shared). Ask something else, or remove one.`,
    ),
  ];
};

export function duplicateStems(quizzes: QuizFacts[], scoreQuiz: string | undefined): Diagnostic[] {
  const stems = new Map(quizzes.map((q) => [q.id, stemsOf(q)]));
  // Each question is reported once, with the first earlier question it repeats.
  const within = [...stems.values()].flatMap((list) =>
    list.flatMap((b, i) =>
      list
        .slice(0, i)
        .flatMap((a) => duplicate(b, a))
        .slice(0, 1),
    ),
  );
  const finals = (scoreQuiz && stems.get(scoreQuiz)) || [];
  const others = [...stems.entries()].filter(([id]) => id !== scoreQuiz).flatMap(([, list]) => list);
  return [...within, ...finals.flatMap((a) => others.flatMap((b) => duplicate(a, b)).slice(0, 1))];
}

/** Modules except the one that shows the score quiz itself. */
const examinedModules = (course: LoadedCourse, scoreQuiz: string) =>
  course.modules.filter((m) => !new RegExp(`<Quiz[^>]*id=["']${scoreQuiz}["']`).test(m.body));

export function reusedText(course: LoadedCourse, final: QuizFacts | undefined): Diagnostic[] {
  if (!final) return [];
  const bodies = examinedModules(course, final.id).map((m) => ({
    id: moduleId(m),
    grams: ngrams(m.body, t.reuseNgram),
  }));
  return final.items.flatMap((item) => {
    const grams = ngrams(item.allText, t.reuseNgram);
    for (const body of bodies) {
      const shared = [...grams].find((g) => body.grams.has(g));
      if (shared)
        return [
          diagnostic(
            final.file,
            item.at(),
            'warning',
            'quiz-reuses-module',
            `Final-test item \`${item.id}\` repeats the text of module \`${body.id}\` ("${shared} …"), so it tests recognition, not transfer. Write a new situation in your own words.`,
          ),
        ];
    }
    return [];
  });
}

const norm = (s: string) => words(s).join(' ');

/** Whether `item` covers module `m`: its pool is the module, or its feedback names the module's title. */
const covers = (item: Item, m: { id: string; title: string }) =>
  item.pool === m.id || (m.title.length > 0 && norm(item.feedbackText).includes(m.title));

export type Coverage = { covered: number; expected: number; warnings: Diagnostic[] };

/**
 * Every part and every module of the course asked about in the score quiz. Judged once the score quiz
 * is a bank (its questions name pools): a part is covered by its pool, a module by a question whose
 * pool is the module or whose feedback names the module's title (as feedback that teaches does).
 */
export function coverage(course: LoadedCourse, final: QuizFacts | undefined): Coverage {
  if (!final) return { covered: 0, expected: 0, warnings: [] };
  const judged = final.items.some((item) => item.pool);
  const parts = (
    field(course.course?.data, 'id') !== undefined
      ? ((course.course!.data as { parts?: { id?: string }[] }).parts ?? [])
      : []
  ).flatMap((p) => (typeof p?.id === 'string' ? [p.id] : []));
  const modules = examinedModules(course, final.id).map((m) => ({
    id: moduleId(m),
    part: field(m.data, 'part') ?? m.folder,
    title: norm(field(m.data, 'title') ?? ''),
  }));
  const isCovered = (m: (typeof modules)[number]) => final.items.some((item) => covers(item, m));
  const at = final.quiz.lineOf(['questions']);
  const warnings = !judged
    ? []
    : parts.flatMap((part) => {
        const inPart = modules.filter((m) => m.part === part);
        const partAsked = final.items.some((item) => item.pool === part) || inPart.some(isCovered);
        if (!partAsked)
          return [
            diagnostic(
              final.file,
              at,
              'warning',
              'quiz-coverage',
              `The score quiz asks nothing about part \`${part}\`. Add questions with \`pool: ${part}\`.`,
            ),
          ];
        const missing = inPart.filter((m) => !isCovered(m)).map((m) => m.id);
        return missing.length
          ? [
              diagnostic(
                final.file,
                at,
                'warning',
                'quiz-coverage',
                `The score quiz covers ${inPart.length - missing.length} of ${inPart.length} modules of part \`${part}\`; not: ${missing.join(', ')}. Add a question whose feedback names the module to re-read (its title), or whose \`pool\` is the module id.`,
              ),
            ]
          : [];
      });
  return { covered: modules.filter(isCovered).length, expected: modules.length, warnings };
}
