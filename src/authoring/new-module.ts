/**
 * Scaffolding for `npm run new:module`: create modules/<part>/<NN>-<slug>.mdx (next free
 * order) and quizzes/<slug>.yaml from templates, never overwriting a file.
 * `planModule()` is pure; `createModule()` reads the course and writes; the CLI in scripts/new-module.ts wires them.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { idSchema } from '../schemas/common.ts';
import { didYouMean } from '../schemas/friendly-errors.ts';
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

const mdxFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? mdxFiles(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : [],
      )
    : [];

/** What exists in the course at `root`, read from file names and frontmatter lines. */
export function readExisting(root: string, part: string): Existing {
  const course = parse(readFileSync(join(root, 'modules', 'course.yaml'), 'utf8')) as { parts?: { id?: string }[] };
  const modules = mdxFiles(join(root, 'modules')).map((file) => {
    const text = readFileSync(file, 'utf8');
    const line = (key: string) => new RegExp(`^${key}:\\s*["']?([^"'\\s#]+)`, 'm').exec(text)?.[1];
    const name = file.split(/[\\/]/).at(-1)!;
    return {
      id: line('id') ?? name.replace(/^\d+-|\.mdx$/g, ''),
      part: line('part'),
      order: Number(line('order') ?? /^(\d+)-/.exec(name)?.[1] ?? 0),
      inFolder: file.startsWith(join(root, 'modules', part)),
    };
  });
  const quizDir = join(root, 'quizzes');
  return {
    parts: (course?.parts ?? []).map((p) => p.id).filter((id): id is string => !!id),
    moduleIds: modules.map((m) => m.id),
    quizIds: existsSync(quizDir) ? readdirSync(quizDir).map((f) => f.replace(/\.ya?ml$/, '')) : [],
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
