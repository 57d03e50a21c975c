import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { create } from 'xmlbuilder2';
import { describe, expect, it } from 'vitest';
import { buildManifest, manifestIdentifier, passMarkToMeasure, toHref } from '../../../src/scorm/build-manifest.ts';
import { listSiteFiles } from '../../../src/scorm/site-files.ts';
import { IMSSS, SCORM, SCORM_VERSIONS } from '../../../src/scorm/spec.ts';
import { validateManifest } from '../../helpers/scorm-xsd.ts';
import { FIXTURE_SITE, fixtureCourse, GOLDEN_DIR } from './fixtures.ts';

const files = listSiteFiles(FIXTURE_SITE);
const dom = (xml: string) => create(xml).root().node as unknown as Element;
const byTag = (xml: string, ns: string, name: string) => [...dom(xml).getElementsByTagNameNS(ns, name)];

describe.each(SCORM_VERSIONS)('SCORM %s manifest', (version) => {
  const spec = SCORM[version];
  const xml = buildManifest({ course: fixtureCourse, version, files });

  it('validates against the official XSDs', async () => {
    expect(await validateManifest(xml, version)).toEqual({ valid: true, errors: [] });
  });

  it('names its version in <metadata><schemaversion> (the XSDs do not check the value)', () => {
    expect(byTag(xml, spec.cp, 'schema').map((e) => e.textContent)).toEqual(['ADL SCORM']);
    expect(byTag(xml, spec.cp, 'schemaversion').map((e) => e.textContent)).toEqual([spec.schemaversion]);
  });

  it('has a stable identifier and one SCO launched at launch.html', () => {
    expect(dom(xml).getAttribute('identifier')).toBe(`fixture-course-${spec.suffix}`);
    const resources = byTag(xml, spec.cp, 'resource');
    expect(resources).toHaveLength(1);
    expect(resources[0].getAttribute('href')).toBe('launch.html');
    expect(resources[0].getAttributeNS(spec.adlcp, spec.scormTypeAttribute.split(':')[1])).toBe('sco');
    const items = byTag(xml, spec.cp, 'item');
    expect(items.map((i) => i.getAttribute('identifierref'))).toEqual([resources[0].getAttribute('identifier')]);
    const orgs = byTag(xml, spec.cp, 'organizations')[0];
    expect(orgs.getAttribute('default')).toBe(byTag(xml, spec.cp, 'organization')[0].getAttribute('identifier'));
  });

  it('lists every site file once, sorted and URL-encoded', () => {
    const hrefs = byTag(xml, spec.cp, 'file').map((f) => f.getAttribute('href'));
    expect(hrefs).toEqual(files.map(toHref));
    expect(hrefs).toContain('media/beeld%201%20(klein).svg');
  });

  it('matches the golden file (UPDATE=1 rewrites it)', () => {
    const golden = join(GOLDEN_DIR, `imsmanifest-${version}.xml`);
    if (process.env.UPDATE) writeFileSync(golden, xml);
    if (!existsSync(golden))
      throw new Error(`No golden file ${golden}: run the tests once with UPDATE=1 and review it.`);
    expect(xml).toBe(readFileSync(golden, 'utf8'));
  });

  it('refuses a file list without launch.html, saying how to fix it', () => {
    expect(() => buildManifest({ course: fixtureCourse, version, files: ['index.html'] })).toThrow(
      /`launch.html`.*npm run build/s,
    );
  });
});

describe('the pass mark is written once, in the form each version needs', () => {
  it.each([0, 7, 70, 85, 100])('pass mark %i', async (passMark) => {
    const course = { ...fixtureCourse, completion: { ...fixtureCourse.completion, passMark } };
    const xml12 = buildManifest({ course, version: '1.2', files });
    expect(byTag(xml12, SCORM['1.2'].adlcp, 'masteryscore').map((e) => Number(e.textContent))).toEqual([passMark]);
    const xml2004 = buildManifest({ course, version: '2004', files });
    const objective = byTag(xml2004, IMSSS, 'primaryObjective');
    expect(objective).toHaveLength(1);
    expect(objective[0].getAttribute('satisfiedByMeasure')).toBe('true');
    expect(byTag(xml2004, IMSSS, 'minNormalizedMeasure').map((e) => Number(e.textContent))).toEqual([passMark / 100]);
    expect((await validateManifest(xml12, '1.2')).valid && (await validateManifest(xml2004, '2004')).valid).toBe(true);
  });
});

describe('helpers', () => {
  it.each([
    ['launch.html', 'launch.html'],
    ['a b/c d.css', 'a%20b/c%20d.css'],
    ['fotos/café #1?.png', 'fotos/caf%C3%A9%20%231%3F.png'],
    ['x&y+z.js', 'x%26y%2Bz.js'],
  ])('toHref(%j) → %j', (path, href) => expect(toHref(path)).toBe(href));

  it.each(['/abs.html', '../up.html', 'a//b.html', 'a\\b.html', ''])('toHref refuses %j', (path) => {
    expect(() => toHref(path)).toThrow(/relative path/);
  });

  it('starts identifiers with a letter, as XML IDs must', () => {
    expect(manifestIdentifier('2025-course', '2004')).toBe('course-2025-course-scorm2004');
    expect(manifestIdentifier('intro', '1.2')).toBe('intro-scorm12');
  });

  it('turns a pass mark into a normalised measure', () => {
    expect([0, 7, 70, 100].map(passMarkToMeasure)).toEqual(['0', '0.07', '0.7', '1']);
  });
});
