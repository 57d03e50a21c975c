/**
 * Session plans and what they point at: the module that shows a plan (and shows it once, there),
 * `<SessionPlan id>` in modules, worksheets in `modules/werkbladen/`, and the numbers of the example
 * programme (unique; 1 to N without gaps, so the trainer page shows the whole series).
 */
import { worksheetIndex, worksheetsFolder } from '../course/worksheet-index.ts';
import { diagnostic, type Diagnostic, type Position } from '../course/source/diagnostic.ts';
import { attribute, jsxElements, startOf, stringAttribute } from '../markdown/placement.ts';
import { idSchema } from '../schemas/common.ts';
import { didYouMean } from '../schemas/friendly-errors.ts';
import { field, list, type LoadedCourse, moduleId, type NamedFile } from './model.ts';

const guess = (value: string, candidates: Iterable<string>) => {
  const best = didYouMean(value, candidates);
  return best ? ` (did you mean "${best}"?)` : '';
};

type Use = { planId: string; moduleId: string; file: string; position: Position | undefined };

/** Every `<SessionPlan id="…" />` written in a module, in course file order. */
export const sessionPlanUses = (course: LoadedCourse): Use[] =>
  course.modules.flatMap((m) =>
    jsxElements(m.tree)
      .filter((e) => e.name === 'SessionPlan')
      .flatMap((e) => {
        const planId = stringAttribute(e, 'id');
        const position = startOf(attribute(e, 'id')) ?? startOf(e);
        return planId ? [{ planId, moduleId: moduleId(m), file: m.file, position }] : [];
      }),
  );

function useProblems(uses: Use[], plans: NamedFile[]): Diagnostic[] {
  const ids = plans.map((p) => p.id);
  const seen = new Set<string>();
  return uses.flatMap((use) => {
    const plan = plans.find((p) => p.id === use.planId);
    const problem = (message: string) => [diagnostic(use.file, use.position, 'error', 'session-plan-ref', message)];
    if (!plan)
      return problem(
        `Session plan "${use.planId}" does not exist${guess(use.planId, ids)}. Fix the \`id\`, or add modules/sessieplannen/${use.planId}.yaml.`,
      );
    const owner = field(plan.data, 'module');
    if (owner && owner !== use.moduleId)
      return problem(
        `Session plan "${use.planId}" belongs to module "${owner}" (\`module\` in ${plan.file}). Show it in that module, or change its \`module\` to "${use.moduleId}".`,
      );
    if (seen.has(use.planId))
      return problem(
        `Session plan "${use.planId}" is already shown in this module. Show each plan once; remove this <SessionPlan>.`,
      );
    seen.add(use.planId);
    return [];
  });
}

function planModule(plan: NamedFile, course: LoadedCourse, uses: Use[]): Diagnostic[] {
  const owner = field(plan.data, 'module');
  if (!owner) return [];
  const at = plan.lineOf(['module']);
  const module = course.modules.find((m) => moduleId(m) === owner);
  if (!module)
    return [
      diagnostic(
        plan.file,
        at,
        'error',
        'session-plan-module',
        `\`module\` names "${owner}", which is not a module${guess(owner, course.modules.map(moduleId))}. Use the \`id\` of the module that shows this plan.`,
      ),
    ];
  const shown = uses.some((u) => u.planId === plan.id && u.moduleId === owner);
  if (shown || !course.modules.every((m) => m.tree)) return [];
  return [
    diagnostic(
      plan.file,
      at,
      'error',
      'session-plan-module',
      `Module "${owner}" does not show this plan. Add <SessionPlan id="${plan.id}" /> to ${module.file}, after the section the session belongs to.`,
    ),
  ];
}

function worksheets(plan: NamedFile, known: string[]): Diagnostic[] {
  return list(plan.data, 'materials').flatMap((material, index) => {
    const id = field(material, 'worksheet');
    if (!id || known.includes(id) || !idSchema.safeParse(id).success) return [];
    return [
      diagnostic(
        plan.file,
        plan.lineOf(['materials', index, 'worksheet']),
        'error',
        'worksheet-ref',
        `Worksheet "${id}" does not exist${guess(id, known)}. Fix \`worksheet\`, or add ${worksheetsFolder}/${id}.mdx.`,
      ),
    ];
  });
}

function programme(plans: NamedFile[]): Diagnostic[] {
  const numbered = plans.flatMap((plan) => {
    const n = (plan.data as { programme?: unknown } | undefined)?.programme;
    return Number.isInteger(n) && (n as number) >= 1 ? [{ plan, n: n as number }] : [];
  });
  const first = new Map<number, NamedFile>();
  const problems = numbered.flatMap(({ plan, n }) => {
    const earlier = first.get(n);
    if (!earlier) {
      first.set(n, plan);
      return [];
    }
    return [
      diagnostic(
        plan.file,
        plan.lineOf(['programme']),
        'error',
        'session-plan-programme',
        `\`programme: ${n}\` is already the number of ${earlier.file}. Give each session of the example programme its own number.`,
      ),
    ];
  });
  const highest = Math.max(0, ...numbered.map((x) => x.n));
  const missing = Array.from({ length: highest }, (_, i) => i + 1).filter((n) => !first.has(n));
  if (missing.length) {
    const last = first.get(highest)!;
    problems.push(
      diagnostic(
        last.file,
        last.lineOf(['programme']),
        'warning',
        'session-plan-programme',
        `The example programme runs to session ${highest}, but no plan has \`programme:\` ${missing.join(', ')}. Number the sessions 1 to ${highest} without gaps, or add the missing plans.`,
      ),
    );
  }
  return problems;
}

function fileNames(plans: NamedFile[]): Diagnostic[] {
  return plans.flatMap((plan) =>
    idSchema.safeParse(plan.id).success
      ? []
      : [
          diagnostic(
            plan.file,
            undefined,
            'error',
            'session-plan-id',
            `The file name "${plan.id}" is not a valid id: the file name is the plan's id. Rename it with lower-case letters, digits and single hyphens, for example modules/sessieplannen/kennismaken.yaml.`,
          ),
        ],
  );
}

export function sessionPlanReferences(course: LoadedCourse): Diagnostic[] {
  const plans = course.sessionPlans.filter((p) => p.readable);
  const uses = sessionPlanUses(course);
  const known = worksheetIndex(course.root, []).map((w) => w.id);
  return [
    ...fileNames(course.sessionPlans),
    ...useProblems(uses, course.sessionPlans),
    ...plans.flatMap((plan) => [...planModule(plan, course, uses), ...worksheets(plan, known)]),
    ...programme(plans),
  ];
}
