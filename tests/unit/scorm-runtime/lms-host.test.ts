import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeProgress, encodeProgress } from '../../../src/progress/encoding.ts';
import { emptyState, recordQuiz, visit } from '../../../src/progress/state.ts';
import { lmsHost } from '../../../src/runtime/lms-host.ts';
import { saveNotice } from '../../../src/runtime/save-notice.ts';
import { LmsSession, type SaveState } from '../../../src/runtime/scorm/session.ts';
import { keys } from '../../../src/runtime/storage.ts';
import { answers, course, memoryStorage } from './course.ts';
import { fakeApi, type FakeOptions } from './fake-api.ts';

const ui = (key: string, values: Record<string, string> = {}) =>
  `${key}${values.elements ? `: ${values.elements}` : ''}`;
const data = course();
let store: ReturnType<typeof memoryStorage>;

function launch(version: '1.2' | '2004', options: FakeOptions = {}) {
  const fake = fakeApi(version, {
    ...options,
    initial: { 'cmi.learner_id': 'u1', 'cmi.core.student_id': 'u1', ...options.initial },
  });
  const saves: SaveState[] = [];
  const session = new LmsSession(fake.found, { onChange: (s) => saves.push(s) });
  session.initialize();
  const host = lmsHost(data, session, ui);
  return { fake, session, host, saves };
}
const sets = (calls: string[]) => calls.filter((c) => c.startsWith('SetValue'));
const backupKey = keys.lmsBackup(data.id, 'u1');

beforeEach(() => {
  store = memoryStorage();
  vi.stubGlobal('localStorage', store);
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe.each(['1.2', '2004'] as const)('the LMS host, SCORM %s', (version) => {
  const e =
    version === '1.2'
      ? {
          mode: 'cmi.core.lesson_mode',
          status: 'cmi.core.lesson_status',
          exit: 'cmi.core.exit',
          time: 'cmi.core.session_time',
        }
      : { mode: 'cmi.mode', status: 'cmi.completion_status', exit: 'cmi.exit', time: 'cmi.session_time' };

  it('in review mode sends nothing at all: no value, no Commit, no session time', () => {
    const { fake, host } = launch(version, { initial: { [e.mode]: 'review', [e.status]: 'completed' } });
    host.visit('veiligheid');
    host.recordQuiz('eindtoets', 100, answers('eindtoets', 3));
    vi.runAllTimers();
    host.finish();
    expect(sets(fake.calls)).toEqual([]);
    expect(fake.calls.filter((c) => c === 'Commit')).toEqual([]);
    expect(fake.calls.at(-1)).toBe('Terminate');
    expect(store.getItem(backupKey)).toBeNull();
  });

  it('a module quiz submit is a handful of calls, none of them inside the submit', () => {
    const { fake, host } = launch(version);
    host.visit('welkom');
    vi.runAllTimers();
    const before = fake.dataCalls().length;
    host.recordQuiz('welkom', 80, answers('welkom', 6));
    expect(fake.dataCalls().length).toBe(before);
    vi.runAllTimers();
    const step = fake.dataCalls().slice(before);
    // suspend_data (+ progress_measure in 2004), then one Commit; module-quiz answers travel in suspend_data.
    expect(step).toEqual([
      ...(version === '2004' ? ['SetValue cmi.progress_measure'] : []),
      'SetValue cmi.suspend_data',
      'Commit',
    ]);
  });

  it('reports the final test as interaction records, ids `quiz.question`, no description', () => {
    const { fake, host } = launch(version);
    host.recordQuiz('eindtoets', 40, answers('eindtoets', 2));
    vi.runAllTimers();
    expect(fake.committed.get('cmi.interactions.1.id')).toBe('eindtoets.vraag-2');
    expect([...fake.committed.keys()].some((k) => k.endsWith('description'))).toBe(false);
  });

  it('at exit sends only the session time, then Terminate without a Commit before it', () => {
    const { fake, host } = launch(version);
    host.visit('welkom');
    vi.runAllTimers();
    const before = fake.dataCalls().length;
    host.finish();
    expect(fake.dataCalls().slice(before)).toEqual([`SetValue ${e.time}`, 'Terminate']);
  });

  it('at relaunch sends a newer device copy to the LMS at once, and commits it', () => {
    let old = visit(emptyState(), 'welkom', Date.now() - 60_000);
    const lmsCopy = encodeProgress(data, old);
    old = recordQuiz(visit(old, 'veiligheid'), 'veiligheid', 90);
    store.setItem(backupKey, encodeProgress(data, old));
    const { fake, host } = launch(version, { initial: { 'cmi.suspend_data': lmsCopy } });
    expect(host.state().location).toBe('veiligheid');
    vi.runAllTimers();
    const sent = decodeProgress(data, fake.committed.get('cmi.suspend_data')!);
    expect(sent.quizzes.get('veiligheid')?.best).toBe(90);
    expect(sent.location).toBe('veiligheid');
  });

  it('keeps undelivered answers on the device and sends them, renumbered, at the next launch', () => {
    const first = launch(version, { refuse: { 'cmi.interactions.0.result': '101' } });
    first.host.recordQuiz('eindtoets', 40, answers('eindtoets', 1));
    vi.advanceTimersByTime(40_000);
    expect(first.saves.at(-1)!.undelivered).toEqual([
      ['cmi.interactions.0.result', version === '1.2' ? 'wrong' : 'incorrect'],
    ]);
    expect(saveNotice(first.saves.at(-1)!, ui)?.text).toBe('progressNotDelivered');
    first.host.finish();
    const second = launch(version, { initial: { 'cmi.interactions._count': '4' } });
    vi.runAllTimers();
    expect(second.fake.committed.get('cmi.interactions.4.result')).toBe(version === '1.2' ? 'wrong' : 'incorrect');
  });

  it('a refused suspend_data is a loud failure: notice with the element named, progress kept on the device', () => {
    const { host, saves } = launch(version, { refuse: { 'cmi.suspend_data': version === '1.2' ? '405' : '406' } });
    host.visit('veiligheid');
    vi.runAllTimers();
    const notice = saveNotice(saves.at(-1)!, ui)!;
    expect(notice.text).toBe('progressRefused');
    expect(notice.detail).toContain('cmi.suspend_data');
    expect(notice.alert).toBe(true);
    expect(decodeProgress(data, store.getItem(backupKey)!).visited.has('veiligheid')).toBe(true);
  });

  it('two tabs: the device copy merges what each did instead of overwriting', () => {
    const a = launch(version);
    const b = launch(version);
    a.host.recordQuiz('welkom', 90, []);
    b.host.recordQuiz('veiligheid', 80, []);
    const device = decodeProgress(data, store.getItem(backupKey)!);
    expect([...device.quizzes.keys()].sort()).toEqual(['veiligheid', 'welkom']);
    // The tab that takes over merges the other's state before it writes to the LMS.
    a.host.handOver();
    const c = launch(version);
    expect([...c.host.state().quizzes.keys()].sort()).toEqual(['veiligheid', 'welkom']);
  });

  it('a finished learner without details in the LMS or on the device: nothing sent, details unavailable', () => {
    const done =
      version === '1.2' ? { [e.status]: 'passed' } : { [e.status]: 'completed', 'cmi.success_status': 'passed' };
    const { fake, host } = launch(version, { initial: done });
    expect(host.detailsUnavailable?.()).toBe(true);
    host.visit('welkom');
    vi.runAllTimers();
    expect(sets(fake.calls)).toEqual([]);
  });

  it('a finished learner with a device copy sees the finished course from it', () => {
    let full = emptyState();
    for (const m of data.modules) full = recordQuiz(visit(full, m.id), m.id, 100);
    store.setItem(backupKey, encodeProgress(data, { ...full, completedDay: 20_700 }));
    const { host } = launch(version, { initial: { [e.status]: version === '1.2' ? 'passed' : 'completed' } });
    expect(host.detailsUnavailable?.()).toBe(false);
    expect(host.state().visited.size).toBe(3);
  });
});
