import { mergeStates } from '../progress/merge.ts';
import { courseStatus, recordQuiz, visit, type ProgressState } from '../progress/state.ts';
import type { CourseData } from '../progress/course-data.ts';
import type { CourseHost } from './host.ts';
import { readProgress, withCompletion, writeProgress } from './progress-store.ts';
import { interactionValues } from './scorm/interactions.ts';
import { reportValues } from './scorm/report.ts';
import type { LmsSession } from './scorm/session.ts';
import { iso8601Duration, scorm12Timespan } from './scorm/time.ts';
import { keys, storage } from './storage.ts';

/** Element names that differ between the versions (RTE 1.2 §3.4, 2004 §4.2). */
const cmi = {
  '1.2': {
    status: 'cmi.core.lesson_status',
    mode: 'cmi.core.lesson_mode',
    name: 'cmi.core.student_name',
    learnerId: 'cmi.core.student_id',
    location: 'cmi.core.lesson_location',
    sessionTime: 'cmi.core.session_time',
    count: 'cmi.interactions._count',
    comments: 'cmi.comments',
  },
  '2004': {
    status: 'cmi.completion_status',
    mode: 'cmi.mode',
    name: 'cmi.learner_name',
    learnerId: 'cmi.learner_id',
    location: 'cmi.location',
    sessionTime: 'cmi.session_time',
    count: 'cmi.interactions._count',
    comments: 'cmi.comments_from_learner',
  },
} as const;

/** SCORM 1.2 stores names as "Last, First"; a certificate wants "First Last". */
const displayName = (raw: string) =>
  raw.includes(',')
    ? raw
        .split(',')
        .map((s) => s.trim())
        .reverse()
        .join(' ')
    : raw.trim();

/**
 * The launcher's side: keeps the progress for every page in its frame and reports it through
 * one LMS session. A copy stays in this browser, so a failing LMS loses nothing.
 */
export function lmsHost(
  course: CourseData,
  session: LmsSession,
  ui: (key: string) => string,
): CourseHost & { finish(): void } {
  const names = cmi[session.version];
  const started = Date.now();
  const notices: string[] = [];
  const reviewOnly = ['browse', 'review'].includes(session.get(names.mode));
  const learner = session.get(names.learnerId) || 'anonymous';
  const backupKey = keys.lmsBackup(course.id, learner);
  const fromLms = readProgress(course, session.get('cmi.suspend_data'));
  const fromDevice = readProgress(course, storage.get(backupKey));
  if (fromLms.reset) notices.push(ui('progressReset'));
  let state: ProgressState = mergeStates(fromLms.state, fromDevice.state);
  let interactionCount = Number.parseInt(session.get(names.count), 10) || 0;

  const report = (extra: [string, string][] = []) => {
    storage.set(backupKey, writeProgress(course, state));
    if (reviewOnly) return;
    const status = courseStatus(course, state);
    session.set([
      ...extra,
      ...reportValues(session.version, {
        status,
        location: state.location ?? '',
        suspendData: writeProgress(course, state),
        finished: status.complete,
      }),
    ]);
    session.flush();
  };
  const update = (next: ProgressState, extra: [string, string][] = []) => {
    state = withCompletion(course, next);
    report(extra);
  };

  // A first launch is `incomplete` at once: some LMSs store "not attempted" at exit as completed.
  const initialStatus = session.get(names.status);
  if (!reviewOnly && ['not attempted', 'unknown', ''].includes(initialStatus)) report();

  return {
    mode: 'lms',
    state: () => state,
    visit: (moduleId) => update(visit(state, moduleId)),
    recordQuiz: (quizId, percent, interactions) => {
      const values = interactions.flatMap((it) => interactionValues(session.version, interactionCount++, it));
      update(recordQuiz(state, quizId, percent), values);
    },
    learnerName: () => displayName(session.get(names.name)) || null,
    sendReflection: (id, text) => {
      if (!course.sendReflections || reviewOnly) return;
      const comment = `${id}: ${text}`;
      if (session.version === '1.2') session.set([[names.comments, comment.slice(0, 4096)]]);
      else
        session.set([
          [
            `${names.comments}.${Number.parseInt(session.get(`${names.comments}._count`), 10) || 0}.comment`,
            comment.slice(0, 4000),
          ],
        ]);
      session.flush();
    },
    takeNotices: () => notices.splice(0),
    finish: () => {
      const elapsed = Date.now() - started;
      const time: [string, string] = [
        names.sessionTime,
        session.version === '1.2' ? scorm12Timespan(elapsed) : iso8601Duration(elapsed),
      ];
      const status = courseStatus(course, state);
      const values = reviewOnly
        ? []
        : reportValues(session.version, {
            status,
            location: state.location ?? '',
            suspendData: writeProgress(course, state),
            finished: status.complete,
          });
      session.terminate([...values, time]);
    },
  };
}
