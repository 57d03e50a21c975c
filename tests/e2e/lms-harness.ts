/**
 * Drive the preview LMS (src/preview-lms) from e2e tests: serve a SCORM zip, open the harness
 * in Chromium, and read the LMS side through `window.__lms`.
 *
 *   const h = await launchInHarness({ zipPath, version: '1.2' });
 *   await h.lms.counts();   // { Initialize: 1, ... } for the current session
 *   await h.close();
 */
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { startPreviewServer, type LmsOptions, type PreviewServer } from '../../src/preview-lms/server.ts';

export type Counts = Record<
  'Initialize' | 'Terminate' | 'GetValue' | 'SetValue' | 'Commit' | 'GetLastError' | 'GetErrorString' | 'GetDiagnostic',
  number
>;
export interface LmsCall {
  n: number;
  session: number;
  time: number;
  fn: string;
  args: unknown[];
  result: string;
  error: string;
  note?: string;
}
type Cmi = Record<string, any>;
export interface LmsStore {
  session: number;
  fn: 'Commit' | 'Terminate';
  channel: 'xhr' | 'beacon';
  bytes: number;
  sent: boolean;
}

/** The LMS side of one harness tab, read and driven through its `window.__lms`. */
export interface LmsControls {
  calls(): Promise<LmsCall[]>;
  counts(): Promise<Counts>;
  cmi(): Promise<Cmi>;
  sessions(): Promise<Cmi[]>;
  stored(): Promise<Record<string, unknown> | null>;
  /** Every store so far (all sessions, all tabs): channel, bytes, sent or refused. */
  stores(): Promise<LmsStore[]>;
  /** Moodle's activity completion and grade (profiles with an activity rule), else null. */
  activity(): Promise<{ complete: boolean; grade: number | null } | null>;
  notes(): Promise<string[]>;
  relaunch(): Promise<void>;
  exit(): Promise<void>;
  reset(): Promise<void>;
  failCommits(n: number): Promise<void>;
  /** SetValue on elements matching `pattern` (RegExp source) returns false with `code`. */
  refuse(pattern: string, code: string): Promise<void>;
  /** `fn` (2004 name: 'SetValue', 'Commit', …) throws, for elements matching `pattern`. */
  throwOn(fn: string, pattern?: string): Promise<void>;
  /** Every API call blocks the main thread for `ms`. */
  slowCalls(ms: number): Promise<void>;
  clearFaults(): Promise<void>;
  /** The LMS removes the course frame (the package gets pagehide, then is gone). */
  removeFrame(): Promise<void>;
}

export interface Harness {
  page: Page;
  browser: Browser;
  server: PreviewServer;
  /** Server warnings so far (manifest oddities, blocked requests to other hosts). */
  warnings: string[];
  /** Requests that failed, got an error status, or went to another host. */
  failedRequests: string[];
  /** The frame the SCO runs in (the package's launch page). */
  content(): Frame;
  context: BrowserContext;
  lms: LmsControls;
  /** Another tab of the same learner: same browser profile, so the same LMS record and device storage. */
  openTab(): Promise<Tab>;
  /** Kill the renderer of the first tab (no pagehide, no unload), as a crashed or killed tab. */
  crash(): Promise<void>;
  close(): Promise<void>;
}

/** Start Chromium with the project's flags (reuse one per test file and pass it as `browser`). */
export { launchChromium as launchBrowser } from '../helpers/browser.ts';
import { launchChromium } from '../helpers/browser.ts';

export interface LaunchOptions {
  zipPath: string;
  /** Fail early when the package is another version. */
  version?: '1.2' | '2004';
  /** A browser to open a fresh context in (closed by `close()` only when the harness started it). */
  browser?: Browser;
  /** LMS profile and delays (see src/preview-lms/profiles.js). */
  lms?: LmsOptions;
}

export interface Tab {
  page: Page;
  content(): Frame;
  lms: LmsControls;
}

/** Open the harness in `page` and wire its `__lms`. */
async function openHarness(page: Page, url: string): Promise<Tab> {
  await page.goto(url);
  await page.waitForFunction(() => (window as any).__lms !== undefined);
  const run = <T>(fn: string, arg?: unknown) =>
    page.evaluate(
      ([f, a]) => {
        const l = (window as any).__lms;
        return typeof l[f] === 'function' ? l[f](a) : l[f];
      },
      [fn, arg] as const,
    ) as Promise<T>;
  return {
    page,
    content: () => page.frame({ name: 'content' })!,
    lms: {
      calls: () => run('calls'),
      counts: () => run('counts'),
      cmi: () => run('cmi'),
      sessions: () => run('sessions'),
      stored: () => run('stored'),
      stores: () => run('stores'),
      activity: () => run('activity'),
      notes: () => run('notes'),
      relaunch: () => run('relaunch'),
      exit: () => run('exit'),
      reset: () => run('reset'),
      failCommits: (n) => run('failCommits', n),
      refuse: (pattern, code) => run('refuse', { pattern, code }),
      throwOn: (fn, pattern) => run('throwOn', { fn, pattern }),
      slowCalls: (ms) => run('slowCalls', ms),
      clearFaults: () => run('clearFaults'),
      removeFrame: () => run('removeFrame'),
    },
  };
}

export async function launchInHarness({ zipPath, version, browser: shared, lms }: LaunchOptions): Promise<Harness> {
  const warnings: string[] = [];
  const server = await startPreviewServer({ zipPath, port: 0, onWarning: (w) => warnings.push(w), lms });
  if (version && server.info.version !== version) {
    await server.close();
    throw new Error(`${zipPath} is a SCORM ${server.info.version} package, not ${version}.`);
  }
  const browser = shared ?? (await launchChromium());
  const context = await browser.newContext();
  const closeBrowser = () => (shared ? context.close() : browser.close());
  try {
    const page = await context.newPage();
    const failedRequests: string[] = [];
    page.on('pageerror', (e) => warnings.push(`Page error: ${e.message}`));
    page.on('requestfailed', (r) => failedRequests.push(`${r.failure()?.errorText} ${r.url()}`));
    page.on('response', (r) => {
      if (r.status() >= 400) failedRequests.push(`${r.status()} ${r.url()}`);
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !/^(about|data|blob):/.test(r.url()))
        failedRequests.push(`external ${r.url()}`);
    });
    const tab = await openHarness(page, server.url);
    return {
      ...tab,
      browser,
      server,
      context,
      warnings,
      failedRequests,
      openTab: async () => openHarness(await context.newPage(), server.url),
      crash: async () => {
        const cdp = await context.newCDPSession(page);
        const crashed = new Promise((resolve) => page.once('crash', resolve));
        void cdp.send('Page.crash').catch(() => undefined); // never answers: the renderer is gone
        await crashed;
      },
      close: async () => {
        await closeBrowser();
        await server.close();
      },
    };
  } catch (error) {
    await closeBrowser();
    await server.close();
    throw error;
  }
}
