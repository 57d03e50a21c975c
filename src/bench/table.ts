/** Prints the report rows as a plain-text table, grouped by section. */
import { styleText } from 'node:util';
import type { Row, Verdict } from './targets.ts';

const paint: Record<Verdict, (s: string) => string> = {
  OK: (s) => styleText('green', s, { stream: process.stdout }),
  MISS: (s) => styleText(['red', 'bold'], s, { stream: process.stdout }),
  ERROR: (s) => styleText(['red', 'bold'], s, { stream: process.stdout }),
  SKIP: (s) => styleText('yellow', s, { stream: process.stdout }),
  INFO: (s) => styleText('dim', s, { stream: process.stdout }),
};

export function formatTable(rows: Row[]): string {
  const widths = {
    label: Math.max(7, ...rows.map((r) => r.label.length + 2)),
    target: Math.max(6, ...rows.map((r) => r.target.length)),
    measured: Math.max(8, ...rows.map((r) => r.measured.length)),
  };
  const line = (label: string, target: string, measured: string, verdict: string) =>
    `  ${label.padEnd(widths.label)}  ${target.padEnd(widths.target)}  ${measured.padEnd(widths.measured)}  ${verdict}`;
  const out = [
    line('Measure', 'Target', 'Measured', 'Result'),
    `  ${'-'.repeat(widths.label + widths.target + widths.measured + 12)}`,
  ];
  let section = '';
  for (const row of rows) {
    if (row.section !== section) {
      section = row.section;
      out.push(`  ${styleText('bold', section, { stream: process.stdout })}`);
    }
    out.push(
      line(
        `  ${row.label}`,
        row.target,
        row.measured,
        row.verdict === 'INFO' ? paint.INFO('-') : paint[row.verdict](row.verdict),
      ),
    );
  }
  return out.join('\n');
}
