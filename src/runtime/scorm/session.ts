import { rte } from '../../scorm/cmi/spec.ts';
import type { FoundApi } from './find-api.ts';

/**
 * Pauses before each retry of a failed element or commit; after the last one (about 30 s in all)
 * the session gives up on it: the value stays on the device and the learner is told.
 */
export const RETRY_DELAYS_MS: readonly number[] = [500, 1000, 2000, 4000, 8000, 15000];

/** What has not (yet) reached the LMS, for the learner's notice and the device copy. */
export type SaveState = {
  /** Elements that failed and will be tried again, with their values. */
  retrying: [string, string][];
  /** Elements given up on after the retry time, with their values. */
  undelivered: [string, string][];
  /** Elements the LMS refused as invalid (4xx), with value and error code: retrying cannot help. */
  refused: [string, string, string][];
};

type Entry = { value: string; failures: number; dueAt: number };
type Call = keyof (typeof rte)['1.2']['api'];

export type SessionOptions = {
  onChange?: (state: SaveState) => void;
  now?: () => number;
  /** Runs `fn` in a later task (tests pass fake timers through the default). */
  later?: (fn: () => void, ms: number) => unknown;
  delaysMs?: readonly number[];
};

/**
 * One LMS session: initialised once, terminated once. Values are queued per element and sent in
 * later tasks, one call per task, so a slow LMS never blocks the page for more than one call. Only
 * values that differ from what the LMS holds are sent. Each element is retried on its own with
 * growing pauses; a refused element never blocks the others, and nothing is dropped silently.
 */
export class LmsSession {
  private state: 'new' | 'open' | 'closed' = 'new';
  private readonly spec;
  /** What the LMS holds: read at the start or set successfully since. */
  private readonly known = new Map<string, string>();
  private readonly pending = new Map<string, Entry>();
  private readonly uncommitted = new Set<string>();
  private readonly refused = new Map<string, [string, string]>();
  private readonly undelivered = new Map<string, string>();
  private commitFailures = 0;
  private commitDueAt = 0;
  private scheduled = false;
  private readonly now: () => number;
  private readonly later: (fn: () => void, ms: number) => unknown;
  private readonly delays: readonly number[];
  /** API calls made, by function: the measure of what a step costs. */
  readonly calls: Record<string, number> = {};

  constructor(
    private readonly found: FoundApi,
    private readonly options: SessionOptions = {},
  ) {
    this.spec = rte[found.version];
    this.now = options.now ?? Date.now;
    this.later = options.later ?? ((fn, ms) => (ms === 0 ? afterPaint(fn) : setTimeout(fn, ms)));
    this.delays = options.delaysMs ?? RETRY_DELAYS_MS;
  }

  /** Adds a listener for changes in what has not reached the LMS. */
  listen(fn: (state: SaveState) => void): void {
    const before = this.options.onChange;
    this.options.onChange = (state) => {
      before?.(state);
      fn(state);
    };
  }

  get version() {
    return this.found.version;
  }
  get open() {
    return this.state === 'open';
  }

  /** A throwing API call counts as a failed one. */
  private call(name: Call, ...args: string[]): string {
    const fn = this.spec.api[name];
    this.calls[fn] = (this.calls[fn] ?? 0) + 1;
    try {
      const api = this.found.api as unknown as Record<string, (...a: string[]) => unknown>;
      return String(api[fn]!.apply(this.found.api, args));
    } catch {
      return 'false';
    }
  }

  initialize(): boolean {
    if (this.state !== 'new') return this.state === 'open';
    const ok = this.call('initialize', '') === 'true';
    this.state = ok ? 'open' : 'closed';
    return ok;
  }

  /** Reads an element; what it returns counts as held by the LMS, so it is not sent again. */
  get(key: string): string {
    if (!this.open) return '';
    const value = this.call('getValue', key);
    this.known.set(key, value);
    return value;
  }

  /** Queues the values that differ from what the LMS holds; they are sent in later tasks. */
  set(values: [string, string][]): void {
    if (!this.open) return;
    for (const [key, value] of values) {
      const entry = this.pending.get(key);
      if (entry) Object.assign(entry, { value, failures: 0, dueAt: 0 });
      else if (this.known.get(key) !== value && this.refused.get(key)?.[0] !== value)
        this.pending.set(key, { value, failures: 0, dueAt: 0 });
    }
    this.schedule(0);
  }

  /** Sends every queued value now and commits (the tab is being hidden: later tasks may never run). */
  flushNow(): void {
    if (!this.open) return;
    for (const [key, entry] of [...this.pending]) this.send(key, entry);
    if (this.uncommitted.size) this.commit();
    this.changed();
  }

  /**
   * The last values (session time), then Terminate without a Commit before it: Terminate persists
   * (RTE 1.2 3.3.2.2; 2004 3.1.3.2), and one store at unload is one beacon in LMSs that send one.
   */
  terminate(values: [string, string][]): boolean {
    if (!this.open) return false;
    this.set(values);
    for (const [key, entry] of [...this.pending]) this.send(key, entry);
    // No later task will retry: what failed now is kept on the device for the next launch.
    for (const [key, entry] of this.pending) this.undelivered.set(key, entry.value);
    this.pending.clear();
    const ok = this.call('terminate', '') === 'true';
    this.state = 'closed';
    if (ok) this.delivered();
    else for (const key of this.uncommitted) this.undelivered.set(key, this.known.get(key) ?? '');
    this.uncommitted.clear();
    this.changed();
    return ok;
  }

  /** What has not reached the LMS. */
  saveState(): SaveState {
    return {
      retrying: [
        ...[...this.pending].map(([key, e]) => [key, e.value] as [string, string]),
        ...[...(this.commitFailures ? this.uncommitted : [])].map(
          (key) => [key, this.known.get(key) ?? ''] as [string, string],
        ),
      ],
      undelivered: [...this.undelivered],
      refused: [...this.refused].map(([key, [value, code]]) => [key, value, code]),
    };
  }

  private schedule(ms: number) {
    if (this.scheduled || !this.open) return;
    this.scheduled = true;
    this.later(() => {
      this.scheduled = false;
      this.pump();
    }, ms);
  }

  /** The next call of a burst already under way: no need to wait for a paint again. */
  private scheduleNext() {
    if (this.scheduled || !this.open) return;
    this.scheduled = true;
    const run = () => {
      this.scheduled = false;
      this.pump();
    };
    if (this.options.later) this.options.later(run, 0);
    else setTimeout(run, 0);
  }

  /** One call per task: the next due element, else the commit; then waits for the next due retry. */
  private pump() {
    if (!this.open) return;
    const now = this.now();
    const due = [...this.pending].find(([, e]) => e.dueAt <= now);
    if (due) {
      this.send(...due);
      this.changed();
      return this.scheduleNext();
    }
    if (this.uncommitted.size && this.commitDueAt <= now) {
      this.commit();
      this.changed();
    }
    const waits = [...this.pending.values()].map((e) => e.dueAt);
    if (this.uncommitted.size) waits.push(this.commitDueAt);
    if (waits.length) this.schedule(Math.max(0, Math.min(...waits) - this.now()));
  }

  private send(key: string, entry: Entry) {
    if (this.call('setValue', key, entry.value) === 'true') {
      this.pending.delete(key);
      this.known.set(key, entry.value);
      this.uncommitted.add(key);
      this.refused.delete(key);
      return;
    }
    const code = this.call('getLastError');
    if (this.spec.refusedCodes.includes(code)) {
      this.pending.delete(key);
      this.refused.set(key, [entry.value, code]);
      return;
    }
    entry.failures++;
    if (entry.failures > this.delays.length) {
      this.pending.delete(key);
      this.undelivered.set(key, entry.value);
    } else entry.dueAt = this.now() + this.delays[entry.failures - 1]!;
  }

  private commit() {
    if (this.call('commit', '') === 'true') {
      this.commitFailures = 0;
      this.delivered();
      this.uncommitted.clear();
      return;
    }
    this.commitFailures++;
    if (this.commitFailures > this.delays.length) {
      for (const key of this.uncommitted) this.undelivered.set(key, this.known.get(key) ?? '');
      this.uncommitted.clear();
      this.commitFailures = 0;
    } else this.commitDueAt = this.now() + this.delays[this.commitFailures - 1]!;
  }

  /** A successful commit or terminate stores everything set before it, given up on earlier or not. */
  private delivered() {
    for (const [key, value] of [...this.undelivered]) if (this.known.get(key) === value) this.undelivered.delete(key);
  }

  private changed() {
    this.options.onChange?.(this.saveState());
  }
}

/**
 * Runs `fn` after the browser has painted: a synchronous LMS call (which may block for long on a slow
 * LMS) then never delays the feedback the learner's step just put on screen. A hidden page paints no
 * frames, so there it runs in the next task.
 */
function afterPaint(fn: () => void): void {
  const visible = typeof document !== 'undefined' && document.visibilityState === 'visible';
  if (visible && typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(fn, 0));
  else setTimeout(fn, 0);
}
