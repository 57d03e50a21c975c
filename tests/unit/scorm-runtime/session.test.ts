import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Api2004 } from '../../../src/runtime/scorm/find-api.ts';
import { LmsSession } from '../../../src/runtime/scorm/session.ts';

/** A 2004 API that records calls; `failCommits` makes the next commits fail; values starting with "bad" are refused. */
function fakeApi() {
  const store = new Map<string, string>();
  const calls: string[] = [];
  let failCommits = 0;
  let last = '0';
  const api: Api2004 = {
    Initialize: () => (calls.push('Initialize'), 'true'),
    Terminate: () => (calls.push('Terminate'), 'true'),
    GetValue: (k) => store.get(k) ?? '',
    SetValue: (k, v) => {
      calls.push(`SetValue ${k}`);
      if (v.startsWith('bad')) return ((last = '406'), 'false');
      store.set(k, v);
      return ((last = '0'), 'true');
    },
    Commit: () => {
      calls.push('Commit');
      if (failCommits > 0) return (failCommits--, (last = '391'), 'false');
      return ((last = '0'), 'true');
    },
    GetLastError: () => last,
    GetErrorString: () => '',
    GetDiagnostic: () => '',
  };
  return {
    api,
    store,
    calls,
    failNext: (n: number) => {
      failCommits = n;
    },
  };
}

describe('LmsSession', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('initialises and terminates exactly once', () => {
    const fake = fakeApi();
    const session = new LmsSession({ version: '2004', api: fake.api }, () => undefined);
    expect(session.initialize()).toBe(true);
    expect(session.initialize()).toBe(true);
    session.terminate([['cmi.exit', 'suspend']]);
    session.terminate([['cmi.exit', 'suspend']]);
    expect(fake.calls.filter((c) => c === 'Initialize' || c === 'Terminate')).toEqual(['Initialize', 'Terminate']);
    expect(fake.store.get('cmi.exit')).toBe('suspend');
  });

  it('retries a failed commit with growing pauses and reports the trouble, then the recovery', () => {
    const fake = fakeApi();
    const trouble: boolean[] = [];
    const session = new LmsSession({ version: '2004', api: fake.api }, (ok) => trouble.push(ok));
    session.initialize();
    fake.failNext(2);
    session.set([['cmi.location', 'module-2']]);
    expect(session.flush()).toBe(false);
    vi.advanceTimersByTime(500);
    vi.advanceTimersByTime(2000);
    expect(trouble).toEqual([false, false, true]);
    expect(fake.calls.filter((c) => c === 'Commit')).toHaveLength(3);
  });

  it('drops a value the LMS refuses as invalid instead of blocking every later commit', () => {
    const fake = fakeApi();
    const session = new LmsSession({ version: '2004', api: fake.api }, () => undefined);
    session.initialize();
    session.set([
      ['cmi.location', 'bad value'],
      ['cmi.suspend_data', 'P1'],
    ]);
    expect(session.flush()).toBe(true);
    expect(fake.store.get('cmi.suspend_data')).toBe('P1');
  });

  it('treats a throwing API as a failure, not a crash', () => {
    const fake = fakeApi();
    fake.api.Commit = () => {
      throw new Error('LMS gone');
    };
    const session = new LmsSession({ version: '2004', api: fake.api }, () => undefined);
    session.initialize();
    expect(session.flush()).toBe(false);
  });
});
