/**
 * Rule family `scenario`: every `modules/scenarios/<id>.yaml` against its schema and its graph
 * (`src/scenario/graph.ts`), and the `<Scenario id>` elements of the modules against the files: the id
 * exists, each scenario is shown once, and in the module its `module` field names.
 */
import { diagnostic, type Diagnostic } from '../course/source/diagnostic.ts';
import { attribute, jsxElements, startOf, stringAttribute } from '../markdown/placement.ts';
import { keyCollisions } from '../progress/course-data.ts';
import { scenarioGraphProblems } from '../scenario/graph.ts';
import { idSchema } from '../schemas/common.ts';
import { didYouMean, friendlyDiagnostics } from '../schemas/friendly-errors.ts';
import { scenarioSchema } from '../schemas/scenario.ts';
import { field, type LoadedCourse, moduleId, type NamedFile, type Rule } from './model.ts';

const guess = (value: string, candidates: string[]) => {
  const best = didYouMean(value, candidates);
  return best ? ` (did you mean "${best}"?)` : '';
};

function fileProblems(file: NamedFile): Diagnostic[] {
  if (!idSchema.safeParse(file.id).success)
    return [
      diagnostic(
        file.file,
        undefined,
        'error',
        'file-name',
        `The file name "${file.id}" is not a valid scenario id, and the file name is the id. Rename the file: lower-case letters, digits and single hyphens.`,
      ),
    ];
  if (!file.readable) return [];
  const shape = friendlyDiagnostics(scenarioSchema, file.data ?? {}, { file: file.file, lineOf: file.lineOf });
  if (shape.length) return shape;
  return scenarioGraphProblems(scenarioSchema.parse(file.data)).map((p) =>
    diagnostic(file.file, file.lineOf(p.path), p.severity, p.rule, p.message),
  );
}

type Use = { id: string; module: string; file: string; position: { line: number; column: number } | undefined };

const usesOf = (course: LoadedCourse): Use[] =>
  course.modules.flatMap((m) =>
    jsxElements(m.tree)
      .filter((e) => e.name === 'Scenario')
      .flatMap((e) => {
        const id = stringAttribute(e, 'id');
        return id ? [{ id, module: moduleId(m), file: m.file, position: startOf(attribute(e, 'id')) }] : [];
      }),
  );

/** `<Scenario id>` elements: the scenario exists, is shown once, and in its own module. */
function useProblems(course: LoadedCourse, uses: Use[]): Diagnostic[] {
  const ids = course.scenarios.map((s) => s.id);
  const first = new Map<string, Use>();
  return uses.flatMap((use) => {
    const file = course.scenarios.find((s) => s.id === use.id);
    if (!file)
      return idSchema.safeParse(use.id).success
        ? [
            diagnostic(
              use.file,
              use.position,
              'error',
              'scenario-ref',
              `Scenario "${use.id}" does not exist${guess(use.id, ids)}. Fix the \`id\`, or add modules/scenarios/${use.id}.yaml.`,
            ),
          ]
        : [];
    const earlier = first.get(use.id);
    if (earlier)
      return [
        diagnostic(
          use.file,
          use.position,
          'error',
          'scenario-reused',
          `Scenario "${use.id}" is already shown in ${earlier.file}. A scenario appears in one module only, because its best ending is kept per scenario; copy it to a new file with its own id.`,
        ),
      ];
    first.set(use.id, use);
    const home = field(file.data, 'module');
    if (!home || home === use.module) return [];
    return [
      diagnostic(
        use.file,
        use.position,
        'error',
        'scenario-module',
        `Scenario "${use.id}" says it belongs in module "${home}" (${file.file}), but module "${use.module}" shows it. Set \`module: ${use.module}\` in the scenario, or move <Scenario id="${use.id}" /> to module "${home}".`,
      ),
    ];
  });
}

/** The scenario's `module`: it exists and shows the scenario. */
function homeProblems(course: LoadedCourse, uses: Use[]): Diagnostic[] {
  const modules = course.modules.map(moduleId);
  // A module whose MDX does not parse may show any scenario: say nothing until it does.
  const allParsed = course.modules.every((m) => m.tree);
  return course.scenarios.flatMap((s) => {
    const home = field(s.data, 'module');
    if (!home || !idSchema.safeParse(home).success || !idSchema.safeParse(s.id).success) return [];
    const at = s.lineOf(['module']);
    if (!modules.includes(home))
      return [
        diagnostic(
          s.file,
          at,
          'error',
          'scenario-module',
          `Module "${home}" does not exist${guess(home, modules)}. Use the \`id\` from the frontmatter of the module that shows this scenario.`,
        ),
      ];
    if (!allParsed || uses.some((u) => u.id === s.id)) return [];
    return [
      diagnostic(
        s.file,
        at,
        'error',
        'scenario-module',
        `Module "${home}" does not show this scenario, so no learner can play it. Add <Scenario id="${s.id}" /> to module "${home}".`,
      ),
    ];
  });
}

/** The best ending is stored under a 4-character key per scenario: two ids must not share one. */
const keyProblems = (course: LoadedCourse): Diagnostic[] =>
  keyCollisions(course.scenarios.map((s) => s.id)).map(([first, second]) =>
    diagnostic(
      course.scenarios.find((s) => s.id === second)!.file,
      undefined,
      'error',
      'progress-key',
      `The scenario ids "${first}" and "${second}" get the same 4-character key in the learner's progress data, so one would overwrite the other. Rename one of the two files a little (before publishing).`,
    ),
  );

export const scenarioRule: Rule = (course) => {
  const uses = usesOf(course);
  return [
    ...course.scenarios.flatMap(fileProblems),
    ...useProblems(course, uses),
    ...homeProblems(course, uses),
    ...keyProblems(course),
  ];
};
