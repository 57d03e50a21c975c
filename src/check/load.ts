/** The course as the checker needs it: the course reader's files, plus each module's MDX tree. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { diagnostic } from '../course/source/diagnostic.ts';
import { parseMdx } from '../course/source/mdx-source.ts';
import { readCourseFiles } from '../course/source/read-course.ts';
import type { LoadedCourse, ModuleFile } from './model.ts';

export async function loadCourse(root: string): Promise<LoadedCourse> {
  const files = readCourseFiles(root);
  const parsed = await Promise.all(files.modules.map((m) => parseMdx(m.body, join(root, m.file))));
  const modules: ModuleFile[] = files.modules.map((m, i) => ({ ...m, tree: parsed[i]!.tree }));
  const mdxProblems = files.modules.flatMap((m, i) => {
    const error = parsed[i]!.error;
    return error ? [diagnostic(m.file, error, 'error', 'mdx-syntax', error.message)] : [];
  });
  return {
    ...files,
    modules,
    loadProblems: [...files.problems, ...mdxProblems],
    exists: (path) => existsSync(join(root, path)),
  };
}
