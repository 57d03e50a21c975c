/** The figures of one course size that the three-size table compares, as plain numbers (null: not measured). */
import type { CourseRun } from './course-run.ts';
import type { BrowserPageWeight } from './page-browser.ts';

export type Figures = {
  wallSeconds: number | null;
  cpuSeconds: number | null;
  peakRssBytes: number | null;
  siteBytes: number | null;
  zip12Bytes: number | null;
  zip2004Bytes: number | null;
  modulePageGzip: number | null;
  modulePageRequests: number | null;
  homePageGzip: number | null;
  homePageRequests: number | null;
  moduleJsGzip: number | null;
  moduleJsExecuted: number | null;
  suspend12: number | null;
  suspend2004: number | null;
};

/** The larger of the two memory measures: the sampled process tree and the largest single process. */
export function peakMemory(run: CourseRun): number | null {
  const { treePeakRssBytes, largestProcessRssBytes } = run.build.memory;
  const values = [treePeakRssBytes, largestProcessRssBytes].filter((v): v is number => v != null);
  return values.length ? Math.max(...values) : null;
}

/** JavaScript of a page as the browser got it: script files plus inline scripts, gzip. */
export const jsGzip = (w: BrowserPageWeight) => w.byKind.js.gzip + w.inlineJs.gzip;

export function figuresOf(run: CourseRun): Figures {
  const b = run.build;
  const w = run.page?.browser;
  const st = run.page?.static;
  const h = run.home?.browser;
  const zip = (version: string) => run.output?.zips.find((z) => z.version === version)?.bytes ?? null;
  return {
    wallSeconds: b.ok ? b.wallSeconds : null,
    cpuSeconds: b.cpu?.totalSeconds ?? null,
    peakRssBytes: peakMemory(run),
    siteBytes: run.output?.siteBytes ?? null,
    zip12Bytes: zip('1.2'),
    zip2004Bytes: zip('2004'),
    modulePageGzip: w ? w.totalExcludingImages.gzip : (st?.total.gzip ?? null),
    modulePageRequests: w ? w.requests : (st?.requests ?? null),
    homePageGzip: h ? h.totalExcludingImages.gzip : (run.home?.static.total.gzip ?? null),
    homePageRequests: h ? h.requests : (run.home?.static.requests ?? null),
    moduleJsGzip: w ? jsGzip(w) : st ? st.js.gzip + st.inlineJs.gzip : null,
    moduleJsExecuted: w?.jsExecutedBytes ?? null,
    // The runtime stores the same string in both versions' cmi.suspend_data.
    suspend12: run.tracking.length,
    suspend2004: run.tracking.length,
  };
}
