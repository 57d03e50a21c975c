/** The three-size table: each figure at every course size, and how much it grows from the smallest to the largest. */
import type { Figures } from './figures.ts';
import { count, kib, mib, seconds } from './format.ts';

type Column = { modules: number; figures: Figures };
type Line = { label: string; key: keyof Figures; show: (v: number) => string };

const lines: Line[] = [
  { label: 'build wall time', key: 'wallSeconds', show: seconds },
  { label: 'build CPU time (user + sys)', key: 'cpuSeconds', show: seconds },
  { label: 'peak RSS, whole process tree', key: 'peakRssBytes', show: mib },
  { label: 'site folder (without zips)', key: 'siteBytes', show: mib },
  { label: 'SCORM 1.2 zip', key: 'zip12Bytes', show: mib },
  { label: 'SCORM 2004 zip', key: 'zip2004Bytes', show: mib },
  { label: 'module page transfer (gzip)', key: 'modulePageGzip', show: kib },
  { label: 'module page requests', key: 'modulePageRequests', show: count },
  { label: 'home page transfer (gzip)', key: 'homePageGzip', show: kib },
  { label: 'home page requests', key: 'homePageRequests', show: count },
  { label: 'module page JavaScript (gzip)', key: 'moduleJsGzip', show: kib },
  { label: 'module page JavaScript run on load', key: 'moduleJsExecuted', show: kib },
  { label: 'suspend_data worst case, SCORM 1.2 (chars)', key: 'suspend12', show: count },
  { label: 'suspend_data worst case, SCORM 2004 (chars)', key: 'suspend2004', show: count },
];

/** `last / first`, or null when either is missing or the first is zero. */
export const growth = (first: number | null, last: number | null): number | null =>
  first == null || last == null || first === 0 ? null : last / first;

/** The table as text (one line per figure); the growth column compares the first and the last column. */
export function formatSizeTable(columns: Column[]): string {
  if (!columns.length) return '  (no course was built)';
  const first = columns[0]!;
  const last = columns.at(-1)!;
  const growthHead = columns.length > 1 ? `× ${first.modules}→${last.modules}` : '';
  const head = ['figure', ...columns.map((c) => `${c.modules} modules`), growthHead];
  const body = lines.map(({ label, key, show }) => {
    const cells = columns.map((c) => (c.figures[key] == null ? 'n/a' : show(c.figures[key]!)));
    const g = columns.length > 1 ? growth(first.figures[key], last.figures[key]) : null;
    return [label, ...cells, columns.length > 1 ? (g == null ? 'n/a' : `${g.toFixed(2)} ×`) : ''];
  });
  const rows = [head, ...body];
  const widths = head.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const pad = (r: string[]) =>
    `  ${r.map((cell, i) => (i ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ')}`.trimEnd();
  return [pad(head), `  ${'-'.repeat(widths.reduce((a, w) => a + w + 2, -2))}`, ...body.map(pad)].join('\n');
}
