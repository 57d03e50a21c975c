// @ts-check
/**
 * Instrument a scorm-again API instance the way the preview LMS needs: log every call (function,
 * arguments, return value, error code), enforce limits scorm-again does not, apply the LMS
 * profile's quirks and the injected faults, and let the LMS store the data at Commit/Terminate.
 */
import { busyWait, faultAnswer, profileAnswer } from './faults.js';
import { MODEL, refuseSetValue } from './lms-rules.js';

/**
 * @typedef {{ n: number, session: number, time: number, fn: string, args: unknown[], result: string, error: string, note?: string, ms?: number }} Call
 * @typedef {{ ok: boolean, note?: string }} StoreResult
 * @param {any} api a Scorm12API or Scorm2004API instance
 * @param {'1.2'|'2004'} version
 * @param {{ session: number, faults: import('./faults.js').Faults, profile: import('./profiles.js').Profile,
 *   onCall: (call: Call) => void, store: (kind: 'Commit'|'Terminate') => StoreResult }} hooks
 *   `store` runs before a Commit or Terminate that nothing else refused; a refused store fails the call with 101.
 */
export function instrument(api, version, hooks) {
  const model = MODEL[version];
  const names = /** @type {string[]} */ (Object.keys(model.functions));
  const original = Object.fromEntries(names.map((name) => [name, api[name].bind(api)]));
  const lastError = original[names[5]]; // LMSGetLastError / GetLastError
  const started = performance.now();
  const session = { scoreSet: false };
  let n = 0;
  for (const name of names) {
    const kind = /** @type {Record<string, string>} */ (model.functions)[name];
    api[name] = (/** @type {unknown[]} */ ...args) => {
      const t0 = performance.now();
      busyWait(hooks.faults.slowMs + (kind === 'Commit' ? (hooks.profile.commitMs ?? 0) : 0));
      const { result, note, error } = answer(kind, name, args);
      const call = {
        n: ++n,
        session: hooks.session,
        time: Math.round(t0 - started),
        ms: Math.round(performance.now() - t0),
        fn: name,
        args,
        result,
        error: error ?? String(lastError()),
      };
      hooks.onCall(note ? { ...call, note } : call);
      if (call.error === 'throw') throw new Error(note);
      return result;
    };
  }

  /** @param {string} kind @param {string} name @param {unknown[]} args @returns {{ result: string, note?: string, error?: string }} */
  function answer(kind, name, args) {
    const open = api.isInitialized();
    const injected =
      (open ? faultAnswer(hooks.faults, version, kind, args) : null) ??
      (open ? profileAnswer(hooks.profile, version, kind, args, session) : null) ??
      (kind === 'SetValue' && open ? refuseSetValue(version, String(args[0]), args[1]) : null);
    if (injected && 'throws' in injected) return { result: '', note: injected.throws, error: 'throw' };
    if (injected) {
      api.lastErrorCode = injected.code;
      return { result: 'result' in injected ? injected.result : 'false', note: injected.note ?? injected.message };
    }
    if ((kind === 'Commit' || kind === 'Terminate') && open) {
      const stored = hooks.store(/** @type {'Commit'|'Terminate'} */ (kind));
      if (!stored.ok) {
        if (kind === 'Terminate') original[name](...args);
        api.lastErrorCode = '101';
        return { result: 'false', note: stored.note };
      }
      return { result: String(original[name](...args)), note: stored.note };
    }
    return { result: String(original[name](...args)) };
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
