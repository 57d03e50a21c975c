/**
 * The limits of the quiz-quality rules, as one table (item-writing rules of issue 14). A share is a
 * fraction 0–1. Change a limit here, not in the rules.
 */
export const thresholds = {
  /** Right option the (strictly) longest: at most one in three single-choice questions… */
  longestRightMaxShare: 1 / 3,
  /** …judged in a quiz with at least this many single-choice questions. */
  longestRightMinQuestions: 3,
  /** Course-wide, the other way: the right option the longest (or the shortest) at least this share of chance,
   * or test-wise learners learn to skip the longest (shortest) option. */
  lengthCueMinOverChance: 0.5,
  /** Right options written in the same position in every single-choice question of a quiz (≥ this many). */
  samePositionMinQuestions: 3,
  /** Course-wide shares are judged over at least this many questions of the kind (fewer prove nothing). */
  courseMinQuestions: 10,
  /** Course-wide: right options written first, compared with chance (1 / options), at most this many times chance. */
  writtenFirstMaxOverChance: 1.5,
  /** True/false: share of true statements allowed, over the course and per quiz with enough statements. */
  trueShareMin: 0.35,
  trueShareMax: 0.65,
  trueFalseMinStatementsPerQuiz: 4,
  /** Multiple response, course-wide: share of questions with all right options written first. */
  rightFirstMaxShare: 0.5,
  /** Near-duplicate stems: Jaccard similarity of their word sets at or above this. */
  stemSimilarityMax: 0.7,
  /** Stems shorter than this (words) are not compared: short stems are alike by nature. */
  stemMinWords: 5,
  /** A score-quiz item repeats module text when it shares a run of this many words. */
  reuseNgram: 8,
  /** A pool should hold at least this many times its draw, so attempts differ. */
  poolOverDrawMin: 2,
} as const;

/** Absolute qualifiers that make a true/false statement guessable (Dutch, then English). */
export const absoluteWords = [
  'nooit',
  'altijd',
  'alle',
  'allemaal',
  'iedere',
  'elke',
  'geen enkele',
  'geen enkel',
  'zonder uitzondering',
  'uitsluitend',
  'alleen maar',
  'onmogelijk',
  'nooit meer',
  'volledig',
  'helemaal',
  'absoluut',
  'never',
  'always',
  'without exception',
  'impossible',
  'only ever',
];

/** "All/none of the above" in Dutch and English. */
export const allOrNonePattern =
  /\b(alle|geen)\s+(van\s+)?(de\s+)?(bovenstaande|bovengenoemde|hierboven\s+genoemde)|\b(all|none)\s+of\s+the\s+above\b/i;
