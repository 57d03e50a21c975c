import type { CourseStatus } from '../../progress/state.ts';
import { rte, type ScormVersion } from '../../scorm/cmi/spec.ts';

export type { ScormVersion };

/** What the course tells the LMS at a step, before formatting. */
export type Report = {
  status: CourseStatus;
  location: string;
  suspendData: string;
};

/** Scores as the LMS stores them: plain numbers, a dot as decimal sign, at most 2 decimals. */
const num = (n: number) => String(Math.round(n * 100) / 100);

/** SCORM 1.2 `cmi.core.lesson_status` from the course verdict (passed/failed only with a score). */
export function lessonStatus12(s: CourseStatus): string {
  if (s.complete) return s.passed === true ? 'passed' : s.score === null ? 'completed' : 'failed';
  // `failed` before completion only when the score quiz cannot be retried (LMSs treat failed as final).
  return s.failedFinal ? 'failed' : 'incomplete';
}

/**
 * Whether score and success may be reported yet: only once the course rule is met or the score
 * quiz is failed for good. Before that, an LMS would judge the learner on the score alone: a 1.2
 * LMS from score.raw and the mastery score, a 2004 LMS from score.scaled (the manifest's
 * satisfiedByMeasure), and Moodle's "passed or completed" rule marks the activity done on `passed`.
 */
export const verdictReady = (s: CourseStatus) => s.complete || s.failedFinal;

/** SCORM 2004 `cmi.success_status` once the verdict is ready (RTE 4.2.22). */
const success2004 = (s: CourseStatus) =>
  s.scoreMet === null ? null : s.scoreMet && !s.failedFinal ? 'passed' : 'failed';

/**
 * The values to send at a step, in the order an LMS wants them: score before status (an LMS may
 * derive status from the score), location and state last. Exit stays `suspend`, also once the
 * course is complete: LMSs (Moodle) restore suspend_data only after a suspend, and a finished
 * learner who returns must see the finished course.
 */
export function reportValues(version: ScormVersion, r: Report): [string, string][] {
  const { status } = r;
  const e = rte[version].elements;
  const ready = verdictReady(status) && status.score !== null;
  const score: [string, string][] = ready
    ? [
        [e.scoreMin, '0'],
        [e.scoreMax, '100'],
        [e.scoreRaw, num(status.score!)],
        ...(e.scoreScaled ? [[e.scoreScaled, num(status.score! / 100)] as [string, string]] : []),
      ]
    : [];
  const location: [string, string][] = r.location ? [[e.location, r.location]] : [];
  const exit: [string, string] = [e.exit, rte[version].vocab.exitSuspend];
  if (version === '1.2')
    return [...score, [e.completion, lessonStatus12(status)], ...location, [e.suspendData, r.suspendData], exit];
  const success = ready ? success2004(status) : null;
  return [
    ...score,
    [e.progressMeasure!, num(status.progress)],
    [e.completion, status.complete ? 'completed' : 'incomplete'],
    ...(success ? [[e.success!, success] as [string, string]] : []),
    ...location,
    [e.suspendData, r.suspendData],
    exit,
  ];
}
