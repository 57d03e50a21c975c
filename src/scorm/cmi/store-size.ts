/**
 * The size of one store as Moodle's SCORM player sends it: every non-default element, interactions
 * included, as a form body `cmi__interactions__0__id=…&…`, at each commit and, at unload, through
 * `navigator.sendBeacon` (see LMS-NOTES). Chromium allows about 64 KiB of beacons in flight per
 * page; a store must stay well under that, so a second one (or the LMS's own) still fits.
 */
export const STORE_BUDGET_BYTES = 32 * 1024;

const field = ([key, value]: [string, string]) =>
  `${encodeURIComponent(key.replaceAll('.', '__'))}=${encodeURIComponent(value)}`;

/** Bytes of the form body for these elements (UTF-8, URL-encoded, joined with `&`). */
export function storeBytes(values: [string, string][]): number {
  return values.reduce((sum, v, i) => sum + field(v).length + (i ? 1 : 0), 0);
}
