/**
 * Read what an LMS needs from any single-SCO package's imsmanifest.xml: the SCORM version (from
 * `<metadata><schemaversion>`, as Moodle does), the SCO to launch and the values passed to it.
 * Pure. Element names are matched by local name, so any namespace prefix works.
 */
import { create } from 'xmlbuilder2';

export interface PackageInfo {
  version: '1.2' | '2004';
  /** The `<schemaversion>` text, or null when the manifest has none. */
  schemaversion: string | null;
  identifier: string;
  title: string;
  /** The SCO's URL relative to the package root, with any `xml:base` and item `parameters` applied. */
  launch: string;
  /** 1.2 `adlcp:masteryscore` → cmi.student_data.mastery_score. */
  masteryScore?: string;
  /** 2004 primary objective `minNormalizedMeasure` with `satisfiedByMeasure="true"` → cmi.scaled_passing_score. */
  scaledPassingScore?: string;
  /** 2004 `adlcp:completionThreshold` → cmi.completion_threshold. */
  completionThreshold?: string;
  /** `adlcp:datafromlms` / `adlcp:dataFromLMS` → cmi.launch_data. */
  dataFromLMS?: string;
  /** Things a real LMS might treat differently; shown to the user. */
  warnings: string[];
}

const all = (root: Element, name: string): Element[] =>
  [...root.getElementsByTagName('*')].filter((e) => e.localName.toLowerCase() === name.toLowerCase());
const children = (parent: Element, name: string): Element[] => [...parent.children].filter((e) => e.localName === name);
const attr = (el: Element | undefined, name: string): string | undefined =>
  // (xmlbuilder2's parser leaves `xml:` attributes unbound: their local name is `xml:base`.)
  el
    ? [...el.attributes].find((a) => a.localName.split(':').pop()!.toLowerCase() === name.toLowerCase())?.value
    : undefined;
const text = (el: Element | undefined): string | undefined => el?.textContent?.trim() || undefined;

export function readManifest(xml: string): PackageInfo {
  let root: Element;
  try {
    root = create(xml).root().node as unknown as Element;
  } catch (error) {
    throw new Error(
      `imsmanifest.xml is not well-formed XML (${(error as Error).message.split('\n')[0]}). Fix the manifest or export the package again.`,
    );
  }
  const warnings: string[] = [];
  const schemaversion = text(all(root, 'schemaversion')[0]) ?? null;
  const version = schemaversion && /^(CAM 1\.3|2004\b)/i.test(schemaversion) ? '2004' : '1.2';
  if (!schemaversion)
    warnings.push('The manifest has no <metadata><schemaversion>: like Moodle, the preview treats it as SCORM 1.2.');
  else if (version === '1.2' && schemaversion !== '1.2')
    warnings.push(`Unknown <schemaversion> "${schemaversion}": treated as SCORM 1.2.`);

  const organizations = all(root, 'organizations')[0];
  const orgs = organizations ? children(organizations, 'organization') : [];
  const org = orgs.find((o) => attr(o, 'identifier') === attr(organizations, 'default')) ?? orgs[0];
  const resources = all(root, 'resource');
  const isSco = (r: Element) => attr(r, 'scormtype') === 'sco';
  const items = org ? all(org, 'item').filter((i) => attr(i, 'identifierref')) : [];
  const item = items[0];
  const resource = item
    ? resources.find((r) => attr(r, 'identifier') === attr(item, 'identifierref'))
    : resources.find(isSco);
  if (!resource || !attr(resource, 'href')) {
    throw new Error(
      'The manifest names no SCO to launch: no <item identifierref> pointing to a <resource href>, and no resource with adlcp:scormtype="sco".',
    );
  }
  const scos = resources.filter(isSco).length;
  if (scos > 1) warnings.push(`The package has ${scos} SCOs; the preview plays only the first item's SCO.`);

  const base = [root, resource.parentElement ?? undefined, resource].map((e) => attr(e, 'base') ?? '').join('');
  const launch = withParameters(base + attr(resource, 'href'), attr(item, 'parameters'));
  const objective = item ? all(item, 'primaryObjective')[0] : undefined;
  return {
    version,
    schemaversion,
    identifier: attr(root, 'identifier') ?? '',
    title:
      text(item ? children(item, 'title')[0] : undefined) ?? text(org ? children(org, 'title')[0] : undefined) ?? '',
    launch,
    masteryScore: item ? text(all(item, 'masteryscore')[0]) : undefined,
    scaledPassingScore:
      attr(objective, 'satisfiedByMeasure') === 'true'
        ? (text(all(objective!, 'minNormalizedMeasure')[0]) ?? '1.0')
        : undefined,
    completionThreshold: item ? completionThreshold(all(item, 'completionThreshold')[0]) : undefined,
    dataFromLMS: item ? text(all(item, 'dataFromLMS')[0]) : undefined,
    warnings,
  };
}

/** 3rd Edition: the element's text; 4th Edition: `minProgressMeasure` when `completedByMeasure="true"`. */
function completionThreshold(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  if (attr(el, 'completedByMeasure') !== undefined)
    return attr(el, 'completedByMeasure') === 'true' ? (attr(el, 'minProgressMeasure') ?? '1.0') : undefined;
  return text(el);
}

/** IMS CP item `parameters`: appended to the href; a leading `?` becomes `&` when the href has a query. */
function withParameters(href: string, parameters: string | undefined): string {
  if (!parameters) return href;
  if (parameters.startsWith('#')) return href + parameters;
  const query = parameters.replace(/^[?&]/, '');
  return href + (href.includes('?') ? '&' : '?') + query;
}
