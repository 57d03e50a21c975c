/** The report rows: a measure, its target (if any), the measured value and whether it meets the target. */
export type Verdict = 'OK' | 'MISS' | 'SKIP' | 'INFO' | 'ERROR';
export type Row = {
  id: string;
  section: string;
  label: string;
  target: string;
  measured: string;
  verdict: Verdict;
  value?: number | null;
  limit?: number;
};

/** A row with a numeric target: `value <= max` (or `>= min`). */
export function targetRow(
  section: string,
  id: string,
  label: string,
  value: number | null | undefined,
  rule: { max?: number; min?: number },
  show: (v: number) => string,
  targetText: string,
): Row {
  if (value == null || Number.isNaN(value))
    return { id, section, label, target: targetText, measured: 'n/a', verdict: 'ERROR', value: null };
  const ok = (rule.max === undefined || value <= rule.max) && (rule.min === undefined || value >= rule.min);
  return {
    id,
    section,
    label,
    target: targetText,
    measured: show(value),
    verdict: ok ? 'OK' : 'MISS',
    value,
    limit: rule.max ?? rule.min,
  };
}

export const infoRow = (section: string, id: string, label: string, measured: string): Row => ({
  id,
  section,
  label,
  target: '',
  measured,
  verdict: 'INFO',
});
export const skipRow = (section: string, id: string, label: string, target: string, why: string): Row => ({
  id,
  section,
  label,
  target,
  measured: why,
  verdict: 'SKIP',
});
