import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as esbuild from 'esbuild';

/**
 * Bundles the learner's browser code (`src/runtime/entries/*.ts`) into classic scripts under
 * `public/runtime/`. Classic (not module) scripts, because module scripts do not run when a
 * course is opened straight from a folder (file://), and an LMS or a locked-down laptop may do that.
 */
export function runtimeBundle(): AstroIntegration {
  let context: esbuild.BuildContext | undefined;
  return {
    name: 'course-runtime-bundle',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const outdir = fileURLToPath(new URL('runtime/', config.publicDir));
        mkdirSync(outdir, { recursive: true });
        const options: esbuild.BuildOptions = {
          entryPoints: [fileURLToPath(new URL('./src/runtime/entries/*.ts', config.root))],
          outdir,
          bundle: true,
          format: 'iife',
          target: 'es2020',
          minify: command === 'build',
          legalComments: 'none',
          logLevel: 'silent',
        };
        if (command === 'dev') {
          context = await esbuild.context(options);
          await context.watch();
        } else {
          const result = await esbuild.build({ ...options, metafile: true });
          const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
          logger.info(
            `browser runtime: ${(bytes / 1024).toFixed(1)} KiB in ${Object.keys(result.metafile.outputs).length} files`,
          );
        }
      },
      'astro:server:done': async () => {
        await context?.dispose();
      },
    },
  };
}
