/**
 * Rule family `pretest`: a part's pre-test ("Wat weet je al?") exists, is shown on its own page (in no
 * module), draws from a bank that has the pool, and asks about every module of the part: a module the
 * pre-test does not ask about must not be waived by passing it.
 */
import { diagnostic, type Diagnostic } from '../course/source/diagnostic.ts';
import { didYouMean } from '../schemas/friendly-errors.ts';
import { questionSchema } from '../schemas/question.ts';
import type { Question } from '../schemas/question.ts';
import type { Quiz } from '../schemas/quiz.ts';
import { resolvePretest } from '../quiz/bank/pretest.ts';
import { field, list, moduleId, type LoadedCourse, type NamedFile, type Rule } from './model.ts';
import { placementOf } from '../markdown/placement.ts';

type RawPart = { id?: unknown; pretest?: unknown };

/** The quiz data as far as the pre-test needs it; unreadable questions are skipped (the schema rule says why). */
function asQuiz(file: NamedFile): Quiz {
  const data = (file.data ?? {}) as Record<string, unknown>;
  const questions = list(data, 'questions').flatMap((q) => {
    const parsed = questionSchema.safeParse(q);
    return parsed.success ? [parsed.data as Question] : [];
  });
  const bank = data.bank as { quiz?: unknown; pool?: unknown; perModule?: unknown } | undefined;
  return {
    ...(data as object),
    id: file.id,
    questions,
    bank: bank
      ? { quiz: String(bank.quiz), pool: String(bank.pool), perModule: Number(bank.perModule ?? 1) }
      : undefined,
  } as Quiz;
}

function checkPart(course: LoadedCourse, part: RawPart, index: number, placed: Set<string>): Diagnostic[] {
  const id = typeof part.pretest === 'string' ? part.pretest : undefined;
  if (!id || !course.course) return [];
  const at = course.course.lineOf(['parts', index, 'pretest']);
  const file = course.quizzes.find((q) => q.id === id);
  const here = (message: string, severity: 'error' | 'warning' = 'error') =>
    diagnostic(course.course!.file, at, severity, 'pretest', message);
  if (!file) {
    const best = didYouMean(
      id,
      course.quizzes.map((q) => q.id),
    );
    return [
      here(
        `Part \`${String(part.id)}\` names pre-test "${id}", but quizzes/${id}.yaml does not exist${best ? ` (did you mean "${best}"?)` : ''}. Fix \`pretest\`, or add the quiz file.`,
      ),
    ];
  }
  if (placed.has(id))
    return [
      here(
        `Pre-test "${id}" is also shown in a module, so it would count as that module's quiz. Remove <Quiz id="${id}" /> from the module: the pre-test has a page of its own.`,
      ),
    ];
  const quiz = asQuiz(file);
  if (!quiz.bank) return [];
  const bankFile = course.quizzes.find((q) => q.id === quiz.bank!.quiz);
  if (!bankFile)
    return [
      diagnostic(
        file.file,
        file.lineOf(['bank', 'quiz']),
        'error',
        'pretest',
        `\`bank.quiz\` names quiz "${quiz.bank.quiz}", which does not exist. Name the quiz to draw from, e.g. \`eindtoets\`.`,
      ),
    ];
  const modules = course.modules
    .filter((m) => (field(m.data, 'part') ?? m.folder) === part.id)
    .map((m) => ({ id: moduleId(m), title: field(m.data, 'title') ?? '' }));
  const resolved = resolvePretest(quiz, asQuiz(bankFile), modules);
  if (!resolved.uncovered.length) return [];
  return [
    diagnostic(
      file.file,
      file.lineOf(['bank']),
      'error',
      'pretest',
      `The pre-test asks nothing about ${resolved.uncovered.map((m) => `\`${m}\``).join(', ')} of part \`${String(part.id)}\`, yet passing it would waive ${resolved.uncovered.length === 1 ? 'that module' : 'those modules'}. Add a question to pool \`${quiz.bank.pool}\` of ${bankFile.id} whose feedback names the module's title, or a question here with \`pool: <module-id>\`.`,
    ),
  ];
}

export const pretestRule: Rule = (course) => {
  if (!course.modules.every((m) => m.tree)) return [];
  const placed = new Set(course.modules.flatMap((m) => placementOf(m.tree).quizzes.map((q) => q.id)));
  const parts = list(course.course?.data, 'parts') as RawPart[];
  return parts.flatMap((part, i) => (part && typeof part === 'object' ? checkPart(course, part, i, placed) : []));
};

/** Quiz ids named as a part's pre-test: used, though no module shows them. */
export const pretestIdsOf = (course: LoadedCourse) =>
  new Set(
    (list(course.course?.data, 'parts') as RawPart[]).flatMap((p) =>
      typeof p?.pretest === 'string' ? [p.pretest] : [],
    ),
  );
