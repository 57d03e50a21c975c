/** Turns the measurements into report rows: the targets from the brief, and figures for context. */
import type { CourseRun } from './course-run.ts';
import { count, GiB, kib, KiB, mib, seconds } from './format.ts';
import { CALIBRATION_PAGE, type LighthousePage } from './lighthouse.ts';
import { infoRow, skipRow, targetRow, type Row } from './targets.ts';
import { suspendDataLimits } from './tracking.ts';

export type LighthouseSection = { site: string; note?: string; pages: LighthousePage[]; error?: string } | undefined;

const targets = {
  wall40: 15,
  ratio400: 10,
  memory400: 1 * GiB,
  pageJsGzip: 12 * KiB,
  pageTotalGzip: 40 * KiB,
  suspend40: 1000,
  suspend400: 4096,
  performance: 95,
};

const peakMemory = (run: CourseRun) => {
  const { treePeakRssBytes, largestProcessRssBytes } = run.build.memory;
  const values = [treePeakRssBytes, largestProcessRssBytes].filter((v): v is number => v != null);
  return values.length ? Math.max(...values) : null;
};

function buildRows(run: CourseRun, rows: Row[], baseline: CourseRun | undefined) {
  const section = `Build: ${run.modules} modules`;
  const b = run.build;
  if (!b.ok) {
    rows.push({
      id: `build-${run.modules}`,
      section,
      label: 'build',
      target: 'succeeds',
      measured: `failed (exit ${b.exitCode})`,
      verdict: 'ERROR',
    });
    return;
  }
  if (run.modules === 40)
    rows.push(
      targetRow(
        section,
        'build-40-wall',
        'wall time (check, site, search, both zips)',
        b.wallSeconds,
        { max: targets.wall40 },
        seconds,
        `≤ ${targets.wall40} s`,
      ),
    );
  else if (baseline?.build.ok) {
    const limit = baseline.build.wallSeconds * targets.ratio400;
    const row = targetRow(
      section,
      `build-${run.modules}-wall`,
      `wall time (≤ ${targets.ratio400} × 40-module time)`,
      b.wallSeconds,
      { max: limit },
      (v) => `${seconds(v)} (${(v / baseline.build.wallSeconds).toFixed(1)} ×)`,
      `≤ ${seconds(limit)}`,
    );
    rows.push(row);
  } else rows.push(infoRow(section, `build-${run.modules}-wall`, 'wall time', seconds(b.wallSeconds)));
  rows.push(
    infoRow(
      section,
      `build-${run.modules}-cpu`,
      'CPU time (user + sys)',
      b.cpu
        ? `${seconds(b.cpu.totalSeconds)} (${b.cpu.userSeconds.toFixed(1)} + ${b.cpu.systemSeconds.toFixed(1)})`
        : 'n/a',
    ),
  );
  const s = b.steps;
  if (s) {
    const sum = (s.check ?? 0) + (s.astro ?? 0) + (s.search ?? 0) + (s.scorm ?? 0);
    rows.push(
      infoRow(
        section,
        `build-${run.modules}-steps`,
        'steps: check · astro · search · scorm · rest',
        `${[s.check, s.astro, s.search, s.scorm].map((v) => v?.toFixed(1) ?? '?').join(' · ')} · ${(b.wallSeconds - sum).toFixed(1)} s`,
      ),
    );
  } else rows.push(infoRow(section, `build-${run.modules}-steps`, 'steps', 'not reported by the build'));
  const memory = peakMemory(run);
  const memoryText = (v: number) =>
    `${mib(v)} (tree ${mib(b.memory.treePeakRssBytes)}, largest process ${mib(b.memory.largestProcessRssBytes)}${b.memory.peakDuring ? `; peak during ${b.memory.peakDuring}` : ''})`;
  if (run.modules === 400)
    rows.push(
      targetRow(
        section,
        'memory-400',
        'peak memory (RSS, whole process tree)',
        memory,
        { max: targets.memory400 },
        memoryText,
        '≤ 1 GiB',
      ),
    );
  else
    rows.push(
      infoRow(
        section,
        `memory-${run.modules}`,
        'peak memory (RSS, whole process tree)',
        memory == null ? 'n/a' : memoryText(memory),
      ),
    );
  rows.push(
    infoRow(
      section,
      `build-${run.modules}-load`,
      'load average (1 min) when the build started',
      b.loadAverageBefore.toFixed(1),
    ),
  );
  if (run.output) {
    const o = run.output;
    rows.push(
      infoRow(
        section,
        `site-${run.modules}-size`,
        'site folder (without zips)',
        `${mib(o.siteBytes)} in ${count(o.siteFiles)} files (search index ${mib(o.searchIndexBytes)})`,
      ),
    );
    for (const zip of o.zips)
      rows.push(infoRow(section, `zip-${run.modules}-${zip.version}`, `SCORM ${zip.version} zip`, mib(zip.bytes)));
  }
}

function pageRows(run: CourseRun, rows: Row[]) {
  const p = run.page;
  if (!p) return;
  const section = `Module page (${run.modules} modules): ${p.path}${p.browser ? '' : ' [static analysis only]'}`;
  const w = p.browser;
  const st = p.static;
  const both = (raw: number, gzip: number) => `${kib(raw)} raw, ${kib(gzip)} gzip`;
  const target = run.modules === 40;
  const html = w ? w.byKind.html : st.html;
  const css = w ? w.byKind.css : st.css;
  const js = w
    ? { raw: w.byKind.js.raw + w.inlineJs.raw, gzip: w.byKind.js.gzip + w.inlineJs.gzip }
    : { raw: st.js.raw + st.inlineJs.raw, gzip: st.js.gzip + st.inlineJs.gzip };
  const total = w ? w.totalExcludingImages : st.total;
  const id = (name: string) => `page-${run.modules}-${name}`;
  rows.push(infoRow(section, id('html'), 'HTML', both(html.raw, html.gzip)));
  rows.push(infoRow(section, id('css'), 'CSS', both(css.raw, css.gzip)));
  if (target)
    rows.push(
      targetRow(
        section,
        'page-js',
        'JavaScript (gzip)',
        js.gzip,
        { max: targets.pageJsGzip },
        (v) => `${kib(v)} (${kib(js.raw)} raw)`,
        '≤ 12 KiB',
      ),
    );
  else rows.push(infoRow(section, id('js'), 'JavaScript', both(js.raw, js.gzip)));
  const fonts = w ? w.fonts : st.fontFaces;
  if (target) rows.push(targetRow(section, 'page-fonts', 'fonts', fonts, { max: 0 }, String, 'none'));
  if (target)
    rows.push(
      targetRow(
        section,
        'page-total',
        'total transfer without images (gzip)',
        total.gzip,
        { max: targets.pageTotalGzip },
        (v) => `${kib(v)} (${kib(total.raw)} raw)`,
        '≤ 40 KiB',
      ),
    );
  else rows.push(infoRow(section, id('total'), 'total transfer without images', both(total.raw, total.gzip)));
  rows.push(
    infoRow(
      section,
      id('requests'),
      'requests',
      `${w ? w.requests : st.requests}${
        w
          ? ` (${Object.entries(w.byKind)
              .filter(([, v]) => v.requests)
              .map(([k, v]) => `${v.requests} ${k}`)
              .join(', ')})`
          : ''
      }`,
    ),
  );
  if (w?.jsExecutedBytes != null)
    rows.push(
      infoRow(
        section,
        id('js-run'),
        'JavaScript run on load (V8 coverage)',
        `${kib(w.jsExecutedBytes)} of ${kib(w.jsLoadedRaw)} loaded`,
      ),
    );
  if (p.browserError)
    rows.push(infoRow(section, id('browser'), 'browser measurement', `failed: ${p.browserError.split('\n')[0]}`));
}

function trackingRows(runs: CourseRun[], quick: boolean, rows: Row[]) {
  const section = 'Tracking: cmi.suspend_data, every module visited and every quiz answered (best 100, 3 attempts)';
  for (const modules of [40, 400]) {
    const run = runs.find((r) => r.modules === modules);
    const limit = modules === 40 ? targets.suspend40 : targets.suspend400;
    for (const version of ['1.2', '2004'] as const) {
      const label = `${modules} modules, SCORM ${version} (limit of the standard ${count(suspendDataLimits[version])})`;
      if (!run) {
        rows.push(
          skipRow(
            section,
            `suspend-${modules}-${version}`,
            label,
            `≤ ${count(limit)} chars`,
            quick ? 'skipped (--quick)' : 'not run',
          ),
        );
        continue;
      }
      rows.push(
        targetRow(
          section,
          `suspend-${modules}-${version}`,
          label,
          run.tracking.length,
          { max: limit },
          (v) => `${count(v)} chars${run.tracking.roundTrip ? '' : ' (does NOT decode back!)'}`,
          `≤ ${count(limit)} chars`,
        ),
      );
    }
  }
}

function lighthouseRows(lh: LighthouseSection, quick: boolean, rows: Row[]) {
  const section = `Lighthouse (mobile)${lh?.site ? `: ${lh.site}` : ''}`;
  if (quick || !lh) {
    rows.push(skipRow(section, 'lighthouse', 'Lighthouse', 'a11y/bp 100, perf ≥ 95', 'skipped (--quick)'));
    return;
  }
  if (lh.error) {
    rows.push({
      id: 'lighthouse',
      section,
      label: 'Lighthouse',
      target: 'runs',
      measured: lh.error.split('\n')[0]!,
      verdict: 'ERROR',
    });
    return;
  }
  for (const page of lh.pages) {
    const m = page.median;
    const runsNote = page.runs.length > 1 ? ` (median of ${page.runs.length})` : '';
    if (page.page === CALIBRATION_PAGE) {
      rows.push(
        infoRow(
          section,
          'lh-calibration',
          `empty page, to calibrate this machine${runsNote}`,
          `perf ${m.performance} · a11y ${m.accessibility} · bp ${m['best-practices']} · seo ${m.seo} · TBT ${Math.round(page.medianMetrics['total-blocking-time'] ?? 0)} ms`,
        ),
      );
      continue;
    }
    const id = (c: string) => `lh-${page.page.replace(/\W+/g, '-')}-${c}`;
    rows.push(
      targetRow(
        section,
        id('performance'),
        `${page.page}: performance${runsNote}`,
        m.performance,
        { min: targets.performance },
        String,
        `≥ ${targets.performance}`,
      ),
    );
    rows.push(
      targetRow(
        section,
        id('accessibility'),
        `${page.page}: accessibility`,
        m.accessibility,
        { min: 100 },
        String,
        '100',
      ),
    );
    rows.push(
      targetRow(
        section,
        id('best-practices'),
        `${page.page}: best practices`,
        m['best-practices'],
        { min: 100 },
        String,
        '100',
      ),
    );
    rows.push(infoRow(section, id('seo'), `${page.page}: SEO`, String(m.seo)));
    const mm = page.medianMetrics;
    rows.push(
      infoRow(
        section,
        id('metrics'),
        `${page.page}: FCP · LCP · TBT · CLS`,
        `${Math.round(mm['first-contentful-paint'] ?? 0)} · ${Math.round(mm['largest-contentful-paint'] ?? 0)} · ${Math.round(mm['total-blocking-time'] ?? 0)} ms · ${(mm['cumulative-layout-shift'] ?? 0).toFixed(3)}`,
      ),
    );
  }
}

export function reportRows(runs: CourseRun[], lighthouse: LighthouseSection, quick: boolean): Row[] {
  const rows: Row[] = [];
  const baseline = runs.find((r) => r.modules === 40);
  for (const run of runs) buildRows(run, rows, baseline);
  if (quick) {
    rows.push(
      skipRow(
        'Build: 400 modules',
        'build-400-wall',
        'wall time (≤ 10 × 40-module time)',
        '≤ 10 ×',
        'skipped (--quick)',
      ),
    );
    rows.push(
      skipRow(
        'Build: 400 modules',
        'memory-400',
        'peak memory (RSS, whole process tree)',
        '≤ 1 GiB',
        'skipped (--quick)',
      ),
    );
  }
  for (const run of runs) pageRows(run, rows);
  trackingRows(runs, quick, rows);
  lighthouseRows(lighthouse, quick, rows);
  return rows;
}
