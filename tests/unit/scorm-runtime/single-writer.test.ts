import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { claimWriter, HANDOVER_WAIT_MS } from '../../../src/runtime/single-writer.ts';
import { memoryStorage } from './course.ts';

/** The Web Locks semantics the runtime uses: `ifAvailable` gives null when held, `steal` aborts the holder. */
function fakeLocks() {
  const held = new Map<string, (e: Error) => void>();
  return {
    request(name: string, options: { ifAvailable?: boolean; steal?: boolean }, cb: (lock: object | null) => unknown) {
      return new Promise((resolve, reject) => {
        if (held.has(name) && options.ifAvailable) return void Promise.resolve(cb(null)).then(resolve, reject);
        if (held.has(name) && options.steal)
          held.get(name)!(Object.assign(new Error('stolen'), { name: 'AbortError' }));
        held.set(name, reject);
        Promise.resolve(cb({ name })).then(resolve, reject);
      });
    },
  };
}

type Listener = (event: { key: string }) => void;
/** A tab: its own listeners and timers, shared locks and storage with the other tabs. */
function tab(locks: ReturnType<typeof fakeLocks> | undefined, tabs: Listener[][]) {
  const listeners: Listener[] = [];
  tabs.push(listeners);
  const log: string[] = [];
  let takeOver: (() => void) | undefined;
  const win = {
    navigator: locks ? { locks } : {},
    addEventListener: (type: string, fn: Listener) => type === 'storage' && listeners.push(fn),
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    setInterval: (fn: () => void, ms: number) => setInterval(fn, ms),
  } as unknown as Window;
  claimWriter(
    'course:writer',
    {
      granted: () => log.push('granted'),
      busy: (fn) => {
        log.push('busy');
        takeOver = fn;
      },
      lost: () => log.push('lost'),
    },
    win,
  );
  return { log, takeOver: () => takeOver!() };
}

const settle = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe.each([
  ['Web Locks', true],
  ['the localStorage fallback', false],
])('one writer per course, with %s', (_, withLocks) => {
  const tabs: Listener[][] = [];
  beforeEach(() => {
    tabs.length = 0;
    const store = memoryStorage();
    const setItem = store.setItem;
    // A browser tells the other tabs of a storage change.
    store.setItem = (k: string, v: string) => {
      setItem(k, v);
      for (const listeners of tabs) for (const fn of listeners) fn({ key: k });
    };
    vi.stubGlobal('localStorage', store);
    // The fallback is for browsers without Web Locks; take BroadcastChannel away too, so the storage events carry it.
    if (!withLocks) vi.stubGlobal('BroadcastChannel', undefined);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('lets the first tab write, tells the second, and hands over cleanly when the learner continues there', async () => {
    const locks = withLocks ? fakeLocks() : undefined;
    const a = tab(locks, tabs);
    await settle();
    const b = tab(locks, tabs);
    await settle();
    expect(a.log).toEqual(['granted']);
    expect(b.log).toEqual(['busy']);
    b.takeOver();
    // The new writer starts once the old one says it has handed over, before the wait runs out.
    await settle(HANDOVER_WAIT_MS - 500);
    expect(a.log).toEqual(['granted', 'lost']);
    expect(b.log).toEqual(['busy', 'granted']);
  });
});
