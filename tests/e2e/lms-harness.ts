/**
 * Drive the preview LMS (src/preview-lms) from e2e tests: serve a SCORM zip, open the harness
 * in Chromium, and read the LMS side through `window.__lms`.
 *
 *   const h = await launchInHarness({ zipPath, version: '1.2' });
 *   await h.lms.counts();   // { Initialize: 1, ... } for the current session
 *   await h.close();
 */
import type { Browser, Frame, Page } from 'playwright-core';
import { startPreviewServer, type PreviewServer } from '../../src/preview-lms/server.ts';

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
  lms: {
    calls(): Promise<LmsCall[]>;
    counts(): Promise<Counts>;
    cmi(): Promise<Cmi>;
    sessions(): Promise<Cmi[]>;
    stored(): Promise<Record<string, unknown> | null>;
    notes(): Promise<string[]>;
    relaunch(): Promise<void>;
    exit(): Promise<void>;
    reset(): Promise<void>;
    failCommits(n: number): Promise<void>;
  };
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
}

export async function launchInHarness({ zipPath, version, browser: shared }: LaunchOptions): Promise<Harness> {
  const warnings: string[] = [];
  const server = await startPreviewServer({ zipPath, port: 0, onWarning: (w) => warnings.push(w) });
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
    await page.goto(server.url);
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
      browser,
      server,
      warnings,
      failedRequests,
      content: () => page.frame({ name: 'content' })!,
      lms: {
        calls: () => run('calls'),
        counts: () => run('counts'),
        cmi: () => run('cmi'),
        sessions: () => run('sessions'),
        stored: () => run('stored'),
        notes: () => run('notes'),
        relaunch: () => run('relaunch'),
        exit: () => run('exit'),
        reset: () => run('reset'),
        failCommits: (n) => run('failCommits', n),
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
