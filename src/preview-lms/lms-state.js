// @ts-check
/**
 * Where the preview LMS keeps what it stores: the harness origin's localStorage, one record per
 * package. Every tab of the same browser profile opens the same LMS, like two tabs of one learner
 * in a real LMS; each change reads the record afresh, so one tab never writes back another's stale copy.
 */

/**
 * @typedef {{ attempt: number, session: number, stored: Record<string, any> | null, sessions: unknown[],
 *   stores: Array<{ session: number, fn: string, channel: string, bytes: number, sent: boolean }> }} LmsRecord
 */

/** @returns {LmsRecord} */
export const emptyRecord = () => ({ attempt: 1, session: 0, stored: null, sessions: [], stores: [] });

/** @param {string} key */
export function lmsState(key) {
  /** @returns {LmsRecord} */
  const get = () => ({ ...emptyRecord(), ...JSON.parse(localStorage.getItem(key) ?? '{}') });
  return {
    get,
    /** @param {(record: LmsRecord) => void} change @returns {LmsRecord} */
    update(change) {
      const record = get();
      change(record);
      localStorage.setItem(key, JSON.stringify(record));
      return record;
    },
    clear() {
      localStorage.removeItem(key);
    },
  };
}
