import type { Course, Part } from '../schemas/course.ts';
import type { ModuleMeta } from '../schemas/module.ts';
import type { Quiz } from '../schemas/quiz.ts';
import { progressKey, type CourseData } from '../progress/course-data.ts';
import { resolvePolicy } from '../quiz/bank/policy.ts';
import { pretestQuizData } from '../quiz/bank/pretest-data.ts';
import { moduleHref } from './routes.ts';

export type OutlineModule = ModuleMeta & { quizzes: string[]; href: string; index: number };
export type OutlinePart = Part & { modules: OutlineModule[]; minutes: number };
export type Outline = { parts: OutlinePart[]; modules: OutlineModule[]; totalMinutes: number };

/**
 * Modules in course order (part order, then `order`), with the quizzes each renders: `quizzes` comes
 * from the MDX syntax tree (`src/markdown/placement.ts`), through the remark plugin in the site.
 */
export function buildOutline(course: Course, modules: { data: ModuleMeta; quizzes: string[] }[]): Outline {
  let index = 0;
  const parts = course.parts.map((part) => {
    const inPart = modules
      .filter((m) => m.data.part === part.id)
      .sort((a, b) => a.data.order - b.data.order || a.data.id.localeCompare(b.data.id))
      .map((m) => ({ ...m.data, quizzes: m.quizzes, href: moduleHref(m.data.id), index: index++ }));
    return { ...part, modules: inPart, minutes: inPart.reduce((sum, m) => sum + m.studyMinutes, 0) };
  });
  const all = parts.flatMap((p) => p.modules);
  return { parts, modules: all, totalMinutes: all.reduce((sum, m) => sum + m.studyMinutes, 0) };
}

/** The slice of course facts the browser needs (see `CourseData`). */
export function toCourseData(
  course: Course,
  outline: Outline,
  quizzes: Quiz[],
  scenarios: { id: string; module: string }[] = [],
): CourseData {
  const byId = new Map(quizzes.map((q) => [q.id, q]));
  const data: CourseData = {
    id: course.id,
    title: course.title,
    language: course.language,
    passMark: course.completion.passMark,
    rule: course.completion.rule,
    scoreQuiz: course.completion.scoreQuiz,
    sendReflections: course.tracking.sendReflections,
    interactions: course.tracking.interactions,
    totalMinutes: outline.totalMinutes,
    modules: outline.modules.map((m) => ({
      id: m.id,
      key: progressKey(m.id),
      title: m.title,
      href: m.href,
      minutes: m.studyMinutes,
      quizzes: m.quizzes,
    })),
    parts: outline.parts.map((p) => ({
      id: p.id,
      key: progressKey(p.id),
      title: p.title,
      ...(p.pretest ? { pretest: p.pretest } : {}),
      modules: p.modules.map((m) => m.id),
    })),
    scenarios: scenarios.map((sc) => ({ id: sc.id, key: progressKey(sc.id), module: sc.module })),
    quizzes: outline.modules.flatMap((m) =>
      m.quizzes.flatMap((id) => {
        const q = byId.get(id);
        return q
          ? [
              {
                id,
                key: progressKey(id),
                module: m.id,
                graded: q.graded,
                passMark: q.passMark,
                attempts: resolvePolicy(q, id === course.completion.scoreQuiz).attempts,
                scoring: resolvePolicy(q, id === course.completion.scoreQuiz).scoring,
                title: q.title,
              },
            ]
          : [];
      }),
    ),
  };
  // Pre-tests are on pages of their own, in no module: their results travel like any quiz's.
  return { ...data, quizzes: [...data.quizzes, ...pretestQuizData(course, byId)] };
}

/** Modules of the current part the outline shows around the current one; the rest are one link away. */
export const OUTLINE_WINDOW = 9;

/**
 * The slice of a part's modules that the outline shows: at most `size`, centred on `current` (or from
 * the start without one), with how many come before and after it. Keeps every page's outline the
 * same size however long a part grows.
 */
export function outlineWindow<T>(
  modules: T[],
  current: number,
  size = OUTLINE_WINDOW,
): { shown: T[]; before: number; after: number } {
  const start = Math.max(0, Math.min(current - Math.floor(size / 2), modules.length - size));
  const shown = modules.slice(start, start + size);
  return { shown, before: start, after: modules.length - start - shown.length };
}
