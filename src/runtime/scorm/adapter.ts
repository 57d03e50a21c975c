import { reportsInteractions, type CourseData } from '../../progress/course-data.ts';
import { encodeProgress } from '../../progress/encoding.ts';
import { courseStatus, type ProgressState } from '../../progress/state.ts';
import { rte, type ScormVersion } from '../../scorm/cmi/spec.ts';
import type { QuestionAnswer } from '../answer.ts';
import { interactionValues } from './interactions.ts';
import { reportValues } from './report.ts';
import { iso8601Duration, scorm12Timespan } from './time.ts';

/**
 * The SCORM side of the course's events: what a visit, a quiz result or the end of a session
 * becomes in the CMI of one version. The course pages and hosts know nothing of SCORM.
 */
export function scormAdapter(course: CourseData, version: ScormVersion) {
  const spec = rte[version];
  const e = spec.elements;
  return {
    spec,
    /** Everything the progress state says, after any step. */
    state: (state: ProgressState): [string, string][] =>
      reportValues(version, {
        status: courseStatus(course, state),
        location: state.location ?? '',
        suspendData: encodeProgress(course, state),
      }),
    /** Interaction records for the answers of one quiz attempt, numbered from `first`; none when not reported. */
    answers: (quizId: string, answers: QuestionAnswer[], first: number): [string, string][] =>
      reportsInteractions(course, quizId)
        ? answers.flatMap((answer, i) => interactionValues(version, first + i, answer))
        : [],
    /** The time of this session only, never a running total (RTE 1.2 3.4.3; 2004 4.2.21). */
    sessionTime: (ms: number): [string, string][] => [
      [e.sessionTime, version === '1.2' ? scorm12Timespan(ms) : iso8601Duration(ms)],
    ],
    /** A reflection the course opts in to send: 1.2 one comments string, 2004 one record per comment. */
    reflection: (id: string, text: string, count: number): [string, string][] => {
      const comment = `${id}: ${text}`.slice(0, spec.limits.comment);
      return version === '1.2' ? [[e.comments, comment]] : [[`${e.comments}.${count}.comment`, comment]];
    },
  };
}

export type ScormAdapter = ReturnType<typeof scormAdapter>;
