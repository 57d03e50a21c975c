/**
 * Session plans as the site shows them: step times from the start of the session, the plans in
 * course order (by module, then by where the module shows them), the example programme by number and
 * the plans for the training itself. Pure; `SessionPlanView.astro` and the trainer page use it.
 */
import type { SessionPlan } from '../schemas/session-plan.ts';

/** Minutes as a clock offset from the start: 0 → `0:00`, 75 → `1:15`. */
export const clock = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

/** Each step's start and end, in minutes from the start of the session. */
export function stepTimes(steps: readonly { minutes: number }[]): { start: number; end: number }[] {
  let start = 0;
  return steps.map((step) => {
    const time = { start, end: start + step.minutes };
    start = time.end;
    return time;
  });
}

/** A text field as paragraphs: authors separate paragraphs with an empty line. */
export const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

type ModuleRef = { id: string; body: string };

/** Where a module's text shows the plan, so plans of one module keep the order the reader meets them. */
const placeIn = (module: ModuleRef | undefined, planId: string) => {
  const index = module?.body.search(new RegExp(`<SessionPlan\\s+id=["']${planId}["']`)) ?? -1;
  return index < 0 ? Number.POSITIVE_INFINITY : index;
};

/** The plans in course order: `modules` in outline order, each with its body text. */
export function inCourseOrder<P extends Pick<SessionPlan, 'id' | 'module'>>(plans: P[], modules: ModuleRef[]): P[] {
  const rank = new Map(modules.map((m, i) => [m.id, i]));
  const byId = new Map(modules.map((m) => [m.id, m]));
  const key = (p: P) => [rank.get(p.module) ?? modules.length, placeIn(byId.get(p.module), p.id)] as const;
  return [...plans].sort((a, b) => {
    const [ma, pa] = key(a);
    const [mb, pb] = key(b);
    return ma - mb || pa - pb || a.id.localeCompare(b.id);
  });
}

/** Sessions 1 to the highest number, each with its plan (undefined where none has that number yet). */
export function programmeOf<P extends Pick<SessionPlan, 'programme'>>(plans: P[]): { n: number; plan?: P }[] {
  const highest = Math.max(0, ...plans.map((p) => p.programme ?? 0));
  return Array.from({ length: highest }, (_, i) => ({ n: i + 1, plan: plans.find((p) => p.programme === i + 1) }));
}
