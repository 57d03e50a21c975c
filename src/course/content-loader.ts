/**
 * Astro content loaders built on the course reader: modules, quizzes, glossary terms and session plans are read
 * by `read-course.ts` and validated by `parseFile()`, so a wrong field stops `astro dev` and
 * `astro build` with the same lines `npm run check` prints, instead of zod's raw messages. Module
 * bodies are left to the MDX integration (deferred render), as Astro's own `glob` loader does.
 */
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'zod';
import { FriendlyError } from '../schemas/friendly-errors.ts';
import { glossaryTermSchema } from '../schemas/glossary.ts';
import { moduleSchema } from '../schemas/module.ts';
import { quizObjectSchema } from '../schemas/quiz.ts';
import { worksheetSchema } from '../schemas/worksheet.ts';
import { sessionPlanSchema } from '../schemas/session-plan.ts';
import { courseRoot } from './load-course.ts';
import {
  coursePaths,
  type DataFile,
  type ModuleSource,
  readGlossaryFiles,
  readModuleFiles,
  readQuizFiles,
  readWorksheetFiles,
  readSessionPlanFiles,
} from './source/read-course.ts';
import { validateFile } from './source/validate.ts';

type Collection = {
  schema: z.ZodType;
  /** Folder the collection lives in, relative to the course root (watched in dev). */
  folder: string;
  files: (root: string) => DataFile[];
  id: (file: DataFile, data: Record<string, unknown>) => string;
  /** MDX modules are compiled by the MDX integration when a page renders them. */
  deferredRender: boolean;
};

const collections = {
  modules: {
    schema: moduleSchema,
    folder: coursePaths.modules,
    files: readModuleFiles,
    id: (_file, data) => String(data.id),
    deferredRender: true,
  },
  // Astro extends collection schemas, which zod forbids on refined ones: the answerability
  // rules (`quizSchema`) run in `npm run check` and the dev overlay's course check.
  quizzes: {
    schema: quizObjectSchema,
    folder: coursePaths.quizzes,
    files: readQuizFiles,
    id: (file) => (file as DataFile & { id: string }).id,
    deferredRender: false,
  },
  glossary: {
    schema: glossaryTermSchema,
    folder: coursePaths.glossary,
    files: readGlossaryFiles,
    id: (file) => (file as DataFile & { id: string }).id,
    deferredRender: false,
  },
  // MDX like modules, rendered by the MDX integration; the file name is the id.
  worksheets: {
    schema: worksheetSchema,
    folder: coursePaths.worksheets,
    files: readWorksheetFiles,
    id: (file) => (file as DataFile & { id: string }).id,
    deferredRender: true,
  },
  sessionPlans: {
    schema: sessionPlanSchema,
    folder: coursePaths.sessionPlans,
    files: readSessionPlanFiles,
    id: (file) => (file as DataFile & { id: string }).id,
    deferredRender: false,
  },
} satisfies Record<string, Collection>;

export type CollectionName = keyof typeof collections;

/** Read, validate and store every entry; throws one `FriendlyError` listing every problem. */
async function sync(collection: Collection, root: string, ctx: LoaderContext): Promise<void> {
  const files = collection.files(root);
  const problems = files.flatMap((file) => validateFile(collection.schema, file).problems);
  if (problems.length) throw new FriendlyError(problems[0]!.file, problems);
  const siteRoot = fileURLToPath(ctx.config.root);
  const seen = new Set<string>();
  for (const file of files) {
    const data = file.data as Record<string, unknown>;
    const id = collection.id(file, data);
    const path = join(root, file.file);
    const filePath = relative(siteRoot, path).split(sep).join('/');
    seen.add(id);
    const stored = ctx.store.set({
      id,
      data: await ctx.parseData({ id, data, filePath: path }),
      body: (file as ModuleSource).body,
      filePath,
      digest: ctx.generateDigest(file.source),
      deferredRender: collection.deferredRender,
    });
    // An unchanged entry is not stored again, but its MDX module must still be part of this build.
    if (!stored && collection.deferredRender) ctx.store.addModuleImport(filePath);
  }
  for (const id of ctx.store.keys()) if (!seen.has(id)) ctx.store.delete(id);
}

/** The loader of one course collection; in dev it reloads on every change in the collection's folder. */
export function courseLoader(name: CollectionName): Loader {
  const collection: Collection = collections[name];
  return {
    name: `course-${name}`,
    schema: collection.schema,
    load: async (ctx) => {
      const root = courseRoot();
      await sync(collection, root, ctx);
      const folder = join(root, collection.folder);
      ctx.watcher?.add(folder);
      ctx.watcher?.on('all', (_event, path) => {
        if (!path.startsWith(folder + sep) || !/\.(mdx|ya?ml)$/.test(path)) return;
        sync(collection, root, ctx).catch((error: Error) => ctx.logger.error(error.message));
      });
    },
  };
}
