/** Rule family `order`: order numbers within a part, file names that match the frontmatter, empty parts. */
import { modulePath } from '../course/routes.ts';
import { field, list, type Rule } from './model.ts';
import { diagnostic } from '../course/source/diagnostic.ts';

const duplicateOrder: Rule = ({ modules }) => {
  const seen = new Map<string, string>();
  return modules.flatMap((m) => {
    const [part, order, id] = [field(m.data, 'part'), field(m.data, 'order'), field(m.data, 'id')];
    if (!part || !order) return [];
    const first = seen.get(`${part}#${order}`);
    if (!first) {
      seen.set(`${part}#${order}`, id ?? m.file);
      return [];
    }
    return [
      diagnostic(
        m.file,
        m.lineOf(['order']),
        'error',
        'order',
        `Modules "${first}" and "${id}" both have \`order: ${order}\` in part "${part}". Give every module in a part its own number.`,
      ),
    ];
  });
};

const expectedPath = modulePath;

/** A warning only: the site orders by frontmatter, but authors find files by their names. */
const fileNames: Rule = ({ modules }) =>
  modules.flatMap((m) => {
    const [part, order, id] = [field(m.data, 'part'), field(m.data, 'order'), field(m.data, 'id')];
    if (!part || !order || !id || m.file === expectedPath(part, order, id)) return [];
    return [
      diagnostic(
        m.file,
        undefined,
        'warning',
        'file-name',
        `The file name does not match the frontmatter (\`part\`, \`order\`, \`id\`). Rename the file to ${expectedPath(part, order, id)} so that authors can find it.`,
      ),
    ];
  });

const emptyParts: Rule = ({ course, modules }) => {
  if (!course?.readable) return [];
  // A module whose frontmatter cannot be read still counts for the part named by its folder.
  const used = new Set(modules.map((m) => field(m.data, 'part') ?? m.folder));
  return list(course.data, 'parts').flatMap((part, index) => {
    const id = field(part, 'id');
    if (!id || used.has(id)) return [];
    return [
      diagnostic(
        course.file,
        course.lineOf(['parts', index, 'id']),
        'warning',
        'empty-part',
        `Part "${id}" has no modules yet. Add one with \`npm run new:module -- --part ${id} "Titel"\`, or remove the part.`,
      ),
    ];
  });
};

export const orderRule: Rule = (course) => [...duplicateOrder(course), ...fileNames(course), ...emptyParts(course)];
