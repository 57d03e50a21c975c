// @ts-check
/**
 * LMS profiles of the preview: how a particular LMS deviates from scorm-again's strict, lenient
 * default. One data entry per profile, each with the source of the behaviour it copies, so a
 * tester can play a package the way that LMS will. `npm run preview:lms -- <zip> --lms <name>`.
 *
 * Fields (all optional except `source` and `summary`):
 * - `store`: 'moodle' → each store re-sends every non-default element, URL-encoded (see moodle-store.js);
 * - `beaconQuota`: bytes of beacons allowed in flight; exit stores (Terminate, page unload) go by beacon;
 * - `restore`: 'moodle' → data restored only after exit `suspend`, same attempt, completed → review mode;
 * - `activityRule`: 'passed-or-completed' → the panel shows the activity completion and grade;
 * - `unset`: elements the LMS never sets: GetValue returns '' with `unsetError` per version;
 * - `unsupported`: elements the LMS does not implement (GetValue '' + error 401);
 * - `scoreBeforeStatus`: a passed/failed status is refused until a raw score was set this session;
 * - `commitMs`: every Commit blocks the main thread this long (synchronous XHR in a real LMS).
 */

/** Chromium's limit on keepalive/beacon bodies in flight per page (kMaxKeepaliveInflightBytes). */
export const BEACON_QUOTA = 64 * 1024;

export const PROFILES = {
  'scorm-again': {
    summary: 'scorm-again 3.4 as the LMS (the default), with the SCORM 1.2 suspend_data cap enforced.',
    source: 'scorm-again 3.4.3; LMS-NOTES.md "scorm-again is more lenient than the standard".',
  },
  moodle: {
    summary:
      'Moodle 4.5: every store sends all non-default elements, exit stores by sendBeacon under the 64 KiB quota, data restored only after exit "suspend", review mode for a completed attempt, "passed or completed" activity completion.',
    source:
      'LMS-NOTES.md (checked on Moodle 4.5.6); moodle/moodle mod/scorm/datamodels/scorm_13.js CollectData/StoreData (every writable element that differs from its default, `&cmi__a__N0__b=` + encodeURIComponent) and Commit (error 101 on any store failure, also in 2004).',
    store: 'moodle',
    beaconQuota: BEACON_QUOTA,
    restore: 'moodle',
    activityRule: 'passed-or-completed',
  },
  'no-lesson-mode': {
    summary: 'An LMS that never sets cmi.core.lesson_mode / cmi.mode.',
    source:
      'Field reports of LMSs leaving the mode empty (issue 13 item 8). Chosen answers: 1.2 returns "" with no error (the element is simply never filled); 2004 returns "" with 403 "Data Model Element Value Not Initialized" (RTE 3.1.7.6, the code a 2004 LMS gives for an element without a value).',
    unset: { 1.2: ['cmi.core.lesson_mode'], 2004: ['cmi.mode'] },
    unsetError: { 1.2: '0', 2004: '403' },
  },
  'no-interactions-count': {
    summary: 'An LMS without cmi.interactions._count: GetValue returns "" with error 401.',
    source:
      'Issue 13 item 8 (interactions are optional in SCORM 1.2, RTE 3.4.2; LMSs that skip them answer 401 "Not implemented" / "Undefined Data Model Element").',
    unsupported: ['cmi.interactions._count'],
  },
  'score-before-status': {
    summary: 'Refuses a passed/failed status until a raw score was set in this session (error 101).',
    source:
      'Reported for Cornerstone OnDemand (issue 13 item 8; LMS-NOTES.md "set the score before the status"). The exact code is not documented; 101 "General Exception" is used.',
    scoreBeforeStatus: true,
  },
  'slow-commit': {
    summary: 'Every Commit blocks for commitMs (default 1,500 ms), like a synchronous XHR to a busy server.',
    source: 'Reported for ILIAS (issue 13 item 8): the SCORM player commits with a synchronous request.',
    commitMs: 1500,
  },
};

/** @typedef {keyof typeof PROFILES} ProfileName */
/** @typedef {{ summary: string, source: string, store?: string, beaconQuota?: number, restore?: string, activityRule?: string,
 *   unset?: Record<string, string[]>, unsetError?: Record<string, string>, unsupported?: string[], scoreBeforeStatus?: boolean, commitMs?: number }} Profile */

/** @param {string} name @returns {Profile} */
export function profile(name) {
  const found = /** @type {Record<string, Profile>} */ (PROFILES)[name];
  if (!found) throw new Error(`Unknown LMS profile \`${name}\`. Choose one of: ${Object.keys(PROFILES).join(', ')}.`);
  return found;
}
