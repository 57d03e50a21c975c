/**
 * Export the built site as SCORM 1.2 and SCORM 2004 4th Edition packages.
 *
 *   npm run export -- [--site dist] [--out dist] [--course modules/course.yaml]
 *
 * Writes `<course-id>-scorm12.zip` and `<course-id>-scorm2004.zip`. The pieces: listSiteFiles
 * (what goes in), buildManifest (pure XML), writePackage (deterministic zip, atomic write).
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readCourseFile } from '../src/course/load-course.ts';
import { buildManifest, type ManifestCourse } from './scorm/build-manifest.ts';
import { listSiteFiles } from './scorm/site-files.ts';
import { LAUNCH_FILE, SCORM, SCORM_VERSIONS, type ScormVersion } from './scorm/spec.ts';
import { writePackage } from './scorm/write-package.ts';

export interface ExportOptions {
  /** The built site (normally `dist/`). */
  siteDir: string;
  course: ManifestCourse;
  /** Where the zips go (created if missing). */
  outDir: string;
}

export interface ExportedPackage {
  version: ScormVersion;
  /** Path of the zip written. */
  path: string;
  /** Size of the zip in bytes. */
  bytes: number;
  /** Number of site files in it (the manifest not counted). */
  files: number;
}

/** The zip file name for a course and version, e.g. `my-course-scorm2004.zip`. */
export const packageFileName = (courseId: string, version: ScormVersion): string => `${courseId}-${SCORM[version].suffix}.zip`;

export async function exportScorm({ siteDir, course, outDir }: ExportOptions): Promise<ExportedPackage[]> {
  const shown = relative(process.cwd(), siteDir) || '.';
  if (!existsSync(siteDir) || !statSync(siteDir).isDirectory()) {
    throw new Error(`The site folder \`${shown}\` does not exist, so there is nothing to package. Run \`npm run build\` first, or pass the built site with \`--site <folder>\`.`);
  }
  if (!existsSync(join(siteDir, LAUNCH_FILE))) {
    throw new Error(`\`${join(shown, LAUNCH_FILE)}\` is missing: the SCORM packages launch the course through this page. Rebuild the site with \`npm run build\`; if it is still missing, check that the site build writes \`${LAUNCH_FILE}\` at the root.`);
  }
  const files = listSiteFiles(siteDir);
  mkdirSync(outDir, { recursive: true });
  const written: ExportedPackage[] = [];
  for (const version of SCORM_VERSIONS) {
    const manifest = buildManifest({ course, version, files });
    const path = join(outDir, packageFileName(course.id, version));
    const { bytes } = writePackage({ siteDir, files, manifest, zipPath: path });
    written.push({ version, path, bytes, files: files.length });
  }
  return written;
}

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
    console.log(`Wrote ${shown.startsWith('..') ? p.path : shown} (SCORM ${SCORM[p.version].schemaversion}, ${p.files} files, ${(p.bytes / 1024).toFixed(0)} KB)`);
  }
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
