import { join } from 'node:path';
import type { AstroIntegrationLogger, HookParameters } from 'astro';
import * as esbuild from 'esbuild';

type DevServer = HookParameters<'astro:server:setup'>['server'];

/** Where pages find the runtime (`src/layouts/Base.astro` loads `/runtime/course.js`, made relative after the build). */
export const RUNTIME_FOLDER = 'runtime';

/**
 * The learner's browser code (`src/runtime/entries/*.ts`) as one classic script per entry.
 * Classic (IIFE, not module) scripts, because module scripts do not run when a course is opened
 * straight from a folder (file://), and an LMS or a locked-down laptop may do that.
 */
export const runtimeOptions = (projectRoot: string, outdir: string, mode: 'dev' | 'build'): esbuild.BuildOptions => ({
  entryPoints: [join(projectRoot, 'src/runtime/entries/*.ts')],
  outdir,
  bundle: true,
  format: 'iife',
  target: 'es2020',
  minify: mode === 'build',
  sourcemap: mode === 'dev' ? 'inline' : false,
  legalComments: 'none',
  logLevel: 'silent',
});

/** Writes the runtime into the built site (`<siteDir>/runtime/*.js`); returns what it wrote. */
export async function writeRuntime(projectRoot: string, siteDir: string): Promise<{ files: number; bytes: number }> {
  const outdir = join(siteDir, RUNTIME_FOLDER);
  const result = await esbuild.build({ ...runtimeOptions(projectRoot, outdir, 'build'), metafile: true });
  const outputs = Object.values(result.metafile.outputs);
  return { files: outputs.length, bytes: outputs.reduce((sum, o) => sum + o.bytes, 0) };
}

/**
 * Serves the runtime from memory in `astro dev`: each request rebuilds incrementally (a few
 * milliseconds), so an edit under `src/runtime/` shows on the next reload and nothing is written
 * to disk. Returns a function that stops the builder.
 */
export function serveRuntime(
  server: DevServer,
  logger: AstroIntegrationLogger,
  projectRoot: string,
): () => Promise<void> {
  // esbuild needs an output folder to name the files; with `write: false` nothing goes there.
  const outdir = join(projectRoot, RUNTIME_FOLDER);
  // Made on the first request, so a server that never serves a page starts no esbuild process.
  let context: Promise<esbuild.BuildContext<{ write: false }>> | undefined;
  let pending: Promise<esbuild.BuildResult<{ write: false }>> | undefined;
  const rebuild = () => {
    context ??= esbuild.context({ ...runtimeOptions(projectRoot, outdir, 'dev'), write: false });
    pending ??= context
      .then((c) => c.rebuild())
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
  server.middlewares.use(`/${RUNTIME_FOLDER}`, (req, res, next) => {
    const name = (req.url ?? '').split('?')[0]!.replace(/^\/+/, '');
    if (!/^[\w-]+\.js$/.test(name)) return next();
    rebuild().then(
      (result) => {
        const file = result.outputFiles.find((f) => f.path === join(outdir, name));
        if (!file) return next();
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(file.contents);
      },
      (error: Error) => {
        logger.error(`The browser runtime does not build:\n${error.message}`);
        res.statusCode = 500;
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end(`The browser runtime does not build:\n${error.message}`);
      },
    );
  });
  return async () => {
    await (await context)?.dispose();
  };
}
