import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LmsSession, RETRY_DELAYS_MS, type SaveState } from '../../../src/runtime/scorm/session.ts';
import { fakeApi, type FakeOptions } from './fake-api.ts';

function open(options: FakeOptions = {}, version: '1.2' | '2004' = '2004') {
  const fake = fakeApi(version, options);
  const states: SaveState[] = [];
  const session = new LmsSession(fake.found, { onChange: (s) => states.push(s) });
  session.initialize();
  return { fake, session, states, last: () => states.at(-1)! };
}
const sets = (calls: string[]) => calls.filter((c) => c.startsWith('SetValue'));

describe('LmsSession', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('initialises and terminates exactly once, without a Commit before Terminate', () => {
    const { fake, session } = open();
    expect(session.initialize()).toBe(true);
    session.terminate([['cmi.session_time', 'PT1M']]);
    session.terminate([['cmi.session_time', 'PT2M']]);
    expect(fake.dataCalls()).toEqual(['Initialize', 'SetValue cmi.session_time', 'Terminate']);
    expect(fake.committed.get('cmi.session_time')).toBe('PT1M');
  });

  it('sends nothing inside the call that queues it: one call per later task, then one Commit', () => {
    const { fake, session } = open();
    session.set([
      ['cmi.location', 'a'],
      ['cmi.suspend_data', 'P2.x'],
    ]);
    expect(fake.dataCalls()).toEqual(['Initialize']);
    vi.advanceTimersToNextTimer();
    expect(fake.dataCalls()).toEqual(['Initialize', 'SetValue cmi.location']);
    vi.runAllTimers();
    expect(fake.dataCalls().slice(1)).toEqual(['SetValue cmi.location', 'SetValue cmi.suspend_data', 'Commit']);
    expect(fake.committed.get('cmi.suspend_data')).toBe('P2.x');
  });

  it('sends only values that differ from what the LMS holds', () => {
    const { fake, session } = open({ initial: { 'cmi.location': 'a' } });
    session.get('cmi.location');
    session.set([
      ['cmi.location', 'a'],
      ['cmi.exit', 'suspend'],
    ]);
    vi.runAllTimers();
    session.set([
      ['cmi.location', 'a'],
      ['cmi.exit', 'suspend'],
      ['cmi.suspend_data', 'P2.y'],
    ]);
    vi.runAllTimers();
    expect(sets(fake.calls)).toEqual(['SetValue cmi.exit', 'SetValue cmi.suspend_data']);
  });

  it('keeps a refused element and reports it, without blocking the others or retrying it', () => {
    const { fake, session, last } = open({ refuse: { 'cmi.interactions.0.learner_response': '406' } });
    session.set([
      ['cmi.interactions.0.id', 'eindtoets.q1'],
      ['cmi.interactions.0.learner_response', 'x'],
      ['cmi.suspend_data', 'P2.z'],
    ]);
    vi.advanceTimersByTime(60_000);
    expect(fake.committed.get('cmi.suspend_data')).toBe('P2.z');
    expect(fake.committed.get('cmi.interactions.0.id')).toBe('eindtoets.q1');
    expect(sets(fake.calls).filter((c) => c.endsWith('learner_response'))).toHaveLength(1);
    expect(last().refused).toEqual([['cmi.interactions.0.learner_response', 'x', '406']]);
  });

  it('retries a failing element on its own with growing pauses, then gives up after about 30 s and says so', () => {
    const { fake, session, states, last } = open({ refuse: { 'cmi.location': '351' } });
    session.set([
      ['cmi.location', 'a'],
      ['cmi.suspend_data', 'P2.w'],
    ]);
    const times: number[] = [];
    const start = Date.now();
    for (let t = 0; t < 40_000; t += 50) {
      const before = sets(fake.calls).length;
      vi.advanceTimersByTime(50);
      if (sets(fake.calls).slice(before).includes('SetValue cmi.location')) times.push(Date.now() - start);
    }
    // First try, then one try after each pause.
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(gaps).toHaveLength(RETRY_DELAYS_MS.length);
    for (const [i, gap] of gaps.entries()) expect(Math.abs(gap - RETRY_DELAYS_MS[i]!)).toBeLessThanOrEqual(50);
    expect(times.at(-1)!).toBeLessThanOrEqual(31_000);
    expect(fake.committed.get('cmi.suspend_data')).toBe('P2.w');
    expect(states.some((s) => s.retrying.some(([k]) => k === 'cmi.location'))).toBe(true);
    expect(last()).toEqual({ retrying: [], undelivered: [['cmi.location', 'a']], refused: [] });
    vi.advanceTimersByTime(60_000);
    expect(sets(fake.calls).filter((c) => c === 'SetValue cmi.location')).toHaveLength(RETRY_DELAYS_MS.length + 1);
  });

  it('treats a throwing SetValue like a failed call: retried, the rest goes through', () => {
    const { fake, session, states } = open({ throwOn: ['cmi.location'] });
    session.set([
      ['cmi.location', 'a'],
      ['cmi.suspend_data', 'P2.v'],
    ]);
    vi.advanceTimersByTime(1000);
    expect(fake.committed.get('cmi.suspend_data')).toBe('P2.v');
    expect(states.at(-1)!.retrying).toEqual([['cmi.location', 'a']]);
  });

  it('retries a failed Commit with pauses and reports the recovery', () => {
    const { fake, session, states } = open();
    fake.failCommits(2);
    session.set([['cmi.location', 'b']]);
    vi.advanceTimersByTime(100);
    expect(states.at(-1)!.retrying).toEqual([['cmi.location', 'b']]);
    vi.advanceTimersByTime(RETRY_DELAYS_MS[0]! + RETRY_DELAYS_MS[1]!);
    expect(fake.calls.filter((c) => c === 'Commit')).toHaveLength(3);
    expect(fake.committed.get('cmi.location')).toBe('b');
    expect(states.at(-1)).toEqual({ retrying: [], undelivered: [], refused: [] });
  });

  it('sends everything at once when the tab is hidden', () => {
    const { fake, session } = open();
    session.set([
      ['cmi.location', 'c'],
      ['cmi.suspend_data', 'P2.u'],
    ]);
    session.flushNow();
    expect(fake.committed.get('cmi.suspend_data')).toBe('P2.u');
  });

  it('at exit, what still fails is kept as undelivered for the device copy', () => {
    const { session, last } = open({ refuse: { 'cmi.interactions.3.result': '101' } }, '1.2');
    session.terminate([
      ['cmi.interactions.3.result', 'wrong'],
      ['cmi.core.session_time', '0000:01:00.00'],
    ]);
    expect(last().undelivered).toEqual([['cmi.interactions.3.result', 'wrong']]);
  });

  it('treats a throwing Commit as a failure, not a crash', () => {
    const { fake, session } = open();
    (fake.found.api as { Commit: () => string }).Commit = () => {
      throw new Error('LMS gone');
    };
    session.set([['cmi.location', 'a']]);
    expect(() => vi.advanceTimersByTime(1000)).not.toThrow();
    expect(session.saveState().retrying).toEqual([['cmi.location', 'a']]);
  });
});
