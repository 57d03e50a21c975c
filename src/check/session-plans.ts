/**
 * Rule family `session-plan`: what the schema of a session plan cannot say. The steps add up to
 * `minutes`, the closing round comes last, a group plan's main exercise has variants, a long session has
 * a break. References (module, `<SessionPlan>`, worksheets, programme numbers) are in session-plan-refs.ts.
 * The plans are read raw, so these checks speak up even while the schema still reports a typo elsewhere.
 */
import { diagnostic, type Diagnostic } from '../course/source/diagnostic.ts';
import { field, list, type NamedFile, type Rule } from './model.ts';
import { sessionPlanReferences } from './session-plan-refs.ts';

/** A plan this long needs a `pauze` step: attention and regulation drop after about an hour and a half. */
export const breakFromMinutes = 90;

type Step = { index: number; minutes: number | undefined; kind: string | undefined };

const numberOf = (data: unknown, key: string): number | undefined => {
  const value = data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
};

const stepsOf = (plan: NamedFile): Step[] =>
  list(plan.data, 'steps').map((step, index) => ({
    index,
    minutes: numberOf(step, 'minutes'),
    kind: field(step, 'kind'),
  }));

function minutesAddUp(plan: NamedFile, steps: Step[]): Diagnostic[] {
  const total = numberOf(plan.data, 'minutes');
  if (total === undefined || !steps.length || steps.some((s) => s.minutes === undefined)) return [];
  const sum = steps.reduce((acc, s) => acc + s.minutes!, 0);
  if (sum === total) return [];
  const at = plan.lineOf(['minutes']);
  const first = plan.lineOf(['steps', 0])?.line;
  const last = plan.lineOf(['steps', steps.length - 1])?.line;
  const where = first && last ? ` (the steps on lines ${first}–${last})` : '';
  const change = sum > total ? `shorten steps by ${sum - total}` : `lengthen steps by ${total - sum}`;
  return [
    diagnostic(
      plan.file,
      at,
      'error',
      'session-plan-minutes',
      `The steps add up to ${sum} minutes${where}, but \`minutes\` is ${total}. Change \`minutes\` on line ${at?.line ?? 1} to ${sum}, or ${change} minutes in total.`,
    ),
  ];
}

/** At least one `afsluiting`, and the last one is the last or second-to-last step (e.g. before tidying up). */
function closingLast(plan: NamedFile, steps: Step[]): Diagnostic[] {
  if (steps.length < 2) return [];
  const closings = steps.filter((s) => s.kind === 'afsluiting');
  if (!closings.length)
    return [
      diagnostic(
        plan.file,
        plan.lineOf(['steps']),
        'error',
        'session-plan-closing',
        'The plan has no closing step. End `steps` with a step of `kind: afsluiting` (a closing round), so every participant leaves the session with a moment to land.',
      ),
    ];
  const lastClosing = closings.at(-1)!;
  if (lastClosing.index >= steps.length - 2) return [];
  return [
    diagnostic(
      plan.file,
      plan.lineOf(['steps', lastClosing.index, 'kind']),
      'error',
      'session-plan-closing',
      `The closing step is step ${lastClosing.index + 1} of ${steps.length}, so ${steps.length - 1 - lastClosing.index} steps come after it. Move it to the end of \`steps\`: the closing round is the last thing the group does.`,
    ),
  ];
}

/**
 * A group plan has at least one exercise written out for a new and for an established group. Short
 * steps such as a grounding exercise may stay the same for both.
 */
function exerciseVariants(plan: NamedFile): Diagnostic[] {
  if ((field(plan.data, 'audience') ?? 'groep') !== 'groep') return [];
  const steps = list(plan.data, 'steps');
  const exercises = steps.flatMap((step, index) => (field(step, 'kind') === 'oefening' ? [{ step, index }] : []));
  if (exercises.some(({ step }) => (step as Record<string, unknown>).variants)) return [];
  const first = exercises[0];
  return [
    diagnostic(
      plan.file,
      first ? plan.lineOf(['steps', first.index, 'kind']) : plan.lineOf(['steps']),
      'error',
      'session-plan-variants',
      first
        ? `No exercise in this plan has \`variants\`. Add \`variants:\` with \`newGroup:\` and \`establishedGroup:\` to the main exercise (step ${first.index + 1}, "${field(first.step, 'title') ?? 'oefening'}"): how to run it with a group that has just started and with one that knows each other well.`
        : 'This group plan has no step of kind `oefening`. Add the exercise of the session, with `variants:` (`newGroup:` and `establishedGroup:`) for a new and for an established group.',
    ),
  ];
}

function longSessionBreak(plan: NamedFile, steps: Step[]): Diagnostic[] {
  const total = numberOf(plan.data, 'minutes');
  if (total === undefined || total < breakFromMinutes || steps.some((s) => s.kind === 'pauze')) return [];
  return [
    diagnostic(
      plan.file,
      plan.lineOf(['minutes']),
      'warning',
      'session-plan-break',
      `A session of ${total} minutes has no break. Add a step of \`kind: pauze\` (about 15 minutes) near the middle; from ${breakFromMinutes} minutes on, participants need one to stay within their window of tolerance.`,
    ),
  ];
}

export const sessionPlanRule: Rule = (course) => [
  ...course.sessionPlans.flatMap((plan) => {
    if (!plan.readable) return [];
    const steps = stepsOf(plan);
    return [
      ...minutesAddUp(plan, steps),
      ...closingLast(plan, steps),
      ...exerciseVariants(plan),
      ...longSessionBreak(plan, steps),
    ];
  }),
  ...sessionPlanReferences(course),
];
