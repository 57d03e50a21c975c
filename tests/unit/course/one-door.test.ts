/**
 * One door, one voice: a `titel:` typo gives the same lines from `npm run check`, from the content
 * loader that `astro dev` and `astro build` run, and from the export's `readCourseFile`.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCourse } from '../../../src/check/check-course.ts';
import { formatDiagnostic } from '../../../src/check/format.ts';
import { courseLoader } from '../../../src/course/content-loader.ts';
import { readCourseFile } from '../../../src/course/load-course.ts';
import { FriendlyError } from '../../../src/schemas/friendly-errors.ts';
import { materialise } from '../check/fixture-course.ts';

const typo = /The file has an unknown field `titel` \(did you mean `title`\?\)/;
let done = () => {};
afterEach(() => {
  done();
  delete process.env.COURSE_ROOT;
});

const checkLines = async (root: string) => (await checkCourse(root)).map((d) => formatDiagnostic(d));

/** The loader context Astro passes, with an in-memory store; enough to run a course loader. */
function loaderContext(root: string) {
  const entries = new Map<string, { id: string; data: unknown; filePath?: string; deferredRender?: boolean }>();
  const context = {
    collection: 'modules',
    config: { root: pathToFileURL(`${root}/`) },
    logger: { error: () => {}, warn: () => {}, info: () => {} },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (value: unknown) => String(value).length.toString(36),
    store: {
      set: (entry: { id: string; data: unknown }) => entries.set(entry.id, entry) && true,
      keys: () => [...entries.keys()],
      delete: (id: string) => entries.delete(id),
      addModuleImport: () => {},
    },
  };
  return { context: context as unknown as LoaderContext, entries };
}

async function loaderMessage(root: string): Promise<string> {
  process.env.COURSE_ROOT = root;
  try {
    await courseLoader('modules').load(loaderContext(root).context);
    return 'no error';
  } catch (error) {
    expect(error).toBeInstanceOf(FriendlyError);
    return (error as Error).message;
  }
}

describe('a `titel:` typo in a module', () => {
  it('reads the same from the checker and from the content loader', async () => {
    const course = materialise('module-field-typo');
    done = course.done;
    const fromCheck = await checkLines(course.root);
    expect(fromCheck.some((line) => typo.test(line))).toBe(true);
    expect(await loaderMessage(course.root)).toBe(fromCheck.join('\n'));
  });
});

describe('a `titel:` typo in the course file', () => {
  it('reads the same from the checker and from the export’s readCourseFile', async () => {
    const course = materialise('course-field-typo');
    done = course.done;
    const fromCheck = await checkLines(course.root);
    const cwd = process.cwd();
    process.chdir(course.root);
    try {
      expect(() => readCourseFile('modules/course.yaml')).toThrow(fromCheck.join('\n'));
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('the content loader on a valid course', () => {
  it('stores every module under its frontmatter id, rendered later by the MDX integration', async () => {
    const root = join(process.cwd(), 'tests/fixtures/check/valid');
    process.env.COURSE_ROOT = root;
    const { context, entries } = loaderContext(root);
    await courseLoader('modules').load(context);
    expect([...entries.keys()].sort()).toEqual(['grenzen', 'veiligheid']);
    expect(entries.get('veiligheid')).toMatchObject({
      filePath: 'modules/deel-1/01-veiligheid.mdx',
      deferredRender: true,
      data: { id: 'veiligheid', part: 'deel-1' },
    });
  });
});
