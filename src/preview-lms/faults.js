// @ts-check
/**
 * Faults a test (or a tester, from the console) injects into the preview LMS through `window.__lms`,
 * and the LMS-profile quirks that act on single calls. Each answers one API call before
 * scorm-again sees it: `null` lets the call through.
 */
import { MODEL } from './lms-rules.js';

/**
 * @typedef {{ pattern: string, code: string }} Refusal
 * @typedef {{ commits: number, refuse: Refusal[], throwOn: { fn: string, pattern: string }[], slowMs: number }} Faults
 * @typedef {{ result: string, code: string, note: string } | { throws: string }} Answer
 */

/** @returns {Faults} */
export const noFaults = () => ({ commits: 0, refuse: [], throwOn: [], slowMs: 0 });

/** Block the main thread, as a synchronous XHR to a slow LMS does. @param {number} ms */
export function busyWait(ms) {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    /* a real LMS's synchronous request */
  }
}

/**
 * @param {Faults} faults @param {'1.2'|'2004'} version
 * @param {string} kind the 2004 name of the function @param {unknown[]} args
 * @returns {Answer | null}
 */
export function faultAnswer(faults, version, kind, args) {
  const element = String(args[0] ?? '');
  const thrower = faults.throwOn.find((t) => t.fn === kind && new RegExp(t.pattern).test(element));
  if (thrower) return { throws: `Simulated LMS exception in ${kind}(${element})` };
  if (kind === 'SetValue') {
    const refusal = faults.refuse.find((r) => new RegExp(r.pattern).test(element));
    if (refusal)
      return { result: 'false', code: refusal.code, note: `Simulated refusal of ${element} (error ${refusal.code}).` };
  }
  if (kind === 'Commit' && faults.commits > 0) {
    faults.commits--;
    return {
      result: 'false',
      code: MODEL[version].commitFailure,
      note: 'Simulated LMS commit failure (failCommits): nothing was stored.',
    };
  }
  return null;
}

/** Statuses a score-before-status LMS refuses without a score. */
const JUDGED = /^(passed|failed)$/;

/**
 * @param {import('./profiles.js').Profile} profile @param {'1.2'|'2004'} version
 * @param {string} kind @param {unknown[]} args @param {{ scoreSet: boolean }} session
 * @returns {Answer | null}
 */
export function profileAnswer(profile, version, kind, args, session) {
  const element = String(args[0] ?? '');
  if (kind === 'GetValue' && profile.unset?.[version]?.includes(element))
    return { result: '', code: profile.unsetError?.[version] ?? '0', note: `${element} is never set by this LMS.` };
  if (kind === 'GetValue' && profile.unsupported?.includes(element))
    return { result: '', code: '401', note: `${element} is not implemented by this LMS.` };
  if (kind === 'SetValue' && /\.score\.raw$/.test(element) && !element.includes('interactions'))
    session.scoreSet = true;
  const status = version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.success_status';
  if (kind === 'SetValue' && profile.scoreBeforeStatus && element === status && JUDGED.test(String(args[1])))
    if (!session.scoreSet)
      return {
        result: 'false',
        code: '101',
        note: `This LMS refuses ${element} before a score is set in the session.`,
      };
  return null;
}
