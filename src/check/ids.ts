/** Rule family `ids`: ids that are used twice, refer to nothing, or cannot be ids. */
import { didYouMean } from '../schemas/friendly-errors.ts';
import { slugify } from '../course/routes.ts';
import { idSchema } from '../schemas/common.ts';
import { field, list, moduleId, type NamedFile, type Rule } from './model.ts';
import { diagnostic, type Diagnostic } from '../course/source/diagnostic.ts';

export const partIds = (data: unknown) =>
  list(data, 'parts')
    .map((p) => field(p, 'id'))
    .filter((id): id is string => !!id);

const guess = (value: string, candidates: Iterable<string>) => {
  const best = didYouMean(value, candidates);
  return best ? ` (did you mean "${best}"?)` : '';
};

const duplicateParts: Rule = ({ course }) => {
  if (!course) return [];
  const seen = new Map<string, number>();
  return list(course.data, 'parts').flatMap((part, index) => {
    const id = field(part, 'id');
    if (!id) return [];
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, index);
      return [];
    }
    return [
      diagnostic(
        course.file,
        course.lineOf(['parts', index, 'id']),
        'error',
        'duplicate-id',
        `Part ${index + 1} has the id "${id}", which part ${first + 1} already uses. Give every part its own id.`,
      ),
    ];
  });
};

const duplicateModules: Rule = ({ modules }) => {
  const seen = new Map<string, string>();
  return modules.flatMap((m) => {
    const id = field(m.data, 'id');
    if (!id) return [];
    const first = seen.get(id);
    if (!first) {
      seen.set(id, m.file);
      return [];
    }
    return [
      diagnostic(
        m.file,
        m.lineOf(['id']),
        'error',
        'duplicate-id',
        `Module id "${id}" is already used by ${first}. Give every module its own id.`,
      ),
    ];
  });
};

const unknownParts: Rule = ({ course, modules }) => {
  if (!course?.readable) return [];
  const parts = partIds(course.data);
  return modules.flatMap((m) => {
    const part = field(m.data, 'part');
    if (!part || parts.includes(part)) return [];
    return [
      diagnostic(
        m.file,
        m.lineOf(['part']),
        'error',
        'part-ref',
        `Part "${part}" is not listed in modules/course.yaml${guess(part, parts)}. Use one of the part ids under \`parts\` there, or add the part.`,
      ),
    ];
  });
};

const fileNameIds = (files: NamedFile[], what: string): Diagnostic[] =>
  files.flatMap((f) => {
    if (idSchema.safeParse(f.id).success) return [];
    const suggestion = slugify(f.id);
    return [
      diagnostic(
        f.file,
        undefined,
        'error',
        'file-name',
        `The file name "${f.id}" is not a valid ${what} id, and the file name is the id. Rename the file to "${suggestion}.yaml": lower-case letters, digits and single hyphens.`,
      ),
    ];
  });

const glossaryModules: Rule = ({ glossary, modules }) => {
  const ids = modules.map(moduleId);
  return glossary.flatMap((g) => {
    const ref = field(g.data, 'module');
    if (!ref || ids.includes(ref)) return [];
    return [
      diagnostic(
        g.file,
        g.lineOf(['module']),
        'error',
        'module-ref',
        `Module "${ref}" does not exist${guess(ref, ids)}. Use the \`id\` from a module's frontmatter.`,
      ),
    ];
  });
};

export const idRule: Rule = (course) => [
  ...duplicateParts(course),
  ...duplicateModules(course),
  ...unknownParts(course),
  ...fileNameIds(course.quizzes, 'quiz'),
  ...fileNameIds(course.glossary, 'glossary'),
  ...glossaryModules(course),
];
