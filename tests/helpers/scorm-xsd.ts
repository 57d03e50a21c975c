/**
 * Validate an imsmanifest.xml against the official SCORM XSDs kept as test fixtures
 * (tests/fixtures/scorm-xsd, see its README) with xmllint-wasm: no network, no native xmllint.
 * For SCORM 1.2 it uses the wrapper without IMS MD, because libxml2 2.13 (inside xmllint-wasm)
 * cannot compile imsmd_rootv1p2p1.xsd.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML, type XMLFileInfo } from 'xmllint-wasm';

export const XSD_KIT = fileURLToPath(new URL('../fixtures/scorm-xsd', import.meta.url));

type Version = '1.2' | '2004';
const FOLDER = { '1.2': 'scorm12', '2004': 'scorm2004-4th' } as const;
const WRAPPER = {
  '1.2': 'scorm12/scorm12_manifest_no_imsmd.xsd',
  '2004': 'scorm2004-4th/scorm2004_4th_manifest.xsd',
} as const;

const walk = (d: string): string[] =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));

function loadKit(version: Version): XMLFileInfo[] {
  const files = walk(join(XSD_KIT, FOLDER[version]))
    .filter((f) => f.endsWith('.xsd'))
    .map((f) => ({ fileName: relative(XSD_KIT, f).split('\\').join('/'), contents: readFileSync(f, 'utf8') }));
  if (version === '2004') {
    // No HTTP or catalog in the wasm build: imscp_v1p1.xsd's import of the W3C xml.xsd is opened as this path.
    files.push({
      fileName: 'http:/www.w3.org/2001/xml.xsd',
      contents: readFileSync(join(XSD_KIT, 'scorm2004-4th/xml.xsd'), 'utf8'),
    });
  }
  return files;
}

/** `{ valid, errors }`, errors as `line N: message` about the manifest only. Rejects if the schema does not compile. */
export async function validateManifest(xml: string, version: Version): Promise<{ valid: boolean; errors: string[] }> {
  const files = loadKit(version);
  const schema = files.find((f) => f.fileName === WRAPPER[version]);
  if (!schema)
    throw new Error(`The SCORM XSD fixtures at ${XSD_KIT} have no ${WRAPPER[version]}: restore it from git.`);
  const result = await validateXML({
    xml: { fileName: 'imsmanifest.xml', contents: xml },
    schema,
    preload: files.filter((f) => f !== schema),
  });
  return {
    valid: result.valid,
    errors: result.errors
      .filter((e) => e.loc?.fileName === 'imsmanifest.xml')
      .map((e) => `line ${e.loc?.lineNumber}: ${e.message}`),
  };
}
