/**
 * Pre-tests ("Wat weet je al?") drawn from another quiz's bank: a quiz with `bank` asks, in each
 * attempt, `perModule` questions about every module of its part, taken from one pool of the bank
 * quiz (the final test). A question belongs to the module whose id is its pool or whose title its
 * feedback names: the convention the final test already follows (and `npm run check` measures as
 * coverage), so no item has to be written or tagged twice. Build side only.
 */
import type { Question } from '../../schemas/question.ts';
import type { Quiz } from '../../schemas/quiz.ts';
import type { DrawRule } from './draw.ts';

export type BankModule = { id: string; title: string };

/** A pre-test as it is asked: the bank's questions regrouped into one pool per module. */
export type ResolvedPretest = {
  questions: Question[];
  draw: DrawRule[];
  /** Question id → the module it is about. */
  moduleOf: Record<string, string>;
  /** Modules of the part that no question covers (a pre-test must not waive what it did not ask). */
  uncovered: string[];
};

const words = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/** Every feedback text of a question: general, per option or pair, per answer of a true/false statement. */
function feedbackText(q: Question): string {
  const record = q as Record<string, unknown> & { options?: unknown[]; pairs?: unknown[] };
  const own = Object.entries(record)
    .filter(([key]) => /^feedback/.test(key))
    .flatMap(([, value]) => (value && typeof value === 'object' ? Object.values(value) : [value]));
  const nested = [...(record.options ?? []), ...(record.pairs ?? [])].map(
    (o) => (o as { feedback?: unknown }).feedback,
  );
  return [...own, ...nested].filter((t): t is string => typeof t === 'string').join('\n');
}

/** The module a question is about, among `modules`; the first named when several are. */
export function moduleOfQuestion(q: Question, modules: BankModule[]): string | undefined {
  const pool = 'pool' in q ? q.pool : undefined;
  const byPool = modules.find((m) => m.id === pool);
  if (byPool) return byPool.id;
  const text = words(feedbackText(q));
  return modules.find((m) => words(m.title) && text.includes(words(m.title)))?.id;
}

/**
 * The questions and draw of pre-test `quiz`: the bank pool's questions plus its own, each in the pool
 * of its module, and one draw rule per module of the part. Questions about no module of the part are
 * left out (they would test nothing the learner can be exempted from).
 */
export function resolvePretest(quiz: Quiz, bank: Quiz | undefined, modules: BankModule[]): ResolvedPretest {
  const fromBank = quiz.bank && bank ? bank.questions.filter((q) => 'pool' in q && q.pool === quiz.bank!.pool) : [];
  const moduleOf: Record<string, string> = {};
  const questions: Question[] = [];
  for (const q of [...fromBank, ...quiz.questions]) {
    const module = q.type === 'reflection' ? undefined : moduleOfQuestion(q, modules);
    if (!module) continue;
    moduleOf[q.id] = module;
    questions.push({ ...q, pool: module } as Question);
  }
  const covered = new Set(Object.values(moduleOf));
  const perModule = quiz.bank?.perModule ?? 1;
  return {
    questions,
    draw: modules.filter((m) => covered.has(m.id)).map((m) => ({ pool: m.id, count: perModule })),
    moduleOf,
    uncovered: modules.filter((m) => !covered.has(m.id)).map((m) => m.id),
  };
}

/** What a page needs to know to resolve a pre-test (structural, as `courseContext()` gives it). */
export type PretestContext = {
  course: { parts: { id: string; pretest?: string }[] };
  outline: { parts: { id: string; modules: BankModule[] }[] };
  quizzes: Quiz[];
};

/** The part whose pre-test `quizId` is, with the pre-test resolved when it draws from a bank. */
export function pretestOf(quizId: string, ctx: PretestContext) {
  const part = ctx.course.parts.find((p) => p.pretest === quizId);
  const quiz = ctx.quizzes.find((q) => q.id === quizId);
  if (!part || !quiz) return undefined;
  const modules = ctx.outline.parts.find((p) => p.id === part.id)?.modules ?? [];
  const bank = quiz.bank && ctx.quizzes.find((q) => q.id === quiz.bank!.quiz);
  const resolved = quiz.bank ? resolvePretest(quiz, bank, modules) : undefined;
  // Without a bank the quiz is asked as written; its result per module still shows where it can.
  const moduleOf =
    resolved?.moduleOf ??
    Object.fromEntries(
      quiz.questions.flatMap((q) => {
        const module = q.type === 'reflection' ? undefined : moduleOfQuestion(q, modules);
        return module ? [[q.id, module]] : [];
      }),
    );
  return { part, quiz, modules, resolved, moduleOf };
}
