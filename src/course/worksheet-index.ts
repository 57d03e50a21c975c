/**
 * The worksheets of the course (`modules/werkbladen/<id>.mdx`) as the trainer page lists them: id,
 * title and the module they belong to, from each file's frontmatter, in course order. Read through the
 * course reader; a worksheet without a readable title is listed by its id (the checker reports it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from './source/frontmatter.ts';
import { readYamlText } from './source/read-course.ts';

const text = (data: unknown, key: string) => {
  const value = data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : undefined;
};

export const worksheetsFolder = 'modules/werkbladen';

export type WorksheetEntry = { id: string; title: string; module: string | undefined };

/** Every worksheet of the course at `root`, ordered by the position of its module in `moduleIds`, then by id. */
export function worksheetIndex(root: string, moduleIds: string[]): WorksheetEntry[] {
  const dir = join(root, worksheetsFolder);
  if (!existsSync(dir)) return [];
  const rank = (module: string | undefined) => {
    const i = module ? moduleIds.indexOf(module) : -1;
    return i < 0 ? moduleIds.length : i;
  };
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const id = name.slice(0, -4);
      const { frontmatter } = splitFrontmatter(readFileSync(join(dir, name), 'utf8'));
      const data = frontmatter === undefined ? undefined : readYamlText(name, frontmatter, 1).data;
      return { id, title: text(data, 'title') ?? id, module: text(data, 'module') };
    })
    .sort((a, b) => rank(a.module) - rank(b.module) || a.id.localeCompare(b.id));
}
