import type { Api12, Api2004 } from '../../../src/runtime/scorm/find-api.ts';

export type FakeOptions = {
  /** Elements whose SetValue fails with this code (e.g. 406 refused, 351 general failure). */
  refuse?: Record<string, string>;
  /** Elements whose SetValue throws. */
  throwOn?: string[];
  /** Busy-waits this long in every call, like a slow LMS with synchronous requests. */
  slowMs?: number;
  /** Initial CMI values (what the LMS holds from earlier sessions). */
  initial?: Record<string, string>;
};

const busyWait = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    /* a synchronous XHR in a real LMS */
  }
};

/** A SCORM API of either version that records every call and keeps what is committed apart. */
export function fakeApi(version: '1.2' | '2004', options: FakeOptions = {}) {
  const live = new Map(Object.entries(options.initial ?? {}));
  const committed = new Map(live);
  const calls: string[] = [];
  let failCommits = 0;
  let last = '0';
  const track = <T>(name: string, fn: () => T): T => {
    calls.push(name);
    if (options.slowMs) busyWait(options.slowMs);
    return fn();
  };
  const get = (k: string) => track(`GetValue ${k}`, () => live.get(k) ?? '');
  const set = (k: string, v: string) =>
    track(`SetValue ${k}`, () => {
      if (options.throwOn?.includes(k)) throw new Error('LMS script error');
      const code = options.refuse?.[k];
      last = code ?? '0';
      if (code) return 'false';
      live.set(k, v);
      return 'true';
    });
  const commit = () =>
    track('Commit', () => {
      if (failCommits > 0) {
        failCommits--;
        last = version === '1.2' ? '101' : '391';
        return 'false';
      }
      for (const [k, v] of live) committed.set(k, v);
      last = '0';
      return 'true';
    });
  const terminate = () =>
    track('Terminate', () => {
      for (const [k, v] of live) committed.set(k, v);
      return 'true';
    });
  const common = {
    error: () => last,
  };
  const api2004: Api2004 = {
    Initialize: () => track('Initialize', () => 'true'),
    Terminate: terminate,
    GetValue: get,
    SetValue: set,
    Commit: commit,
    GetLastError: () => track('GetLastError', common.error),
    GetErrorString: () => '',
    GetDiagnostic: () => '',
  };
  const api12: Api12 = {
    LMSInitialize: () => track('Initialize', () => 'true'),
    LMSFinish: terminate,
    LMSGetValue: get,
    LMSSetValue: set,
    LMSCommit: commit,
    LMSGetLastError: () => track('GetLastError', common.error),
    LMSGetErrorString: () => '',
    LMSGetDiagnostic: () => '',
  };
  return {
    found: version === '1.2' ? ({ version, api: api12 } as const) : ({ version, api: api2004 } as const),
    live,
    committed,
    calls,
    failCommits: (n: number) => {
      failCommits = n;
    },
    /** Calls that talk to the LMS about data (not error look-ups). */
    dataCalls: () => calls.filter((c) => !c.startsWith('GetLastError')),
  };
}
