import type { CourseStatus } from '../../progress/state.ts';

export type ScormVersion = '1.2' | '2004';

/** What the course tells the LMS at a step, before formatting. */
export type Report = {
  status: CourseStatus;
  location: string;
  suspendData: string;
  /** Exit mode for this session: suspend while unfinished, normal once complete. */
  finished: boolean;
};

/** Scores as the LMS stores them: plain numbers, a dot as decimal sign, at most 2 decimals. */
const num = (n: number) => String(Math.round(n * 100) / 100);

/** No location yet: send nothing (an empty 2004 `cmi.location` is refused by some LMSs). */
const location = (key: string, value: string): [string, string][] => (value ? [[key, value]] : []);

/** SCORM 1.2 `cmi.core.lesson_status` from the course verdict (passed/failed only with a score). */
export function lessonStatus12(s: CourseStatus): string {
  if (s.complete) return s.passed === true ? 'passed' : s.score === null ? 'completed' : 'failed';
  // `failed` before completion only when the score quiz cannot be retried (LMSs treat failed as final).
  return s.failedFinal ? 'failed' : 'incomplete';
}

/**
 * The values to send at a step, in the order an LMS wants them: score before status
 * (an LMS may derive status from the score and mastery score), location and state last.
 */
export function reportValues(version: ScormVersion, r: Report): [string, string][] {
  const { status } = r;
  // SCORM 1.2 LMSs judge passed/failed from score.raw against the manifest's mastery score, which
  // would ignore the modules still to do: 1.2 gets the score once the course is finished or failed.
  const withhold = version === '1.2' && !status.complete && !status.failedFinal;
  const score: [string, string][] =
    status.score === null || withhold
      ? []
      : version === '1.2'
        ? [
            ['cmi.core.score.min', '0'],
            ['cmi.core.score.max', '100'],
            ['cmi.core.score.raw', num(status.score)],
          ]
        : [
            ['cmi.score.min', '0'],
            ['cmi.score.max', '100'],
            ['cmi.score.raw', num(status.score)],
            ['cmi.score.scaled', num(status.score / 100)],
          ];
  if (version === '1.2') {
    return [
      ...score,
      ['cmi.core.lesson_status', lessonStatus12(status)],
      ...location('cmi.core.lesson_location', r.location),
      ['cmi.suspend_data', r.suspendData],
      ['cmi.core.exit', r.finished ? '' : 'suspend'],
    ];
  }
  // Success follows the score against the pass mark, as the manifest's satisfiedByMeasure tells the LMS to.
  const success = status.scoreMet === null ? 'unknown' : status.scoreMet ? 'passed' : 'failed';
  return [
    ...score,
    ['cmi.progress_measure', num(status.progress)],
    ['cmi.completion_status', status.complete ? 'completed' : 'incomplete'],
    ['cmi.success_status', success],
    ...location('cmi.location', r.location),
    ['cmi.suspend_data', r.suspendData],
    ['cmi.exit', r.finished ? 'normal' : 'suspend'],
  ];
}
