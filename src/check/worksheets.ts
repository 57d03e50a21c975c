/**
 * Rule family `worksheet`: the sheets in `modules/werkbladen/` (frontmatter, file name, building blocks,
 * answer labels unique per sheet, the module that shows them) and every `<Worksheet id>` in a module.
 */
import { idSchema } from '../schemas/common.ts';
import { answerLabelOf, sheetComponentSpecs } from '../schemas/components/worksheet-fields.ts';
import { didYouMean, friendlyDiagnostics } from '../schemas/friendly-errors.ts';
import { worksheetSchema } from '../schemas/worksheet.ts';
import { slugify } from '../course/routes.ts';
import { attribute, jsxElements, startOf, stringAttribute, type JsxElement } from '../markdown/placement.ts';
import { diagnostic, type Diagnostic } from '../course/source/diagnostic.ts';
import { elementProblems } from './components.ts';
import { field, moduleId, type LoadedCourse, type Rule, type WorksheetFile } from './model.ts';

const hint = (value: string, candidates: Iterable<string>) => {
  const best = didYouMean(value, candidates);
  return best ? ` (did you mean "${best}"?)` : '';
};

type Use = { id: string; file: string; element: JsxElement };

/** Every `<Worksheet id>` that a module shows. */
const worksheetUses = (course: LoadedCourse): Use[] =>
  course.modules.flatMap((m) =>
    jsxElements(m.tree)
      .filter((e) => e.name === 'Worksheet')
      .flatMap((element) => {
        const id = stringAttribute(element, 'id');
        return id ? [{ id, file: m.file, element }] : [];
      }),
  );

function fileName(sheet: WorksheetFile): Diagnostic[] {
  if (idSchema.safeParse(sheet.id).success) return [];
  return [
    diagnostic(
      sheet.file,
      undefined,
      'error',
      'file-name',
      `The worksheet file name "${sheet.id}" is no valid id: its answers and its page are stored under it. Rename the file to lower-case letters, digits and single hyphens, for example \`modules/werkbladen/${slugify(sheet.id) || 'mijn-werkblad'}.mdx\`.`,
    ),
  ];
}

/** The sheet's building blocks, and answer labels that would share one key on the device. */
function body(sheet: WorksheetFile): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const seen = new Map<string, number>();
  for (const element of jsxElements(sheet.tree)) {
    const found = elementProblems(element, sheetComponentSpecs, 'a worksheet uses only these, without an import');
    for (const p of found)
      problems.push(diagnostic(sheet.file, startOf(p.at as JsxElement), 'error', 'component', p.message));
    if (found.length || !Object.hasOwn(sheetComponentSpecs, element.name ?? '')) continue;
    const name = element.name as keyof typeof sheetComponentSpecs;
    const label = answerLabelOf(name, {
      label: stringAttribute(element, 'label'),
      caption: stringAttribute(element, 'caption'),
    });
    if (!label) continue;
    const key = slugify(label);
    const first = seen.get(key);
    const at = startOf(attribute(element, name === 'WorksheetTable' ? 'caption' : 'label') ?? element);
    if (first === undefined) seen.set(key, at?.line ?? 1);
    else
      problems.push(
        diagnostic(
          sheet.file,
          at,
          'error',
          'worksheet-field',
          `The label "${label}" is already used on line ${first}; answers are stored by label, so both would show the same text. Give every field, table, list and scale in a sheet its own label.`,
        ),
      );
  }
  return problems;
}

function placement(sheet: WorksheetFile, course: LoadedCourse, uses: Use[]): Diagnostic[] {
  const id = field(sheet.data, 'module');
  if (!sheet.readable || !id) return [];
  const at = sheet.lineOf(['module']);
  const module = course.modules.find((m) => moduleId(m) === id);
  if (!module) {
    const ids = course.modules.map(moduleId);
    return [
      diagnostic(
        sheet.file,
        at,
        'error',
        'module-ref',
        `\`module\` names "${id}", which is no module of the course${hint(id, ids)}. Use the \`id\` of the module whose exercise uses this sheet.`,
      ),
    ];
  }
  if (uses.some((u) => u.id === sheet.id && u.file === module.file) || !module.tree) return [];
  return [
    diagnostic(
      sheet.file,
      at,
      'warning',
      'worksheet-placement',
      `The worksheet belongs to module "${id}", but that module does not show it. Add <Worksheet id="${sheet.id}" /> to ${module.file} where the exercise uses it.`,
    ),
  ];
}

function references(uses: Use[], ids: string[]): Diagnostic[] {
  return uses
    .filter((u) => !ids.includes(u.id) && idSchema.safeParse(u.id).success)
    .map((u) =>
      diagnostic(
        u.file,
        startOf(attribute(u.element, 'id')),
        'error',
        'worksheet-ref',
        `Worksheet "${u.id}" does not exist${hint(u.id, ids)}. Fix the \`id\`, or add modules/werkbladen/${u.id}.mdx with \`title\`, \`description\` and \`module\`.`,
      ),
    );
}

export const worksheetRule: Rule = (course) => {
  const uses = worksheetUses(course);
  return [
    ...course.worksheets.flatMap((sheet) => [
      ...fileName(sheet),
      ...(sheet.readable
        ? friendlyDiagnostics(worksheetSchema, sheet.data ?? {}, { file: sheet.file, lineOf: sheet.lineOf })
        : []),
      ...body(sheet),
      ...placement(sheet, course, uses),
    ]),
    ...references(
      uses,
      course.worksheets.map((w) => w.id),
    ),
  ];
};
