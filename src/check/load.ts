/** The course as the checker needs it: the course reader's files, plus each module's MDX tree. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { diagnostic } from '../course/source/diagnostic.ts';
import { parseMdx } from '../course/source/mdx-source.ts';
import { readCourseFiles } from '../course/source/read-course.ts';
import type { LoadedCourse } from './model.ts';
import type { ModuleSource } from '../course/source/read-course.ts';

/** Each MDX file with its tree, and the MDX syntax problems found. */
async function withTrees<F extends ModuleSource>(root: string, files: F[]) {
  const parsed = await Promise.all(files.map((m) => parseMdx(m.body, join(root, m.file))));
  const problems = files.flatMap((m, i) => {
    const error = parsed[i]!.error;
    return error ? [diagnostic(m.file, error, 'error', 'mdx-syntax', error.message)] : [];
  });
  return { parsed: files.map((m, i) => ({ ...m, tree: parsed[i]!.tree })), problems };
}

export async function loadCourse(root: string): Promise<LoadedCourse> {
  const files = readCourseFiles(root);
  const modules = await withTrees(root, files.modules);
  const worksheets = await withTrees(root, files.worksheets);
  return {
    ...files,
    modules: modules.parsed,
    worksheets: worksheets.parsed,
    loadProblems: [...files.problems, ...modules.problems, ...worksheets.problems],
    exists: (path) => existsSync(join(root, path)),
  };
}
