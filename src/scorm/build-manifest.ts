/**
 * Build `imsmanifest.xml` for one SCORM version. Pure: no disk, no clock, same input → same bytes.
 *
 * One organization → one item → one SCO resource launched at `launch.html`, listing every file of
 * the package. The pass mark appears once in the course config and is written here as the 1.2
 * mastery score and the 2004 minimum normalised measure (README, "Export and LMS tracking").
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { Course } from '../schemas/course.ts';
import { ADLNAV, IMSSS, LAUNCH_FILE, LOM, MANIFEST_FILE, SCORM, SEQUENCING_2004, XMLNS, XSI } from './spec.ts';
import type { ScormVersion } from './spec.ts';

/** The course fields the manifest uses. */
export type ManifestCourse = Pick<Course, 'id' | 'title' | 'description' | 'language' | 'version'> & {
  completion: Pick<Course['completion'], 'passMark'>;
};

export interface BuildManifestOptions {
  course: ManifestCourse;
  version: ScormVersion;
  /** Package-relative paths with `/` separators (not URL-encoded), e.g. `_astro/main.css`. */
  files: readonly string[];
}

/** Stable manifest identifier, e.g. `my-course-scorm12`. An XML ID must start with a letter. */
export function manifestIdentifier(courseId: string, version: ScormVersion): string {
  const id = `${courseId}-${SCORM[version].suffix}`;
  return /^[A-Za-z_]/.test(id) ? id : `course-${id}`;
}

/** A package path as a relative URL: each segment percent-encoded (spaces, `#`, `?`, non-ASCII). */
export function toHref(path: string): string {
  if (
    path === '' ||
    path.startsWith('/') ||
    path.includes('\\') ||
    path.split('/').some((s) => s === '' || s === '.' || s === '..')
  ) {
    throw new Error(
      `The file path "${path}" cannot go into a SCORM manifest: use a relative path with "/" separators and no "." or ".." segments.`,
    );
  }
  return path.split('/').map(encodeURIComponent).join('/');
}

/** SCORM 2004 measures are decimals from -1 to 1: a pass mark of 70 % is 0.7. */
export const passMarkToMeasure = (passMark: number): string => String(passMark / 100);

export function buildManifest({ course, version, files }: BuildManifestOptions): string {
  const spec = SCORM[version];
  const list = [...new Set(files)].filter((f) => f !== MANIFEST_FILE).sort();
  if (!list.includes(LAUNCH_FILE)) {
    throw new Error(
      `The package has no \`${LAUNCH_FILE}\` at its root, so the LMS would have nothing to launch. Build the site first (\`npm run build\`); it writes \`${LAUNCH_FILE}\`.`,
    );
  }
  const hrefs = list.map(toHref);
  const ids = { org: `org-${course.id}`, item: `item-${course.id}`, res: `res-${course.id}` };

  const manifest = create({ version: '1.0', encoding: 'UTF-8' }).ele(spec.cp, 'manifest');
  manifest.att(XMLNS, 'xmlns:adlcp', spec.adlcp);
  for (const [prefix, uri] of Object.entries(spec.extraNamespaces)) manifest.att(XMLNS, `xmlns:${prefix}`, uri);
  manifest.att(XMLNS, 'xmlns:xsi', XSI);
  manifest.att(XSI, 'xsi:schemaLocation', spec.schemaLocations.map((pair) => pair.join(' ')).join(' '));
  manifest.att('identifier', manifestIdentifier(course.id, version)).att('version', course.version);

  const metadata = manifest.ele(spec.cp, 'metadata');
  metadata.ele(spec.cp, 'schema').txt(spec.schema);
  metadata.ele(spec.cp, 'schemaversion').txt(spec.schemaversion);
  if (version === '2004') addLom(metadata, course);

  const organization = manifest
    .ele(spec.cp, 'organizations', { default: ids.org })
    .ele(spec.cp, 'organization', { identifier: ids.org });
  organization.ele(spec.cp, 'title').txt(course.title);
  const item = organization.ele(spec.cp, 'item', { identifier: ids.item, identifierref: ids.res });
  item.ele(spec.cp, 'title').txt(course.title);
  if (version === '1.2') {
    // SCORM 1.2 CAM: <adlcp:masteryscore> 0–100; the LMS passes it to the SCO as cmi.student_data.mastery_score.
    item.ele(spec.adlcp, 'adlcp:masteryscore').txt(String(course.completion.passMark));
  } else {
    addItemSequencing(item, course.completion.passMark);
    // Organization-level sequencing follows the items (CAM 3.4: title, item+, metadata?, imsss:sequencing?).
    const control = SEQUENCING_2004.controlMode;
    organization.ele(IMSSS, 'imsss:sequencing').ele(IMSSS, 'imsss:controlMode', { ...control });
  }

  const resource = manifest
    .ele(spec.cp, 'resources')
    .ele(spec.cp, 'resource', { identifier: ids.res, type: 'webcontent' });
  resource.att(spec.adlcp, spec.scormTypeAttribute, 'sco').att('href', toHref(LAUNCH_FILE));
  for (const href of hrefs) resource.ele(spec.cp, 'file', { href });

  return manifest.end({ prettyPrint: true, indent: '  ', newline: '\n' }) + '\n';
}

/** IEEE LOM (CAM 4): title, language, description and version, in the course language. */
function addLom(metadata: XMLBuilder, course: ManifestCourse): void {
  const lom = metadata.ele(LOM, 'lom:lom');
  const general = lom.ele(LOM, 'lom:general');
  general.ele(LOM, 'lom:title').ele(LOM, 'lom:string', { language: course.language }).txt(course.title);
  general.ele(LOM, 'lom:language').txt(course.language);
  general.ele(LOM, 'lom:description').ele(LOM, 'lom:string', { language: course.language }).txt(course.description);
  // LOM 2.1 lifeCycle.version is a LangString; a version number has no language (x-none).
  lom
    .ele(LOM, 'lom:lifeCycle')
    .ele(LOM, 'lom:version')
    .ele(LOM, 'lom:string', { language: 'x-none' })
    .txt(course.version);
}

/** The item's sequencing: one primary objective judged by the score against the pass mark. */
function addItemSequencing(item: XMLBuilder, passMark: number): void {
  const sequencing = item.ele(IMSSS, 'imsss:sequencing');
  // imsss order (SN binding): controlMode, sequencingRules, limitConditions, auxiliaryResources,
  // rollupRules, objectives, randomizationControls, deliveryControls.
  sequencing
    .ele(IMSSS, 'imsss:objectives')
    .ele(IMSSS, 'imsss:primaryObjective', {
      objectiveID: SEQUENCING_2004.primaryObjectiveId,
      satisfiedByMeasure: 'true',
    })
    .ele(IMSSS, 'imsss:minNormalizedMeasure')
    .txt(passMarkToMeasure(passMark));
  sequencing.ele(IMSSS, 'imsss:deliveryControls', { ...SEQUENCING_2004.deliveryControls });
  const navigation = item.ele(ADLNAV, 'adlnav:presentation').ele(ADLNAV, 'adlnav:navigationInterface');
  for (const ui of SEQUENCING_2004.hideLMSUI) navigation.ele(ADLNAV, 'adlnav:hideLMSUI').txt(ui);
}
