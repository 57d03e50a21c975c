/**
 * Scaffolding for `npm run new:module`: create modules/<part>/<NN>-<slug>.mdx (next free
 * order) and quizzes/<slug>.yaml from templates, never overwriting a file.
 * `planModule()` is pure; `createModule()` reads the course and writes; the CLI in scripts/new-module.ts wires them.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { field, list } from '../check/model.ts';
import { readCourseYaml, readModuleFiles, readQuizFiles } from '../course/source/read-course.ts';
import { idSchema } from '../schemas/common.ts';
import { didYouMean, FriendlyError } from '../schemas/friendly-errors.ts';
import { modulePath as modulePathOf, slugify } from '../course/routes.ts';
import { moduleTemplate, quizTemplate } from './module-templates.ts';

export type Existing = { parts: string[]; moduleIds: string[]; quizIds: string[]; ordersInPart: number[] };
export type Plan = { modulePath: string; quizPath: string; files: Record<string, string> };

export function planModule(existing: Existing, part: string, title: string, id = slugify(title, 60)): Plan {
  if (!title.trim())
    throw new Error(
      'The title is empty. Give the module a title in quotes, for example `npm run new:module -- --part inleiding "Wat werkt"`.',
    );
  if (!existing.parts.includes(part)) {
    const guess = didYouMean(part, existing.parts);
    throw new Error(
      `Part "${part}" is not in modules/course.yaml${guess ? ` (did you mean "${guess}"?)` : ''}. Use one of: ${existing.parts.join(', ')}.`,
    );
  }
  if (!idSchema.safeParse(id).success)
    throw new Error(
      `"${id}" is not a valid id. Pass one with \`--id\`: lower-case letters, digits and single hyphens.`,
    );
  if (existing.moduleIds.includes(id))
    throw new Error(
      `A module with the id "${id}" already exists. Choose another title, or pass another id with \`--id\`.`,
    );
  if (existing.quizIds.includes(id))
    throw new Error(`quizzes/${id}.yaml already exists. Choose another title, or pass another id with \`--id\`.`);
  const order = Math.max(0, ...existing.ordersInPart) + 1;
  const modulePath = modulePathOf(part, order, id);
  const quizPath = `quizzes/${id}.yaml`;
  const spec = { id, title: title.trim(), part, order, quizId: id };
  return { modulePath, quizPath, files: { [modulePath]: moduleTemplate(spec), [quizPath]: quizTemplate(spec) } };
}

/** What exists in the course at `root`, read through the course reader (frontmatter, file names). */
export function readExisting(root: string, part: string): Existing {
  const course = readCourseYaml(root);
  if (!course)
    throw new Error(
      `There is no modules/course.yaml in ${root}. Run the command in the course folder, or pass \`--root <folder>\`.`,
    );
  if (!course.readable) throw new FriendlyError(course.file, course.problems);
  const modules = readModuleFiles(root).map((m) => ({
    id: field(m.data, 'id') ?? m.name.replace(/^\d+-/, ''),
    part: field(m.data, 'part'),
    order: Number(field(m.data, 'order') ?? /^(\d+)-/.exec(m.name)?.[1] ?? 0),
    inFolder: m.folder === part,
  }));
  return {
    parts: list(course.data, 'parts')
      .map((p) => field(p, 'id'))
      .filter((id): id is string => !!id),
    moduleIds: modules.map((m) => m.id),
    quizIds: readQuizFiles(root).map((q) => q.id),
    ordersInPart: modules.filter((m) => m.part === part || m.inFolder).map((m) => m.order),
  };
}

/** Write the planned files; refuses to overwrite any file. Returns the plan. */
export function createModule(root: string, part: string, title: string, id?: string): Plan {
  const plan = planModule(readExisting(root, part), part, title, id);
  for (const path of Object.keys(plan.files))
    if (existsSync(join(root, path)))
      throw new Error(
        `${path} already exists; nothing was written. Choose another title, or pass another id with \`--id\`.`,
      );
  for (const [path, text] of Object.entries(plan.files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text, { flag: 'wx' });
  }
  return plan;
}
