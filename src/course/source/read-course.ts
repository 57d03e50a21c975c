/**
 * The one course reader: every course file read from disk with its raw data, the position of every
 * field and the problems found while reading (missing files, YAML syntax, no frontmatter). Nothing is
 * validated here; `validate.ts` checks data against the schemas. The checker, the content loader, the
 * export's `readCourseFile`, `new:module` and the bench read the course through this file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Path } from '../../schemas/friendly-errors.ts';
import { type Diagnostic, diagnostic, type Position } from './diagnostic.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { parseYaml } from './yaml-source.ts';

export type LineOf = (path: Path) => Position | undefined;

/** A YAML file (or MDX frontmatter): its raw data (undefined when unreadable), positions and read problems. */
export type DataFile = {
  /** Path relative to the course root, with forward slashes. */
  file: string;
  data: unknown;
  lineOf: LineOf;
  readable: boolean;
  source: string;
  problems: Diagnostic[];
};

/** A module: its frontmatter as a data file, plus its body with the frontmatter lines blanked. */
export type ModuleSource = DataFile & {
  /** Folder under `modules/` (should be the part id) and file name without `.mdx`. */
  folder: string;
  name: string;
  body: string;
};

/** A quiz, glossary term or session plan: the file name is the id. */
export type NamedFile = DataFile & { id: string };

/** A worksheet (`modules/werkbladen/<id>.mdx`): frontmatter and body like a module; the file name is the id. */
export type WorksheetSource = ModuleSource & { id: string };

export type CourseFiles = {
  root: string;
  course: DataFile | undefined;
  modules: ModuleSource[];
  quizzes: NamedFile[];
  glossary: NamedFile[];
  /** Branching scenarios (`modules/scenarios/<id>.yaml`). */
  scenarios: NamedFile[];
  worksheets: WorksheetSource[];
  sessionPlans: NamedFile[];
  /** Every problem found while reading, in file order. */
  problems: Diagnostic[];
};

export const coursePaths = {
  course: 'modules/course.yaml',
  modules: 'modules',
  quizzes: 'quizzes',
  glossary: 'modules/glossary',
  scenarios: 'modules/scenarios',
  worksheets: 'modules/werkbladen',
  sessionPlans: 'modules/sessieplannen',
} as const;

const walk = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]))
        .sort()
    : [];

const relativeTo = (root: string, path: string) => relative(root, path).split(sep).join('/');
const yamlFiles = (dir: string) => walk(dir).filter((p) => /\.ya?ml$/.test(p));

/** Parse YAML `text` of the file `file`; `lineOffset` shifts positions (frontmatter starts on line 2). */
export function readYamlText(file: string, text: string, lineOffset = 0): DataFile {
  const parsed = parseYaml(text, lineOffset);
  const problems = parsed.errors.map((e) => diagnostic(file, e, 'error', 'yaml-syntax', e.message));
  return { file, data: parsed.data, lineOf: parsed.lineOf, readable: !problems.length, source: text, problems };
}

/** A YAML file of the course at `root`, given its absolute path. */
export const readYamlFile = (root: string, path: string): DataFile =>
  readYamlText(relativeTo(root, path), readFileSync(path, 'utf8'));

const named = (root: string, path: string): NamedFile => ({
  ...readYamlFile(root, path),
  id: path
    .split(sep)
    .at(-1)!
    .replace(/\.ya?ml$/, ''),
});

const noFrontmatter = (kind: string, fields: string) =>
  `The ${kind} has no frontmatter. Start the file with a line \`---\`, then the fields (${fields}), then another \`---\`.`;
const moduleFields = '`id`, `title`, `part`, `order`, `summary`, `goals`, `studyMinutes`';

/** A module file of the course at `root`, given its absolute path; `source` when already read. */
export function readModuleFile(
  root: string,
  path: string,
  source = readFileSync(path, 'utf8'),
  missing = noFrontmatter('module', moduleFields),
): ModuleSource {
  const file = relativeTo(root, path);
  const { frontmatter, body } = splitFrontmatter(source);
  const data: DataFile =
    frontmatter === undefined
      ? {
          file,
          data: undefined,
          lineOf: () => undefined,
          readable: false,
          source,
          problems: [diagnostic(file, undefined, 'error', 'frontmatter', missing)],
        }
      : readYamlText(file, frontmatter, 1);
  const parts = file.split('/');
  return {
    ...data,
    source,
    folder: parts.length > 2 ? parts.at(-2)! : '',
    name: parts.at(-1)!.replace(/\.mdx$/, ''),
    body,
  };
}

const missingCourse = diagnostic(
  coursePaths.course,
  undefined,
  'error',
  'missing-file',
  'The course file `modules/course.yaml` does not exist. Create it with the course `id`, `title`, `description` and `parts`.',
);

/** Read the course file of the course at `root`; undefined (with a problem) when it is missing. */
export function readCourseYaml(root: string): DataFile | undefined {
  const path = join(root, coursePaths.course);
  return existsSync(path) ? readYamlFile(root, path) : undefined;
}

const worksheetFolder = (root: string) => join(root, coursePaths.worksheets) + sep;

/** Every module of the course at `root`, in path order (worksheets live under `modules/` too, but are no modules). */
export const readModuleFiles = (root: string) =>
  walk(join(root, coursePaths.modules))
    .filter((p) => p.endsWith('.mdx') && !p.startsWith(worksheetFolder(root)))
    .map((p) => readModuleFile(root, p));

/** Every worksheet of the course at `root`; the file name is the id. */
export const readWorksheetFiles = (root: string): WorksheetSource[] =>
  walk(join(root, coursePaths.worksheets))
    .filter((p) => p.endsWith('.mdx'))
    .map((p) => ({
      ...readModuleFile(root, p, undefined, noFrontmatter('worksheet', '`title`, `description`, `module`')),
      id: p
        .split(sep)
        .at(-1)!
        .replace(/\.mdx$/, ''),
    }));

/** Every quiz of the course at `root`; the file name is the id. */
export const readQuizFiles = (root: string) => yamlFiles(join(root, coursePaths.quizzes)).map((p) => named(root, p));

/** Every glossary term of the course at `root`; the file name is the id. */
export const readGlossaryFiles = (root: string) =>
  yamlFiles(join(root, coursePaths.glossary)).map((p) => named(root, p));

/** Every branching scenario of the course at `root`; the file name is the id. */
export const readScenarioFiles = (root: string) =>
  yamlFiles(join(root, coursePaths.scenarios)).map((p) => named(root, p));

/** Every session plan of the course at `root`; the file name is the id. */
export const readSessionPlanFiles = (root: string) =>
  yamlFiles(join(root, coursePaths.sessionPlans)).map((p) => named(root, p));

/** Every file of the course at `root` (the folder holding `modules/` and `quizzes/`). Synchronous and cheap. */
export function readCourseFiles(root: string): CourseFiles {
  const course = readCourseYaml(root);
  const modules = readModuleFiles(root);
  const quizzes = readQuizFiles(root);
  const glossary = readGlossaryFiles(root);
  const scenarios = readScenarioFiles(root);
  const worksheets = readWorksheetFiles(root);
  const sessionPlans = readSessionPlanFiles(root);
  const problems = [
    ...(course ? course.problems : [missingCourse]),
    ...[...modules, ...quizzes, ...glossary, ...scenarios, ...worksheets, ...sessionPlans].flatMap((f) => f.problems),
  ];
  return { root, course, modules, quizzes, glossary, scenarios, worksheets, sessionPlans, problems };
}
