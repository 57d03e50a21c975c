/**
 * Drive the preview LMS (scripts/preview-lms) from e2e tests: serve a SCORM zip, open the harness
 * in Chromium, and read the LMS side through `window.__lms`.
 *
 *   const h = await launchInHarness({ zipPath, version: '1.2' });
 *   await h.lms.counts();   // { Initialize: 1, ... } for the current session
 *   await h.close();
 */
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { startPreviewServer, type PreviewServer } from '../../scripts/preview-lms/server.ts';

export const CHROME_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export type Counts = Record<'Initialize' | 'Terminate' | 'GetValue' | 'SetValue' | 'Commit' | 'GetLastError' | 'GetErrorString' | 'GetDiagnostic', number>;
export interface LmsCall { n: number; session: number; time: number; fn: string; args: unknown[]; result: string; error: string; note?: string }
type Cmi = Record<string, any>;

export interface Harness {
  page: Page;
  browser: Browser;
  server: PreviewServer;
  /** Server warnings so far (manifest oddities, blocked requests to other hosts). */
  warnings: string[];
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

export async function launchInHarness({ zipPath, version }: { zipPath: string; version?: '1.2' | '2004' }): Promise<Harness> {
  const warnings: string[] = [];
  const server = await startPreviewServer({ zipPath, port: 0, onWarning: (w) => warnings.push(w) });
  if (version && server.info.version !== version) {
    await server.close();
    throw new Error(`${zipPath} is a SCORM ${server.info.version} package, not ${version}.`);
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => warnings.push(`Page error: ${e.message}`));
    await page.goto(server.url);
    await page.waitForFunction(() => (window as any).__lms !== undefined);
    const run = <T>(fn: string, arg?: unknown) =>
      page.evaluate(([f, a]) => { const l = (window as any).__lms; return typeof l[f] === 'function' ? l[f](a) : l[f]; }, [fn, arg] as const) as Promise<T>;
    return {
      page, browser, server, warnings,
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
      close: async () => { await browser.close(); await server.close(); },
    };
  } catch (error) {
    await browser.close();
    await server.close();
    throw error;
  }
}
