// @ts-check
/**
 * Instrument a scorm-again API instance the way the preview LMS needs: log every call (function,
 * arguments, return value, error code), enforce limits scorm-again does not, simulate failing
 * commits, and tell the LMS when data was committed.
 */
import { MODEL, refuseSetValue } from './lms-rules.js';

/**
 * @typedef {{ n: number, session: number, time: number, fn: string, args: unknown[], result: string, error: string, note?: string }} Call
 * @param {any} api a Scorm12API or Scorm2004API instance
 * @param {'1.2'|'2004'} version
 * @param {{ session: number, failures: { commits: number }, onCall: (call: Call) => void, onCommit: (terminated: boolean) => void }} hooks
 */
export function instrument(api, version, hooks) {
  const model = MODEL[version];
  const names = /** @type {string[]} */ (Object.keys(model.functions));
  const original = Object.fromEntries(names.map((name) => [name, api[name].bind(api)]));
  const lastError = original[names[5]]; // LMSGetLastError / GetLastError
  const started = performance.now();
  let n = 0;
  for (const name of names) {
    const kind = /** @type {Record<string, string>} */ (model.functions)[name];
    api[name] = (/** @type {unknown[]} */ ...args) => {
      /** @type {string} */ let result;
      /** @type {string | undefined} */ let note;
      const refusal =
        kind === 'SetValue' && api.isInitialized() ? refuseSetValue(version, String(args[0]), args[1]) : null;
      if (kind === 'Commit' && hooks.failures.commits > 0 && api.isInitialized()) {
        hooks.failures.commits--;
        api.lastErrorCode = model.commitFailure;
        result = 'false';
        note = 'Simulated LMS commit failure (failCommits): nothing was stored.';
      } else if (refusal) {
        api.lastErrorCode = refusal.code;
        result = 'false';
        note = refusal.message;
      } else {
        result = String(original[name](...args));
      }
      const call = {
        n: ++n,
        session: hooks.session,
        time: Math.round(performance.now() - started),
        fn: name,
        args,
        result,
        error: String(lastError()),
      };
      hooks.onCall(note ? { ...call, note } : call);
      if (result === 'true' && (kind === 'Commit' || kind === 'Terminate')) hooks.onCommit(kind === 'Terminate');
      return result;
    };
  }
  return api;
}

/** Counts per function, under the SCORM 2004 names for both versions. */
export const zeroCounts = () => ({
  Initialize: 0,
  Terminate: 0,
  GetValue: 0,
  SetValue: 0,
  Commit: 0,
  GetLastError: 0,
  GetErrorString: 0,
  GetDiagnostic: 0,
});
