/**
 * Export a built site as SCORM 1.2 and SCORM 2004 4th Edition packages: writes `<course-id>-scorm12.zip` and `<course-id>-scorm2004.zip`. The pieces: listSiteFiles
 * (what goes in), buildManifest (pure XML), writePackage (deterministic zip, atomic write).
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildManifest, type ManifestCourse } from './build-manifest.ts';
import { listSiteFiles } from './site-files.ts';
import { LAUNCH_FILE, SCORM, SCORM_VERSIONS, type ScormVersion } from './spec.ts';
import { writePackage } from './write-package.ts';

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
export const packageFileName = (courseId: string, version: ScormVersion): string =>
  `${courseId}-${SCORM[version].suffix}.zip`;

export async function exportScorm({ siteDir, course, outDir }: ExportOptions): Promise<ExportedPackage[]> {
  const shown = relative(process.cwd(), siteDir) || '.';
  if (!existsSync(siteDir) || !statSync(siteDir).isDirectory()) {
    throw new Error(
      `The site folder \`${shown}\` does not exist, so there is nothing to package. Run \`npm run build\` first, or pass the built site with \`--site <folder>\`.`,
    );
  }
  if (!existsSync(join(siteDir, LAUNCH_FILE))) {
    throw new Error(
      `\`${join(shown, LAUNCH_FILE)}\` is missing: the SCORM packages launch the course through this page. Rebuild the site with \`npm run build\`; if it is still missing, check that the site build writes \`${LAUNCH_FILE}\` at the root.`,
    );
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
