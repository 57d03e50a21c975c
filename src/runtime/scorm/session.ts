import type { FoundApi } from './find-api.ts';

type Call = 'initialize' | 'terminate' | 'get' | 'set' | 'commit' | 'error';
const names: Record<'1.2' | '2004', Record<Call, string>> = {
  '1.2': {
    initialize: 'LMSInitialize',
    terminate: 'LMSFinish',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    error: 'LMSGetLastError',
  },
  '2004': {
    initialize: 'Initialize',
    terminate: 'Terminate',
    get: 'GetValue',
    set: 'SetValue',
    commit: 'Commit',
    error: 'GetLastError',
  },
};

const RETRY_DELAYS_MS = [500, 2000, 5000, 15000];

/**
 * Error codes that mean "this value or element is wrong", not "the LMS is busy": retrying cannot
 * help, so the value is dropped instead of blocking every later commit (1.2 RTE 3.3.3; 2004 RTE 3.1.7).
 */
const REFUSED_VALUE: Record<'1.2' | '2004', string[]> = {
  '1.2': ['201', '401', '402', '403', '404', '405'],
  '2004': ['401', '402', '403', '404', '405', '406', '407', '408'],
};

/**
 * One LMS session: initialised once, terminated once. Values the LMS refuses and commits that
 * fail are kept and tried again with growing pauses, so a hiccup in the LMS loses nothing.
 */
export class LmsSession {
  private pending = new Map<string, string>();
  private state: 'new' | 'open' | 'closed' = 'new';
  private retry = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly found: FoundApi,
    private readonly onTrouble: (ok: boolean) => void,
  ) {}

  get version() {
    return this.found.version;
  }
  get open() {
    return this.state === 'open';
  }

  private call(name: Call, ...args: string[]): string {
    try {
      const fn = (this.found.api as unknown as Record<string, (...a: string[]) => unknown>)[
        names[this.found.version][name]
      ]!;
      return String(fn.apply(this.found.api, args));
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

  get(key: string): string {
    return this.open ? this.call('get', key) : '';
  }

  /** Queues values; they reach the LMS at the next `flush`. */
  set(values: [string, string][]): void {
    for (const [k, v] of values) this.pending.set(k, v);
  }

  /** Sends queued values and commits. Returns true when the LMS took everything. */
  flush(): boolean {
    if (!this.open) return false;
    for (const [k, v] of [...this.pending]) {
      if (this.call('set', k, v) === 'true' || REFUSED_VALUE[this.found.version].includes(this.call('error')))
        this.pending.delete(k);
    }
    const ok = this.pending.size === 0 && this.call('commit', '') === 'true';
    clearTimeout(this.timer);
    if (ok) {
      this.retry = 0;
    } else {
      const delay = RETRY_DELAYS_MS[Math.min(this.retry++, RETRY_DELAYS_MS.length - 1)];
      this.timer = setTimeout(() => this.flush(), delay);
    }
    this.onTrouble(ok);
    return ok;
  }

  /** Final values, commit and terminate; a second call does nothing. */
  terminate(values: [string, string][]): void {
    if (!this.open) return;
    this.set(values);
    this.flush();
    clearTimeout(this.timer);
    this.call('terminate', '');
    this.state = 'closed';
  }
}
