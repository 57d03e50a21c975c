/**
 * The two SCORM versions this toolkit exports, as data.
 *
 * References (ADL texts; section numbers as in those books):
 * - SCORM 1.2 CAM (Content Aggregation Model, 2001), section 2.3 "Content Packaging" and its
 *   ADL extensions `adlcp:scormtype`, `adlcp:masteryscore`; IMS CP 1.1.2.
 * - SCORM 2004 4th Edition CAM (2009), section 3 "Content Packaging" (3.4 manifest elements,
 *   Table 3.5.3a "Manifest Element Requirements"), section 4 "Metadata" (IEEE LOM binding) and
 *   section 5 "Sequencing and Navigation" (the `imsss:` / `adlnav:` manifest binding); IMS CP 1.1.4.
 * - SCORM 2004 4th Edition SN book (sequencing behaviour of `satisfiedByMeasure`,
 *   `minNormalizedMeasure`, delivery controls) and RTE book 4.2 (`cmi.scaled_passing_score`).
 *
 * The XSD files named in `schemaLocation` are the official ones (kept in tests/fixtures/scorm-xsd for the tests); they are
 * hints for validators and are not copied into the package (LMSs do not read them, and xmllint
 * ignores a manifest's own schemaLocation).
 */

export type ScormVersion = '1.2' | '2004';

/** Every version this toolkit exports, in the order files are written. */
export const SCORM_VERSIONS: readonly ScormVersion[] = ['1.2', '2004'];

/** The package's single SCO: the course's launch page at the site root (written by the site build). */
export const LAUNCH_FILE = 'launch.html';

/** IMS CP: the manifest must be named so and sit at the root of the package (PIF). */
export const MANIFEST_FILE = 'imsmanifest.xml';

/** Namespaces used by both versions. */
export const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
export const XMLNS = 'http://www.w3.org/2000/xmlns/';

export interface ScormSpec {
  /** `<metadata><schema>`: the same literal in both versions (1.2 CAM 2.3; 2004 CAM 3.4.1). */
  schema: 'ADL SCORM';
  /** `<metadata><schemaversion>`: how an LMS tells the versions apart (Moodle reads it; see LMS-NOTES). */
  schemaversion: string;
  /** File-name suffix and manifest-identifier suffix: `<course-id>-scorm12`. */
  suffix: string;
  /** Default (IMS CP) namespace of the manifest. */
  cp: string;
  /** ADL content-packaging extensions (`adlcp:`). */
  adlcp: string;
  /** Name of the SCO-type attribute on `<resource>`: its case differs between the versions. */
  scormTypeAttribute: 'adlcp:scormtype' | 'adlcp:scormType';
  /** Extra namespaces declared on `<manifest>` (prefix → URI). */
  extraNamespaces: Readonly<Record<string, string>>;
  /** `xsi:schemaLocation` pairs (namespace → official XSD file name). */
  schemaLocations: ReadonlyArray<readonly [string, string]>;
}

const IMSCP_12 = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
const ADLCP_12 = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';

const IMSCP_2004 = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const ADLCP_2004 = 'http://www.adlnet.org/xsd/adlcp_v1p3';
export const ADLSEQ = 'http://www.adlnet.org/xsd/adlseq_v1p3';
export const ADLNAV = 'http://www.adlnet.org/xsd/adlnav_v1p3';
export const IMSSS = 'http://www.imsglobal.org/xsd/imsss';
export const LOM = 'http://ltsc.ieee.org/xsd/LOM';

export const SCORM: Readonly<Record<ScormVersion, ScormSpec>> = {
  '1.2': {
    schema: 'ADL SCORM',
    schemaversion: '1.2',
    suffix: 'scorm12',
    cp: IMSCP_12,
    adlcp: ADLCP_12,
    scormTypeAttribute: 'adlcp:scormtype',
    // Deliberate deviation: no inline IMS MD 1.2.1 (`imsmd:lom`) metadata. The official
    // imsmd_rootv1p2p1.xsd has a Unique Particle Attribution defect that libxml2 >= 2.13 (and
    // xmllint-wasm) refuse to compile, so a manifest with inline IMS MD cannot be validated there
    // (see tests/fixtures/scorm-xsd/README.md). LMSs take the 1.2 title from <organization>/<item>.
    extraNamespaces: {},
    schemaLocations: [
      [IMSCP_12, 'imscp_rootv1p1p2.xsd'],
      [ADLCP_12, 'adlcp_rootv1p2.xsd'],
    ],
  },
  '2004': {
    schema: 'ADL SCORM',
    schemaversion: '2004 4th Edition',
    suffix: 'scorm2004',
    cp: IMSCP_2004,
    adlcp: ADLCP_2004,
    scormTypeAttribute: 'adlcp:scormType',
    extraNamespaces: { adlseq: ADLSEQ, adlnav: ADLNAV, imsss: IMSSS, lom: LOM },
    schemaLocations: [
      [IMSCP_2004, 'imscp_v1p1.xsd'],
      [ADLCP_2004, 'adlcp_v1p3.xsd'],
      [ADLSEQ, 'adlseq_v1p3.xsd'],
      [ADLNAV, 'adlnav_v1p3.xsd'],
      [IMSSS, 'imsss_v1p0.xsd'],
      [LOM, 'lom.xsd'],
    ],
  },
};

/** SCORM 2004 sequencing for the single SCO (CAM 5; SN book). */
export const SEQUENCING_2004 = {
  /** Organization-level control mode: let the LMS start the one SCO and show it in a menu. */
  controlMode: { choice: 'true', flow: 'true' },
  /** The SCO reports completion and success itself; the LMS must not assume them on exit. */
  deliveryControls: { tracked: 'true', completionSetByContent: 'true', objectiveSetByContent: 'true' },
  /** Id of the primary objective; `satisfiedByMeasure` makes the LMS judge it from `cmi.score.scaled`. */
  primaryObjectiveId: 'PRIMARYOBJ',
  /** One SCO: the LMS's own Previous/Continue buttons have nowhere to go (CAM 5, adlnav:presentation). */
  hideLMSUI: ['previous', 'continue'],
} as const;

/**
 * Site files that never go into a package: zip files (earlier exports; the site folder is
 * normally also the output folder) and hidden files and folders (`.DS_Store`, an interrupted
 * build's `.prerender/`, our own `.<name>.zip.<id>.tmp` files): a browser never loads them.
 */
export const isExcludedFromPackage = (path: string): boolean =>
  /\.zip$/i.test(path) || path.split('/').some((segment) => segment.startsWith('.'));
