import type { CourseData } from '../progress/course-data.ts';
import { mergeStates } from '../progress/merge.ts';
import {
  courseStatus,
  markTestedOut,
  recordQuiz,
  recordScenario,
  visit,
  type ProgressState,
} from '../progress/state.ts';
import { encodeProgress } from '../progress/encoding.ts';
import type { CourseHost } from './host.ts';
import { mergeIntoDevice, readProgress, withCompletion } from './progress-store.ts';
import { STORE_BUDGET_BYTES, storeBytes } from '../scorm/cmi/store-size.ts';
import { scormAdapter } from './scorm/adapter.ts';
import { outboxFrom, parseOutbox, renumber } from './scorm/outbox.ts';
import { fitsScenarioShare, reportsScenarios, scenarioInteractionValues } from './scorm/scenario-interaction.ts';
import type { LmsSession } from './scorm/session.ts';
import { keys, storage } from './storage.ts';

/** SCORM 1.2 stores names as "Last, First"; a certificate wants "First Last". */
const displayName = (raw: string) =>
  raw.includes(',')
    ? raw
        .split(',')
        .map((s) => s.trim())
        .reverse()
        .join(' ')
    : raw.trim();

const FINISHED_STATUSES = ['completed', 'passed'];

export type LmsHost = CourseHost & {
  /** Session time and Terminate, at exit. */
  finish(): void;
  /** Another tab takes over: store everything now, then stop writing. */
  handOver(): void;
  readonly reviewOnly: boolean;
};

/**
 * The launcher's side: keeps the progress for every page in its frame and reports it through one
 * LMS session, via the SCORM adapter. A copy stays on this device (read–merge–write, so a second
 * tab loses nothing), and what the LMS did not take is kept there and sent again at the next launch.
 */
export function lmsHost(course: CourseData, session: LmsSession, ui: (key: string) => string): LmsHost {
  const cmi = scormAdapter(course, session.version);
  const e = cmi.spec.elements;
  const started = Date.now();
  const notices: string[] = [];
  // Browse and review: show the course, send nothing at all (not even the session time).
  const reviewOnly = cmi.spec.vocab.reviewModes.includes(session.get(e.mode));
  let writing = !reviewOnly;
  const learner = session.get(e.learnerId) || 'anonymous';
  const backupKey = keys.lmsBackup(course.id, learner);
  const outboxKey = keys.lmsOutbox(course.id, learner);
  const fromLms = readProgress(course, session.get(e.suspendData));
  const fromDevice = readProgress(course, storage.get(backupKey));
  if (fromLms.reset) notices.push(ui('progressReset'));
  else if (fromLms.partial || fromDevice.partial) notices.push(ui('progressPartial'));
  let state: ProgressState = mergeStates(fromDevice.state, fromLms.state);
  const lmsStatus = session.get(e.success ?? e.completion);
  const completionStatus = e.success ? session.get(e.completion) : lmsStatus;
  const lmsFinished = FINISHED_STATUSES.includes(lmsStatus) || FINISHED_STATUSES.includes(completionStatus);
  // Finished in the LMS but neither the LMS nor this device has the details (an older exit `normal`).
  const detailsUnavailable = lmsFinished && state.visited.size === 0;
  // Never undo a finish the LMS holds with a record that lacks part of it.
  const mayReport = () => !lmsFinished || courseStatus(course, state).complete;
  let interactionCount = Number.parseInt(session.get(`${e.interactions}._count`), 10) || 0;
  let commentCount = e.success ? Number.parseInt(session.get(`${e.comments}._count`), 10) || 0 : 0;
  const inherited = parseOutbox(storage.get(outboxKey));

  session.listen((save) => {
    if (!reviewOnly) storage.set(outboxKey, JSON.stringify(outboxFrom(save, inherited)));
  });
  const report = (extra: [string, string][] = []) => {
    // Review and browse change nothing, on the device neither: what is looked at there does not count.
    if (reviewOnly) return;
    state = mergeIntoDevice(course, backupKey, state);
    if (!writing || !mayReport()) return;
    session.set([...extra, ...cmi.state(state)]);
  };
  const update = (next: ProgressState, extra: [string, string][] = []) => {
    state = withCompletion(course, next);
    report(extra);
  };

  // At once, not at the next step: the first `incomplete` (some LMSs store "not attempted" at exit
  // as completed), a device copy newer than the LMS's, and interaction records an earlier launch
  // could not deliver.
  if (writing) {
    const resend = renumber(inherited.unsent, interactionCount);
    interactionCount += new Set(resend.map(([k]) => k.split('.')[2])).size;
    update(state, resend);
  }

  return {
    mode: 'lms',
    reviewOnly,
    state: () => state,
    detailsUnavailable: () => detailsUnavailable,
    visit: (moduleId) => update(visit(state, moduleId)),
    recordQuiz: (quizId, percent, answers) => {
      const values = writing ? cmi.answers(quizId, answers, interactionCount) : [];
      // An LMS that re-sends everything at each store (Moodle) must stay under the beacon quota:
      // beyond it the answers are not recorded (the result still is, in the progress data).
      const bytes = storeBytes(values);
      const before = answers.length ? (interactionCount * bytes) / answers.length : 0;
      const fits = storeBytes(cmi.state(state)) + before + bytes <= STORE_BUDGET_BYTES;
      if (values.length && fits) interactionCount += answers.length;
      update(recordQuiz(state, quizId, percent), fits ? values : []);
    },
    recordScenario: (scenarioId, play) => {
      const values =
        writing && reportsScenarios(course)
          ? scenarioInteractionValues(session.version, interactionCount, scenarioId, play)
          : [];
      // Within the scenarios' share of the store budget, and the budget itself as for quiz answers;
      // beyond either the best ending is still kept in the progress data.
      const bytes = storeBytes(values);
      const plays = [...state.scenarios.values()].reduce((sum, p) => sum + p.plays, 0);
      const fits =
        fitsScenarioShare(plays, bytes) &&
        storeBytes(cmi.state(state)) + interactionCount * bytes + bytes <= STORE_BUDGET_BYTES;
      if (values.length && fits) interactionCount += 1;
      update(recordScenario(state, scenarioId, play.rating), fits ? values : []);
    },
    testOut: (partId, on) => {
      const next = markTestedOut(state, partId, on);
      // A merge unites tested-out parts, so an undo is written over the device copy, not merged into it.
      if (!on && !reviewOnly) storage.set(backupKey, encodeProgress(course, next));
      update(next);
    },
    learnerName: () => displayName(session.get(e.learnerName)) || null,
    learnerKey: () => learner,
    sendReflection: (id, text) => {
      if (!course.sendReflections || !writing) return;
      session.set(cmi.reflection(id, text, commentCount++));
    },
    takeNotices: () => notices.splice(0),
    finish: () => {
      // Review mode (or a tab that handed over): Terminate only, no session time.
      const time = writing ? cmi.sessionTime(Date.now() - started) : [];
      writing = false;
      session.terminate(time);
    },
    handOver: () => {
      if (!writing) return;
      state = mergeIntoDevice(course, backupKey, state);
      session.flushNow();
      writing = false;
      session.terminate(cmi.sessionTime(Date.now() - started));
    },
  };
}
