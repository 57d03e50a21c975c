/**
 * Read a SCORM zip in tests and look for what breaks packages in an LMS: files missing from the
 * manifest, root-absolute URLs (they escape the LMS's deep content path) and external hosts.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

/** The zip's entries, in zip order. */
export function readZip(path: string): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(readFileSync(path))));
}

/** The `<file href>` values of a manifest, URL-decoded back to package paths. */
export function manifestFileHrefs(xml: string): string[] {
  return [...xml.matchAll(/<file\s+href="([^"]*)"/g)].map((m) => decodeURIComponent(m[1].replaceAll('&amp;', '&')));
}

const TEXT = /\.(html?|css|js|mjs|json|xml|svg|txt|webmanifest)$/i;

/** URIs that are names, never fetched: XML namespaces and, in the manifest, the SCORM schema locations. */
const NAMESPACE_URIS = [
  'http://www.w3.org/', // SVG, XHTML, XLink, MathML, XMLSchema-instance, xml.xsd
  'http://www.imsproject.org/xsd/',
  'http://www.imsglobal.org/xsd/',
  'http://www.adlnet.org/xsd/',
  'http://ltsc.ieee.org/xsd/',
];

export interface UrlProblem {
  file: string;
  found: string;
}

/** Root-absolute URLs (`href="/…"`, `src="/…"`, `url(/…)`) and external hosts in the text files of a package. */
export function findUrlProblems(entries: Map<string, Uint8Array>): UrlProblem[] {
  const problems: UrlProblem[] = [];
  for (const [file, data] of entries) {
    if (!TEXT.test(file)) continue;
    const text = strFromU8(data);
    const absolute = /\b(?:href|src|srcset|action|poster)\s*=\s*["']?\/|url\(\s*["']?\//gi;
    for (const m of text.matchAll(absolute)) problems.push({ file, found: text.slice(m.index, m.index + 40) });
    for (const m of text.matchAll(/(?:https?:)?\/\/[^\s"'()<>]+/gi)) {
      const url = m[0];
      if (!/^https?:/i.test(url) && !/^\/\/[a-z0-9-]+\.[a-z]/i.test(url)) continue; // `//` comments, not protocol-relative URLs
      if (!NAMESPACE_URIS.some((ns) => url.startsWith(ns))) problems.push({ file, found: url });
    }
  }
  return problems;
}
