/** The course as the checker needs it: the course reader's files, plus each module's MDX tree. */
import { join } from 'node:path';
import { diagnostic } from '../course/source/diagnostic.ts';
import { parseMdx } from '../course/source/mdx-source.ts';
import { readCourseFiles } from '../course/source/read-course.ts';
import { existsSync } from 'node:fs';
import type { LoadedCourse, ModuleFile } from './model.ts';

export async function loadCourse(root: string): Promise<LoadedCourse> {
  const files = readCourseFiles(root);
  const modules = await Promise.all(
    files.modules.map(async (m): Promise<ModuleFile> => ({ ...m, mdx: await parseMdx(m.body, join(root, m.file)) })),
  );
  const mdxProblems = modules.flatMap((m) =>
    m.mdx.error ? [diagnostic(m.file, m.mdx.error, 'error', 'mdx-syntax', m.mdx.error.message)] : [],
  );
  return {
    ...files,
    modules: modules.map(({ mdx, ...m }) => ({ ...m, tree: mdx.tree })),
    loadProblems: [...files.problems, ...mdxProblems],
    exists: (path) => existsSync(join(root, path)),
  };
}
