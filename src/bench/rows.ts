/** Turns the measurements into report rows: the targets from the brief, and figures for context. */
import type { CourseRun } from './course-run.ts';
import { peakMemory } from './figures.ts';
import { count, kib, mib, seconds } from './format.ts';
import { issueTargetRows } from './issue-targets.ts';
import { CALIBRATION_PAGE, type LighthousePage } from './lighthouse.ts';
import { infoRow, skipRow, targetRow, type Row } from './targets.ts';
import type { RunOut } from './suspend-runout.ts';
import { suspendDataLimits } from './tracking.ts';

export type LighthouseSection = { site: string; note?: string; pages: LighthousePage[]; error?: string } | undefined;

const LIGHTHOUSE_PERFORMANCE = 98;

function buildRows(run: CourseRun, rows: Row[]) {
  const section = `Build: ${run.modules} modules (${run.quizzes} quizzes)`;
  const b = run.build;
  const id = (name: string) => `build-${run.modules}-${name}`;
  if (!b.ok) {
    rows.push({
      id: id('ok'),
      section,
      label: 'build',
      target: 'succeeds',
      measured: `failed (exit ${b.exitCode})`,
      verdict: 'ERROR',
    });
    return;
  }
  rows.push(infoRow(section, id('wall'), 'wall time (check, site, search, both zips)', seconds(b.wallSeconds)));
  rows.push(
    infoRow(
      section,
      id('cpu'),
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
        id('steps'),
        'steps: check · astro · search · scorm · rest',
        `${[s.check, s.astro, s.search, s.scorm].map((v) => v?.toFixed(1) ?? '?').join(' · ')} · ${(b.wallSeconds - sum).toFixed(1)} s`,
      ),
    );
  } else rows.push(infoRow(section, id('steps'), 'steps', 'not reported by the build'));
  const memory = peakMemory(run);
  rows.push(
    infoRow(
      section,
      `memory-${run.modules}`,
      'peak memory (RSS, whole process tree)',
      memory == null
        ? 'n/a'
        : `${mib(memory)} (tree ${mib(b.memory.treePeakRssBytes)}, largest process ${mib(b.memory.largestProcessRssBytes)}${b.memory.peakDuring ? `; peak during ${b.memory.peakDuring}` : ''})`,
    ),
  );
  rows.push(
    infoRow(section, id('load'), 'load average (1 min) when the build started', b.loadAverageBefore.toFixed(1)),
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
  const r = run.rebuild;
  if (r)
    rows.push(
      infoRow(
        section,
        id('rebuild'),
        'second build, one module changed',
        r.ok
          ? `${seconds(r.wallSeconds)} wall vs ${seconds(r.firstWallSeconds)} first (${((r.wallSeconds / r.firstWallSeconds) * 100).toFixed(0)} %); CPU ${seconds(r.cpuSeconds)} vs ${seconds(run.build.cpu?.totalSeconds)}`
          : 'failed',
      ),
    );
}

function pageRows(run: CourseRun, which: 'module' | 'home', rows: Row[]) {
  const p = which === 'module' ? run.page : run.home;
  if (!p) return;
  const section = `${which === 'module' ? 'Module' : 'Home'} page (${run.modules} modules): ${p.path}${p.browser ? '' : ' [static analysis only]'}`;
  const w = p.browser;
  const st = p.static;
  const both = (raw: number, gzip: number) => `${kib(raw)} raw, ${kib(gzip)} gzip`;
  const html = w ? w.byKind.html : st.html;
  const css = w ? w.byKind.css : st.css;
  const js = w
    ? { raw: w.byKind.js.raw + w.inlineJs.raw, gzip: w.byKind.js.gzip + w.inlineJs.gzip }
    : { raw: st.js.raw + st.inlineJs.raw, gzip: st.js.gzip + st.inlineJs.gzip };
  const total = w ? w.totalExcludingImages : st.total;
  const id = (name: string) => `${which}-${run.modules}-${name}`;
  rows.push(infoRow(section, id('html'), 'HTML', both(html.raw, html.gzip)));
  rows.push(infoRow(section, id('css'), 'CSS', both(css.raw, css.gzip)));
  rows.push(infoRow(section, id('js'), 'JavaScript', both(js.raw, js.gzip)));
  rows.push(infoRow(section, id('fonts'), 'fonts', String(w ? w.fonts : st.fontFaces)));
  rows.push(infoRow(section, id('total'), 'total transfer without images', both(total.raw, total.gzip)));
  const kinds = w
    ? ` (${Object.entries(w.byKind)
        .filter(([, v]) => v.requests)
        .map(([k, v]) => `${v.requests} ${k}`)
        .join(', ')})`
    : '';
  rows.push(infoRow(section, id('requests'), 'requests', `${w ? w.requests : st.requests}${kinds}`));
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

function trackingRows(runs: CourseRun[], runOut: RunOut | null, rows: Row[]) {
  const section = 'Tracking: cmi.suspend_data, every module visited and every quiz answered (best 100, 3 attempts)';
  for (const run of runs)
    for (const version of ['1.2', '2004'] as const) {
      const limit = suspendDataLimits[version];
      rows.push(
        targetRow(
          section,
          `suspend-${run.modules}-${version}`,
          `${count(run.modules)} modules, ${count(run.quizzes)} quizzes, SCORM ${version}`,
          run.tracking.length,
          { max: limit },
          (v) => `${count(v)} chars${run.tracking.roundTrip ? '' : ' (does NOT decode back!)'}`,
          `≤ ${count(limit)} chars (the standard)`,
        ),
      );
    }
  if (!runOut) return;
  const every = runOut.quizEveryModule;
  const edge = every.checker;
  rows.push(
    infoRow(
      section,
      'suspend-runout',
      'SCORM 1.2 runs out at, with a quiz in every module',
      edge
        ? `${count(edge.over.modules)} modules (${count(edge.over.length)} chars; ${count(edge.fits.modules)} fit with ${count(edge.fits.length)})`
        : `about ${count(every.maxModules + 1)} modules (${every.perModule.toFixed(1)} chars per module, estimated)`,
    ),
  );
  if (edge)
    rows.push(
      infoRow(
        section,
        'suspend-checker',
        `the checker at ${count(edge.over.modules)} modules says`,
        edge.over.message ?? 'nothing (it misses the limit)',
      ),
    );
  const shape = runOut.benchShape;
  if (shape)
    rows.push(
      infoRow(
        section,
        'suspend-runout-bench',
        `SCORM 1.2 runs out at, with a quiz in every ${shape.quizEvery}rd module`,
        `about ${count(shape.maxModules + 1)} modules (${shape.perModule.toFixed(1)} chars per module, from the sizes above)`,
      ),
    );
}

function lighthouseRows(lh: LighthouseSection, quick: boolean, rows: Row[]) {
  const section = `Lighthouse (mobile)${lh?.site ? `: ${lh.site}` : ''}`;
  if (quick || !lh) {
    rows.push(skipRow(section, 'lighthouse', 'Lighthouse', 'a11y/bp 100, perf ≥ 98', 'skipped (--quick)'));
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
        { min: LIGHTHOUSE_PERFORMANCE },
        String,
        `≥ ${LIGHTHOUSE_PERFORMANCE}`,
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

export function reportRows(
  runs: CourseRun[],
  lighthouse: LighthouseSection,
  quick: boolean,
  runOut: RunOut | null,
): Row[] {
  const rows: Row[] = issueTargetRows(runs, runOut);
  lighthouseRows(lighthouse, quick, rows);
  for (const run of runs) buildRows(run, rows);
  for (const run of runs) for (const which of ['module', 'home'] as const) pageRows(run, which, rows);
  trackingRows(runs, runOut, rows);
  return rows;
}
