/**
 * Per-quiz form rules: what gives the answer away without knowing it (length either way, written position,
 * true/false balance, absolute words, "all/none of the above", right options first).
 */
import { type Diagnostic, diagnostic } from '../../course/source/diagnostic.ts';
import type { QuizFacts } from './items.ts';
import {
  multiples,
  rightFirst,
  rightIndex,
  rightIsLongest,
  rightIsShortest,
  share,
  singles,
  statements,
} from './measures.ts';
import { absolutesIn, percent } from './text.ts';
import { absoluteWords, allOrNonePattern, thresholds as t } from './thresholds.ts';

const ids = (qs: { id: string }[]) => qs.map((q) => `\`${q.id}\``).join(', ');

/** The length cue both ways: the right option strictly the longest, or strictly the shortest, too often. */
const lengthCues = [
  {
    rule: 'quiz-longest',
    is: rightIsLongest,
    word: 'longest',
    fix: 'Make the wrong options as specific as the right one, or trim the right one.',
  },
  {
    rule: 'quiz-shortest',
    is: rightIsShortest,
    word: 'shortest',
    fix: 'Give the right option the same detail as the others, or make a wrong option the short one.',
  },
] as const;

function lengthCue({ file, items }: QuizFacts, cue: (typeof lengthCues)[number]): Diagnostic[] {
  const qs = singles(items);
  const cued = qs.filter(cue.is);
  if (qs.length < t.longestRightMinQuestions || share(cued.length, qs.length) <= t.longestRightMaxShare) return [];
  return [
    diagnostic(
      file,
      cued[0]!.at(),
      'warning',
      cue.rule,
      `The right option is the ${cue.word} in ${cued.length} of ${qs.length} single-choice questions (${percent(share(cued.length, qs.length))}; at most ${percent(t.longestRightMaxShare)}): ${ids(cued)}. ${cue.fix}`,
    ),
  ];
}

function samePosition(file: string, qs: ReturnType<typeof singles>, pinned: boolean): Diagnostic[] {
  if (qs.length < t.samePositionMinQuestions) return [];
  const position = rightIndex(qs[0]!);
  if (!qs.every((q) => rightIndex(q) === position)) return [];
  const where = pinned
    ? `in all ${qs.length} single-choice questions with \`pinOrder: true\` (shown in that order)`
    : `in all ${qs.length} single-choice questions (the order shown in print and without JavaScript)`;
  return [
    diagnostic(
      file,
      qs[0]!.at(['options']),
      'warning',
      'quiz-position',
      `The right option is written as option ${position + 1} ${where}. Vary the written position of the right option.`,
    ),
  ];
}

function trueFalseBalance({ file, items, quiz }: QuizFacts): Diagnostic[] {
  const qs = statements(items);
  if (qs.length < t.trueFalseMinStatementsPerQuiz) return [];
  const trueShare = share(qs.filter((q) => q.answer).length, qs.length);
  if (trueShare >= t.trueShareMin && trueShare <= t.trueShareMax) return [];
  return [
    diagnostic(
      file,
      quiz.lineOf(['questions']),
      'warning',
      'quiz-truefalse-balance',
      `${qs.filter((q) => q.answer).length} of ${qs.length} true/false statements are true (${percent(trueShare)}; keep it between ${percent(t.trueShareMin)} and ${percent(t.trueShareMax)}), so guessing one answer pays. Rewrite some statements the other way.`,
    ),
  ];
}

const absolutes = ({ file, items }: QuizFacts) =>
  statements(items).flatMap((q) => {
    const found = absolutesIn(q.prompt, absoluteWords);
    return found.length
      ? [
          diagnostic(
            file,
            q.at(),
            'warning',
            'quiz-absolute',
            `True/false statement \`${q.id}\` has an absolute qualifier (${found.map((w) => `"${w}"`).join(', ')}), which gives away "onjuist". Word it with nuance.`,
          ),
        ]
      : [];
  });

const allOrNone = ({ file, items }: QuizFacts) =>
  items.flatMap((q) =>
    q.options.flatMap((o, i) =>
      allOrNonePattern.test(o.text)
        ? [
            diagnostic(
              file,
              q.at(['options', i, 'text']),
              'warning',
              'quiz-all-none',
              `Question \`${q.id}\` has an "all/none of the above" option ("${o.text.trim()}"); it tests reading the list, not the subject. Replace it with a plausible option of its own.`,
            ),
          ]
        : [],
    ),
  );

const pinnedRightFirst = ({ file, items }: QuizFacts) =>
  multiples(items)
    .filter((q) => q.pinOrder && rightFirst(q))
    .map((q) =>
      diagnostic(
        file,
        q.at(['options']),
        'warning',
        'quiz-right-first',
        `Multiple-response question \`${q.id}\` keeps its written order (\`pinOrder: true\`) and lists all right options before the wrong ones. Interleave right and wrong options.`,
      ),
    );

/** Every per-quiz form warning of one quiz. */
export const formWarnings = (quiz: QuizFacts): Diagnostic[] => [
  ...lengthCues.flatMap((cue) => lengthCue(quiz, cue)),
  ...samePosition(quiz.file, singles(quiz.items), false),
  ...samePosition(
    quiz.file,
    singles(quiz.items).filter((q) => q.pinOrder),
    true,
  ).filter(() => !samePosition(quiz.file, singles(quiz.items), false).length),
  ...trueFalseBalance(quiz),
  ...absolutes(quiz),
  ...allOrNone(quiz),
  ...pinnedRightFirst(quiz),
];
