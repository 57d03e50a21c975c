/** The course as the checker sees it: every file read and parsed, nothing validated yet. */
import type { Root } from 'mdast';
import type { Diagnostic } from '../course/source/diagnostic.ts';
import type { DataFile, ModuleSource, NamedFile, WorksheetSource } from '../course/source/read-course.ts';

export type { DataFile, LineOf, NamedFile } from '../course/source/read-course.ts';

export type ModuleFile = ModuleSource & {
  /** The MDX tree of the body; undefined when the MDX does not parse. */
  tree: Root | undefined;
};

/** A worksheet with the MDX tree of its body (undefined when the MDX does not parse). */
export type WorksheetFile = WorksheetSource & { tree: Root | undefined };

export type LoadedCourse = {
  root: string;
  course: DataFile | undefined;
  modules: ModuleFile[];
  quizzes: NamedFile[];
  glossary: NamedFile[];
  /** Branching scenarios (`modules/scenarios/<id>.yaml`). */
  scenarios: NamedFile[];
  worksheets: WorksheetFile[];
  sessionPlans: NamedFile[];
  /** Problems found while reading: missing files, YAML and MDX syntax. */
  loadProblems: Diagnostic[];
  /** Whether a file exists, given its path relative to the course root. */
  exists: (relativePath: string) => boolean;
};

export type Rule = (course: LoadedCourse) => Diagnostic[];

/** Read a string field from raw data that has not been validated yet. */
export function field(data: unknown, key: string): string | undefined {
  const value = data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** Read a list field from raw data; an empty list when it is absent or not a list. */
export function list(data: unknown, key: string): unknown[] {
  const value = data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
  return Array.isArray(value) ? value : [];
}

/** Module id from the frontmatter, falling back to the file name without its order prefix. */
export const moduleId = (m: ModuleFile) => field(m.data, 'id') ?? m.name.replace(/^\d+-/, '');
