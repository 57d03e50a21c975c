import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../../src/preview-lms/read-manifest.ts';
import { GOLDEN_DIR } from './fixtures.ts';

const wrap = (schemaversion: string | null, body: string, attrs = '') => `<?xml version="1.0"?>
<manifest identifier="m" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" ${attrs}>
  <metadata>${schemaversion === null ? '' : `<schemaversion>${schemaversion}</schemaversion>`}</metadata>${body}</manifest>`;
const oneSco = `<organizations default="o"><organization identifier="o"><title>Org</title>
  <item identifier="i" identifierref="r"><title>Item</title></item></organization></organizations>
  <resources><resource identifier="r" type="webcontent" adlcp:scormType="sco" href="a.html"/></resources>`;

describe('readManifest', () => {
  it('reads our own manifests (golden files)', () => {
    expect(readManifest(readFileSync(join(GOLDEN_DIR, 'imsmanifest-1.2.xml'), 'utf8'))).toMatchObject({
      version: '1.2',
      launch: 'launch.html',
      masteryScore: '70',
      warnings: [],
    });
    expect(readManifest(readFileSync(join(GOLDEN_DIR, 'imsmanifest-2004.xml'), 'utf8'))).toMatchObject({
      version: '2004',
      launch: 'launch.html',
      scaledPassingScore: '0.7',
      warnings: [],
    });
  });

  it.each([
    ['1.2', '1.2'],
    ['CAM 1.3', '2004'],
    ['2004 3rd Edition', '2004'],
    ['2004 4th Edition', '2004'],
  ] as const)('schemaversion %j → SCORM %s', (schemaversion, version) => {
    expect(readManifest(wrap(schemaversion, oneSco))).toMatchObject({ version, schemaversion, warnings: [] });
  });

  it('without schemaversion it plays SCORM 1.2, as Moodle does, and says so', () => {
    const info = readManifest(wrap(null, oneSco));
    expect(info.version).toBe('1.2');
    expect(info.warnings.join()).toMatch(/no <metadata><schemaversion>/);
  });

  it('applies xml:base and item parameters to the launch URL', () => {
    const body = oneSco
      .replace('<resources>', '<resources xml:base="sco/">')
      .replace('href="a.html"', 'href="a.html?x=1"')
      .replace('identifierref="r"', 'identifierref="r" parameters="?lang=nl"');
    expect(readManifest(wrap('1.2', body, 'xml:base="course/"')).launch).toBe('course/sco/a.html?x=1&lang=nl');
  });

  it("launches the first item's SCO and warns when there are more", () => {
    const body = oneSco.replace(
      '</resources>',
      '<resource identifier="r2" type="webcontent" adlcp:scormType="sco" href="b.html"/></resources>',
    );
    const info = readManifest(wrap('2004 4th Edition', body));
    expect(info.launch).toBe('a.html');
    expect(info.warnings.join()).toMatch(/2 SCOs/);
  });

  it('says plainly when nothing can be launched or the XML is broken', () => {
    expect(() => readManifest(wrap('1.2', '<resources/>'))).toThrow(/names no SCO to launch/);
    expect(() => readManifest('<manifest')).toThrow(/not well-formed XML/);
  });
});
