// @ts-check
/**
 * What Moodle 4.5's SCORM player sends to the server on each store, and what its activity
 * completion makes of the result; pure functions (browser and Node).
 *
 * Source: moodle/moodle mod/scorm/datamodels/scorm_13.js `CollectData`/`StoreData`: every writable
 * element whose value differs from its `defaultvalue` is appended as `&cmi__a__N0__b=` +
 * encodeURIComponent(value). Scalars default to the value loaded at launch; indexed elements
 * (interactions, objectives, comments) have no default, so all of them go with every store.
 * Terminate adds `cmi__total_time`. The 1.2 player sends only what changed (LMS-NOTES.md), except in
 * review mode, where everything pre-loaded counts as changed.
 */

/** 2004 and 1.2 elements the player never sends (read-only in its data model). */
const READ_ONLY =
  /(^|\.)_(children|count|version)$|^cmi\.(completion_threshold|credit|entry|launch_data|learner_id|learner_name|max_time_allowed|mode|scaled_passing_score|time_limit_action|total_time|comments_from_lms\..*|core\.(student_id|student_name|credit|entry|lesson_mode|total_time)|student_data\..*)$/;
const INDEXED = /^cmi\.(interactions|objectives|comments_from_learner)\.\d+\./;

/** The request parameters Moodle puts before the data (`datamodelurlparams`, sesskey is 10 characters). */
const PARAMS = 'id=7&a=3&sesskey=Xk3pQ9vTz2&attempt=1&scoid=12';

/** `cmi.interactions.0.id` → `cmi__interactions__N0__id`, as Moodle names its data-model objects. */
const fieldName = (/** @type {string} */ key) => key.replace(/\.(\d+)(?=\.|$)/g, '.N$1').replaceAll('.', '__');

/**
 * The elements of one store.
 * @param {'1.2'|'2004'} version
 * @param {Record<string, string>} cmi flattened CMI now
 * @param {Record<string, string>} baseline launch data (2004) or what the last store sent (1.2)
 * @returns {Record<string, string>}
 */
export function storeElements(version, cmi, baseline) {
  /** @type {Record<string, string>} */ const out = {};
  for (const [key, value] of Object.entries(cmi)) {
    // scorm-again's flattened CMI also holds empty containers as objects: not data elements.
    if (READ_ONLY.test(key) || value === undefined || value === null || typeof value === 'object') continue;
    const always = version === '2004' && INDEXED.test(key);
    if (always || String(value) !== String(baseline[key] ?? '')) out[key] = String(value);
  }
  return out;
}

/**
 * The request body of a store, URL-encoded like Moodle's player; `totalTime` only at Terminate.
 * @param {Record<string, string>} elements @param {string} [totalTime]
 */
export function storeBody(elements, totalTime) {
  const total = totalTime === undefined ? '' : `&${fieldName('cmi.total_time')}=${encodeURIComponent(totalTime)}`;
  const data = Object.entries(elements)
    .map(([k, v]) => `&${fieldName(k)}=${encodeURIComponent(v)}`)
    .join('');
  return PARAMS + total + data;
}

/** Bytes of a body on the wire (UTF-8; URL-encoded text is ASCII). @param {string} body */
export const byteSize = (body) => new TextEncoder().encode(body).length;

/**
 * `navigator.sendBeacon` as Chromium limits it: beacons still in flight share one quota; a beacon
 * that does not fit is refused (sendBeacon returns false). While the page unloads nothing
 * completes, so every exit beacon of a session counts until the next launch.
 * @param {number} quota
 */
export function beaconChannel(quota) {
  let inFlight = 0;
  return {
    /** @param {number} bytes @returns {boolean} sent */
    send(bytes) {
      if (inFlight + bytes > quota) return false;
      inFlight += bytes;
      return true;
    },
    get inFlight() {
      return inFlight;
    },
    reset() {
      inFlight = 0;
    },
  };
}

/**
 * Moodle's activity completion under the default "passed or completed" rule, and the grade it
 * takes from the raw score (LMS-NOTES.md: 2004 success `passed` alone completes it; 1.2 `failed`
 * does not).
 * @param {'1.2'|'2004'} version @param {Record<string, unknown> | null} stored
 */
export function activityCompletion(version, stored) {
  const v = (/** @type {string} */ k) => String(stored?.[k] ?? '');
  const complete =
    version === '1.2'
      ? ['passed', 'completed'].includes(v('cmi.core.lesson_status'))
      : v('cmi.success_status') === 'passed' || v('cmi.completion_status') === 'completed';
  const raw = v(version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw');
  return { complete, grade: raw === '' ? null : Number(raw) };
}
