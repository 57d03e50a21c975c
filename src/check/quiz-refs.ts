/** Rule family `quiz-ref`: quizzes that modules show, that no module shows, or that two modules show. */
import { idSchema } from '../schemas/common.ts';
import { didYouMean } from '../schemas/friendly-errors.ts';
import { hiddenComponents, placementOf } from '../markdown/placement.ts';
import { field, type LoadedCourse, type Rule } from './model.ts';
import { pretestIdsOf } from './pretests.ts';
import { diagnostic, type Diagnostic } from '../course/source/diagnostic.ts';

const hint = (value: string, candidates: string[]) => {
  const best = didYouMean(value, candidates);
  return best ? ` (did you mean "${best}"?)` : '';
};

type QuizUse = { id: string; file: string; line: number; column: number };

/** The quizzes each module renders, from its syntax tree (as the site's outline counts them). */
export const quizUses = (course: LoadedCourse): QuizUse[] =>
  course.modules.flatMap((m) =>
    placementOf(m.tree).quizzes.map((q) => ({ id: q.id, file: m.file, ...(q.position ?? { line: 1, column: 1 }) })),
  );

const hiddenWhere = {
  code: 'inside a code block, so the page shows it as text',
  comment: 'inside an MDX comment `{/* … */}`, so the page does not show it',
} as const;

/** A component written inside code or a comment is not rendered: say so, since it neither shows nor counts. */
const hiddenUses = (course: LoadedCourse): Diagnostic[] =>
  course.modules.flatMap((m) =>
    hiddenComponents(m.tree).map((h) =>
      diagnostic(
        m.file,
        h.position,
        'warning',
        'hidden-component',
        `<${h.name} id="${h.id}" /> is ${hiddenWhere[h.inside]}; it is not ${h.name === 'Quiz' ? 'a quiz here and does not count for completion' : 'a reflection here'}. Write it outside the ${h.inside === 'code' ? 'code block' : 'comment'} to show it, or remove it.`,
      ),
    ),
  );

function references(uses: QuizUse[], quizIds: string[]): Diagnostic[] {
  const firstUse = new Map<string, QuizUse>();
  return uses.flatMap((use) => {
    if (!quizIds.includes(use.id))
      return [
        diagnostic(
          use.file,
          use,
          'error',
          'quiz-ref',
          `Quiz "${use.id}" does not exist${hint(use.id, quizIds)}. Fix the \`id\`, or add quizzes/${use.id}.yaml.`,
        ),
      ];
    const first = firstUse.get(use.id);
    if (!first) {
      firstUse.set(use.id, use);
      return [];
    }
    const where = first.file === use.file ? `on line ${first.line}` : `in ${first.file}`;
    return [
      diagnostic(
        use.file,
        use,
        'error',
        'quiz-reused',
        `Quiz "${use.id}" is already shown ${where}. A quiz can appear in one place only, because progress is stored per quiz; copy it to a new file with its own id.`,
      ),
    ];
  });
}

function scoreQuiz(course: LoadedCourse, used: Set<string>): Diagnostic[] {
  const file = course.course;
  const completion =
    file?.data && typeof file.data === 'object' ? (file.data as Record<string, unknown>).completion : undefined;
  const id = field(completion, 'scoreQuiz');
  if (!file || !id) return [];
  const at = file.lineOf(['completion', 'scoreQuiz']);
  const quiz = course.quizzes.find((q) => q.id === id);
  const ids = course.quizzes.map((q) => q.id);
  if (!quiz)
    return [
      diagnostic(
        file.file,
        at,
        'error',
        'score-quiz',
        `\`completion.scoreQuiz\` names quiz "${id}", which does not exist${hint(id, ids)}. Use the file name of a quiz in quizzes/ without \`.yaml\`, or remove the line.`,
      ),
    ];
  const problems: Diagnostic[] = [];
  if ((quiz.data as { graded?: unknown } | undefined)?.graded === false)
    problems.push(
      diagnostic(
        file.file,
        at,
        'error',
        'score-quiz',
        `\`completion.scoreQuiz\` names quiz "${id}", which has \`graded: false\` and so gives no score. Choose a graded quiz, or set \`graded: true\` in ${quiz.file}.`,
      ),
    );
  if (!used.has(id) && course.modules.every((m) => m.tree))
    problems.push(
      diagnostic(
        file.file,
        at,
        'error',
        'score-quiz',
        `\`completion.scoreQuiz\` names quiz "${id}", but no module shows it, so nobody can take it. Add <Quiz id="${id}" /> to a module.`,
      ),
    );
  return problems;
}

export const quizRefRule: Rule = (course) => {
  const uses = quizUses(course);
  const used = new Set(uses.map((u) => u.id));
  const scoreId = field((course.course?.data as { completion?: unknown } | undefined)?.completion, 'scoreQuiz');
  // A module whose MDX does not parse may show any quiz: say nothing about unused quizzes until it does.
  const allParsed = course.modules.every((m) => m.tree);
  const pretests = pretestIdsOf(course);
  const unused = course.quizzes
    .filter(
      (q) =>
        allParsed && !used.has(q.id) && !pretests.has(q.id) && q.id !== scoreId && idSchema.safeParse(q.id).success,
    )
    .map((q) =>
      diagnostic(
        q.file,
        undefined,
        'warning',
        'unused-quiz',
        `Quiz "${q.id}" is not shown in any module. Add <Quiz id="${q.id}" /> to a module, or delete the file.`,
      ),
    );
  return [
    ...hiddenUses(course),
    ...references(
      uses,
      course.quizzes.map((q) => q.id),
    ),
    ...unused,
    ...scoreQuiz(course, used),
  ];
};
