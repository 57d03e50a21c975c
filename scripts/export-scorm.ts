/**
 * `npm run export -- [--site dist] [--out dist] [--course modules/course.yaml]`: package a built
 * site as SCORM 1.2 and SCORM 2004 4th Edition zips (see src/scorm/export.ts).
 */
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readCourseFile } from '../src/course/load-course.ts';
import { exportScorm } from '../src/scorm/export.ts';
import { SCORM } from '../src/scorm/spec.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      site: { type: 'string', default: 'dist' },
      out: { type: 'string' },
      course: { type: 'string', default: 'modules/course.yaml' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log('Usage: npm run export -- [--site dist] [--out <site folder>] [--course modules/course.yaml]');
    return;
  }
  const course = readCourseFile(resolve(values.course));
  const siteDir = resolve(values.site);
  const written = await exportScorm({ siteDir, course, outDir: resolve(values.out ?? values.site) });
  for (const p of written) {
    const shown = relative(process.cwd(), p.path);
    console.log(
      `Wrote ${shown.startsWith('..') ? p.path : shown} (SCORM ${SCORM[p.version].schemaversion}, ${p.files} files, ${(p.bytes / 1024).toFixed(0)} KB)`,
    );
  }
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
