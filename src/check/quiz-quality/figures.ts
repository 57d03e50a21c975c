/** Course-wide figures of the quiz-quality rules (for the summary line and `--json`), and their warnings. */
import { type Diagnostic, diagnostic } from '../../course/source/diagnostic.ts';
import type { LoadedCourse } from '../model.ts';
import type { QuizFacts } from './items.ts';
import {
  chance,
  multiples,
  rightFirst,
  rightIndex,
  rightIsLongest,
  rightIsShortest,
  share,
  singles,
  statements,
} from './measures.ts';
import { percent } from './text.ts';
import { thresholds as t } from './thresholds.ts';

export type QualityFigures = {
  quizzes: number;
  questions: number;
  warnings: number;
  singleChoice: number;
  /** Share of single-choice questions whose right option is the longest, and its chance level. */
  longestRight: number;
  longestRightChance: number;
  /** Share of single-choice questions whose right option is the shortest (same chance level). */
  shortestRight: number;
  /** Share of single-choice questions whose right option is written first, and its chance level. */
  writtenFirst: number;
  writtenFirstChance: number;
  trueFalse: number;
  /** Share of true statements among the true/false questions. */
  trueShare: number;
  multipleResponse: number;
  /** Share of multiple-response questions with all right options written first. */
  rightFirst: number;
  /** Score quiz coverage: modules with a question that covers them, of the modules expected. */
  coveredModules: number;
  expectedModules: number;
};

export function measure(quizzes: QuizFacts[]): Omit<QualityFigures, 'warnings' | 'coveredModules' | 'expectedModules'> {
  const items = quizzes.flatMap((q) => q.items);
  const single = singles(items);
  const tf = statements(items);
  const mr = multiples(items);
  return {
    quizzes: quizzes.length,
    questions: items.length,
    singleChoice: single.length,
    longestRight: share(single.filter(rightIsLongest).length, single.length),
    longestRightChance: chance(single),
    shortestRight: share(single.filter(rightIsShortest).length, single.length),
    writtenFirst: share(single.filter((q) => rightIndex(q) === 0).length, single.length),
    writtenFirstChance: chance(single),
    trueFalse: tf.length,
    trueShare: share(tf.filter((q) => q.answer).length, tf.length),
    multipleResponse: mr.length,
    rightFirst: share(mr.filter(rightFirst).length, mr.length),
  };
}

/** Warnings on the course as a whole, at the course file's `completion` (or its first line). */
export function courseWarnings(course: LoadedCourse, f: ReturnType<typeof measure>): Diagnostic[] {
  const file = course.course?.file ?? 'modules/course.yaml';
  const at = course.course?.lineOf(['completion']);
  const warn = (rule: string, message: string) => diagnostic(file, at, 'warning', rule, `Over all quizzes: ${message}`);
  const out: Diagnostic[] = [];
  const enough = (n: number) => n >= t.courseMinQuestions;
  if (enough(f.singleChoice) && f.longestRight > Math.max(t.longestRightMaxShare, f.longestRightChance))
    out.push(
      warn(
        'quiz-longest',
        `the right option is the longest in ${percent(f.longestRight)} of ${f.singleChoice} single-choice questions (chance ${percent(f.longestRightChance)}; at most ${percent(t.longestRightMaxShare)}). Trim right options or sharpen wrong ones.`,
      ),
    );
  if (enough(f.singleChoice) && f.shortestRight > Math.max(t.longestRightMaxShare, f.longestRightChance))
    out.push(
      warn(
        'quiz-shortest',
        `the right option is the shortest in ${percent(f.shortestRight)} of ${f.singleChoice} single-choice questions (chance ${percent(f.longestRightChance)}; at most ${percent(t.longestRightMaxShare)}). Give right options the same detail as the others.`,
      ),
    );
  const rare = (name: string, value: number) =>
    warn(
      `quiz-${name}`,
      `the right option is the ${name} in only ${percent(value)} of ${f.singleChoice} single-choice questions (chance ${percent(f.longestRightChance)}; at least ${percent(f.longestRightChance * t.lengthCueMinOverChance)}), so skipping the ${name} option pays. Let the right option be the ${name} now and then.`,
    );
  const floor = f.longestRightChance * t.lengthCueMinOverChance;
  if (enough(f.singleChoice) && f.longestRight < floor) out.push(rare('longest', f.longestRight));
  if (enough(f.singleChoice) && f.shortestRight < floor) out.push(rare('shortest', f.shortestRight));
  if (enough(f.singleChoice) && f.writtenFirst > f.writtenFirstChance * t.writtenFirstMaxOverChance)
    out.push(
      warn(
        'quiz-position',
        `the right option is written first in ${percent(f.writtenFirst)} of ${f.singleChoice} single-choice questions (chance ${percent(f.writtenFirstChance)}); print and pages without JavaScript show that order. Vary the written position.`,
      ),
    );
  if (enough(f.trueFalse) && (f.trueShare < t.trueShareMin || f.trueShare > t.trueShareMax))
    out.push(
      warn(
        'quiz-truefalse-balance',
        `${percent(f.trueShare)} of ${f.trueFalse} true/false statements are true (keep it between ${percent(t.trueShareMin)} and ${percent(t.trueShareMax)}).`,
      ),
    );
  if (enough(f.multipleResponse) && f.rightFirst > t.rightFirstMaxShare)
    out.push(
      warn(
        'quiz-right-first',
        `${percent(f.rightFirst)} of ${f.multipleResponse} multiple-response questions list all right options first (at most ${percent(t.rightFirstMaxShare)}). Interleave right and wrong options.`,
      ),
    );
  return out;
}

const pct = (share: number) => `${Math.round(share * 100)} %`;

/** `Toetskwaliteit: 43 toetsen, 312 vragen — 0 waarschuwingen (goed antwoord langste: 18 %, …)` */
export function formatFigures(f: QualityFigures): string {
  const details = [
    `goed antwoord langste: ${pct(f.longestRight)}, kortste: ${pct(f.shortestRight)} (kans ${pct(f.longestRightChance)})`,
    `goed antwoord eerst geschreven: ${pct(f.writtenFirst)}`,
    `juist-stellingen: ${pct(f.trueShare)} van ${f.trueFalse}`,
    `meerkeuze goede eerst: ${pct(f.rightFirst)} van ${f.multipleResponse}`,
    `eindtoets dekt ${f.coveredModules}/${f.expectedModules} modules`,
  ];
  const word = f.warnings === 1 ? 'waarschuwing' : 'waarschuwingen';
  return `Toetskwaliteit: ${f.quizzes} toetsen, ${f.questions} vragen — ${f.warnings} ${word} (${details.join(', ')})`;
}
