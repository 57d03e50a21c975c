/** Read every course file from disk and parse it; the only part of the checker that does I/O. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { splitFrontmatter } from './frontmatter.ts';
import { parseMdx } from './mdx-source.ts';
import type { DataFile, LoadedCourse, ModuleFile, NamedFile } from './model.ts';
import { diagnostic, type Diagnostic } from './types.ts';
import { parseYaml } from './yaml-source.ts';

const walk = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
      )
    : [];

export async function loadCourse(root: string): Promise<LoadedCourse> {
  const problems: Diagnostic[] = [];
  const rel = (path: string) => relative(root, path).split(sep).join('/');

  const readYaml = (path: string, lineOffset = 0, text = readFileSync(path, 'utf8')): DataFile => {
    const source = parseYaml(text, lineOffset);
    for (const e of source.errors) problems.push(diagnostic(rel(path), e, 'error', 'yaml-syntax', e.message));
    return {
      file: rel(path),
      data: source.data,
      lineOf: source.lineOf,
      readable: source.errors.length === 0,
      source: text,
    };
  };
  const named = (path: string): NamedFile => ({
    ...readYaml(path),
    id: path
      .split(sep)
      .at(-1)!
      .replace(/\.ya?ml$/, ''),
  });

  const coursePath = join(root, 'modules', 'course.yaml');
  const course = existsSync(coursePath) ? readYaml(coursePath) : undefined;
  if (!course)
    problems.push(
      diagnostic(
        'modules/course.yaml',
        undefined,
        'error',
        'missing-file',
        'The course file `modules/course.yaml` does not exist. Create it with the course `id`, `title`, `description` and `parts`.',
      ),
    );

  const mdxPaths = walk(join(root, 'modules'))
    .filter((p) => p.endsWith('.mdx'))
    .sort();
  const modules = await Promise.all(
    mdxPaths.map(async (path): Promise<ModuleFile> => {
      const source = readFileSync(path, 'utf8');
      const file = rel(path);
      const { frontmatter, body } = splitFrontmatter(source);
      const data =
        frontmatter === undefined
          ? { data: undefined, lineOf: () => undefined, readable: false, source }
          : readYaml(path, 1, frontmatter);
      if (frontmatter === undefined)
        problems.push(
          diagnostic(
            file,
            undefined,
            'error',
            'frontmatter',
            'The module has no frontmatter. Start the file with a line `---`, then the fields (`id`, `title`, `part`, `order`, `summary`, `goals`, `studyMinutes`), then another `---`.',
          ),
        );
      const mdx = await parseMdx(body, path);
      if (mdx.error) problems.push(diagnostic(file, mdx.error, 'error', 'mdx-syntax', mdx.error.message));
      const parts = file.split('/');
      return {
        ...data,
        source,
        file,
        folder: parts.length > 2 ? parts.at(-2)! : '',
        name: parts.at(-1)!.replace(/\.mdx$/, ''),
        tree: mdx.tree,
      };
    }),
  );

  const quizzes = walk(join(root, 'quizzes'))
    .filter((p) => /\.ya?ml$/.test(p))
    .sort()
    .map(named);
  const glossary = walk(join(root, 'modules', 'glossary'))
    .filter((p) => /\.ya?ml$/.test(p))
    .sort()
    .map(named);
  return {
    root,
    course,
    modules,
    quizzes,
    glossary,
    loadProblems: problems,
    exists: (path) => existsSync(join(root, path)),
  };
}
