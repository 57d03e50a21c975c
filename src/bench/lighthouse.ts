/**
 * Lighthouse (mobile, default config: emulated Moto G Power, simulated slow 4G and 4× CPU slowdown)
 * on pages of a built site, served by the bench's static server (gzip on). Chromium is the system
 * one, started here with `--remote-debugging-port`; Lighthouse connects to that port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromeFlags, chromePath } from './chromium.ts';
import { serveSite } from './static-server.ts';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];
export type LighthouseResult = {
  page: string;
  scores: Record<Category, number | null>;
  metrics: Record<string, number | null>;
  /** Audits that lost points in accessibility and best practices, and the worst performance ones. */
  failing: { category: Category; id: string; title: string; score: number | null; displayValue?: string }[];
  /** Elements that moved in the largest layout shifts (from the `layout-shifts` audit). */
  shiftedNodes: string[];
  runtimeError?: string;
};

async function startChromium(): Promise<{ port: number; process: ChildProcess; dispose: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chrome-'));
  const child = spawn(
    chromePath(),
    [...chromeFlags, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: 'ignore' },
  );
  const portFile = join(profile, 'DevToolsActivePort');
  const deadline = Date.now() + 30_000;
  while (!existsSync(portFile) || !readFileSync(portFile, 'utf8').includes('\n')) {
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`Chromium (${chromePath()}) did not open a debugging port`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
  const dispose = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(profile, { recursive: true, force: true });
  };
  return { port, process: child, dispose };
}

const metricIds = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/** A minimal, valid page: what Lighthouse gives on this machine when the page does nothing. */
export const CALIBRATION_PAGE = '__bench/blank.html';
const blank =
  '<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Leeg</title><meta name="description" content="Lege pagina om Lighthouse op deze machine te ijken."><link rel="icon" href="data:,"></head><body><main><h1>Leeg</h1><p>Deze pagina doet niets.</p></main></body></html>';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : null;
};

async function audit(port: number, url: string, page: string): Promise<LighthouseResult> {
  const runner = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
  const lhr = runner?.lhr;
  if (!lhr) throw new Error(`Lighthouse returned no result for ${page}`);
  const scores = Object.fromEntries(
    categories.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c]!.score! * 100)]),
  ) as Record<Category, number | null>;
  const metrics = Object.fromEntries(metricIds.map((id) => [id, lhr.audits[id]?.numericValue ?? null]));
  const failing = categories.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id]!)
      .filter((a) => a.score !== null && a.score < 1 && (category !== 'performance' || a.score < 0.9))
      .map((a) => ({ category, id: a.id, title: a.title, score: a.score, displayValue: a.displayValue })),
  );
  const shifts =
    (lhr.audits['layout-shifts']?.details as { items?: { node?: { snippet?: string } }[] } | undefined)?.items ?? [];
  const shiftedNodes = shifts.map((item) => item.node?.snippet).filter((s): s is string => !!s);
  return { page, scores, metrics, failing, shiftedNodes, runtimeError: lhr.runtimeError?.message };
}

/** Performance audits that fell below 0.9, with how many runs they failed in, for the notes under the table. */
export function performanceNotes(page: LighthousePage): string[] {
  const seen = new Map<string, { count: number; values: string[] }>();
  for (const run of page.runs) {
    for (const f of run.failing.filter((f) => f.category === 'performance')) {
      const entry = seen.get(f.title) ?? { count: 0, values: [] };
      entry.count++;
      if (f.displayValue) entry.values.push(f.displayValue.replace(/\u00a0/g, ' '));
      seen.set(f.title, entry);
    }
  }
  const notes = [...seen].map(
    ([title, e]) => `${title}: ${e.values.join(', ')} (in ${e.count} of ${page.runs.length} runs)`,
  );
  const nodes = [...new Set(page.runs.flatMap((r) => r.shiftedNodes))];
  if (nodes.length) notes.push(`layout shift moved: ${nodes.join(', ')}`);
  return notes;
}

export type LighthousePage = {
  page: string;
  runs: LighthouseResult[];
  median: Record<Category, number | null>;
  medianMetrics: Record<string, number | null>;
};

/** `runs` Lighthouse runs per page (median per category, as Lighthouse advises), plus the calibration page. */
export async function runLighthouse(
  siteDir: string,
  pages: string[],
  runs = 3,
  calibrate = true,
): Promise<LighthousePage[]> {
  const server = await serveSite(siteDir, { extra: { [CALIBRATION_PAGE]: blank } });
  const chrome = await startChromium();
  try {
    const out: LighthousePage[] = [];
    for (const page of calibrate ? [CALIBRATION_PAGE, ...pages] : pages) {
      const results: LighthouseResult[] = [];
      for (let i = 0; i < runs; i++) results.push(await audit(chrome.port, server.url + page, page));
      const pick = <K extends string>(keys: readonly K[], get: (r: LighthouseResult, k: K) => number | null) =>
        Object.fromEntries(
          keys.map((k) => [k, median(results.map((r) => get(r, k)).filter((v): v is number => v !== null))]),
        ) as Record<K, number | null>;
      out.push({
        page,
        runs: results,
        median: pick(categories, (r, k) => r.scores[k]),
        medianMetrics: pick(metricIds, (r, k) => r.metrics[k] ?? null),
      });
    }
    return out;
  } finally {
    await chrome.dispose();
    await server.close();
  }
}
