// @ts-check
/**
 * What the preview LMS does with learner data between sessions, as pure functions (browser and Node).
 *
 * - A launch gets the learner, the manifest's values (mastery score, passing score, launch data)
 *   and, when the previous session ended with exit `suspend`, the stored attempt (SCORM 1.2 RTE
 *   3.4 cmi.core.entry/exit; SCORM 2004 RTE 4.2 cmi.entry/cmi.exit). Any other exit ends the
 *   attempt: the next launch starts a new one with empty data (entry `ab-initio`).
 * - Learner preferences belong to the learner, not the attempt: they are always kept.
 * - The LMS, not the SCO, keeps total time: stored total + this session's session_time.
 */

/** Per version: API object name, function names (→ the 2004 name used for counting), data-model keys. */
export const MODEL = {
  1.2: {
    apiName: 'API',
    functions: {
      LMSInitialize: 'Initialize',
      LMSFinish: 'Terminate',
      LMSGetValue: 'GetValue',
      LMSSetValue: 'SetValue',
      LMSCommit: 'Commit',
      LMSGetLastError: 'GetLastError',
      LMSGetErrorString: 'GetErrorString',
      LMSGetDiagnostic: 'GetDiagnostic',
    },
    /** 1.2 has no commit-specific code; 101 is "General Exception". */
    commitFailure: '101',
    exit: 'cmi.core.exit',
    entry: 'cmi.core.entry',
    sessionTime: 'cmi.core.session_time',
    totalTime: 'cmi.core.total_time',
    /** Kept when an attempt is resumed (1.2 interactions are write-only, so not read back). */
    resume:
      /^cmi\.(core\.(lesson_location|lesson_status|score\.(raw|min|max))|suspend_data|comments|objectives\.\d+\.)/,
    preferences: /^cmi\.student_preference\./,
  },
  2004: {
    apiName: 'API_1484_11',
    functions: {
      Initialize: 'Initialize',
      Terminate: 'Terminate',
      GetValue: 'GetValue',
      SetValue: 'SetValue',
      Commit: 'Commit',
      GetLastError: 'GetLastError',
      GetErrorString: 'GetErrorString',
      GetDiagnostic: 'GetDiagnostic',
    },
    /** 391: "General Commit Failure" (RTE 3.1.7). */
    commitFailure: '391',
    exit: 'cmi.exit',
    entry: 'cmi.entry',
    sessionTime: 'cmi.session_time',
    totalTime: 'cmi.total_time',
    resume:
      /^cmi\.(location|completion_status|success_status|progress_measure|score\.(scaled|raw|min|max)|suspend_data|objectives\.\d+\.|interactions\.\d+\.|comments_from_learner\.\d+\.)/,
    preferences: /^cmi\.learner_preference\./,
  },
};

/**
 * SCORM 1.2 RTE: cmi.suspend_data is a CMIString4096. scorm-again 3.4.3 only refuses at 64,000
 * characters, so the preview enforces the real limit itself (deliberate, see LMS-NOTES.md).
 * @param {'1.2'|'2004'} version @param {string} element @param {unknown} value
 * @returns {{ code: string, message: string } | null}
 */
export function refuseSetValue(version, element, value) {
  const length = String(value).length;
  if (version === '1.2' && element === 'cmi.suspend_data' && length > 4096) {
    return {
      code: '405',
      message: `SCORM 1.2 limits cmi.suspend_data to 4,096 characters (CMIString4096); this value has ${length}. Real LMSs truncate or refuse it.`,
    };
  }
  return null;
}

/** Does the stored attempt continue at the next launch? @param {'1.2'|'2004'} version @param {Record<string, unknown> | null} stored */
export const resumes = (version, stored) => stored?.[MODEL[version].exit] === 'suspend';

/** Has the learner finished the stored attempt? (Moodle then opens it in review mode.)
 * @param {'1.2'|'2004'} version @param {Record<string, unknown> | null} stored */
export const finished = (version, stored) =>
  version === '1.2'
    ? ['passed', 'completed'].includes(String(stored?.['cmi.core.lesson_status']))
    : stored?.['cmi.completion_status'] === 'completed';

/**
 * The data a launch starts with, as flattened CMI for scorm-again's loadFromFlattenedJSON.
 * `restore: 'moodle'` (LMS-NOTES.md, Moodle 4.5): after an exit other than `suspend` the same attempt
 * goes on with no suspend_data, no location and 2004 completion_status `unknown`; the total time
 * starts over (the session time then overwrites it); a finished attempt opens in mode `review`,
 * after any exit (with its data when that exit was `suspend`).
 * @param {{ version: '1.2'|'2004', info: { masteryScore?: string, scaledPassingScore?: string, completionThreshold?: string, dataFromLMS?: string },
 *   learner: { id: string, name: string }, stored: Record<string, unknown> | null, restore?: string, omit?: string[] }} options
 * @returns {Record<string, string>}
 */
export function launchData({ version, info, learner, stored, restore, omit = [] }) {
  const data = baseLaunchData({ version, info, learner, stored });
  if (restore === 'moodle' && stored && finished(version, stored))
    data[version === '1.2' ? 'cmi.core.lesson_mode' : 'cmi.mode'] = 'review';
  if (restore === 'moodle' && stored && !resumes(version, stored)) {
    if (version === '1.2') data['cmi.core.lesson_status'] = String(stored['cmi.core.lesson_status'] ?? 'not attempted');
    data[MODEL[version].entry] = '';
  }
  for (const key of omit) delete data[key];
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== ''));
}

/** @param {{ version: '1.2'|'2004', info: any, learner: { id: string, name: string }, stored: Record<string, unknown> | null }} options */
function baseLaunchData({ version, info, learner, stored }) {
  const m = MODEL[version];
  const resume = resumes(version, stored);
  /** @type {Record<string, string | undefined>} */
  const data =
    version === '1.2'
      ? {
          'cmi.core.student_id': learner.id,
          'cmi.core.student_name': learner.name,
          'cmi.core.credit': 'credit',
          'cmi.core.lesson_mode': 'normal',
          'cmi.core.lesson_status': 'not attempted',
          'cmi.student_data.mastery_score': info.masteryScore,
          'cmi.launch_data': info.dataFromLMS,
        }
      : {
          'cmi.learner_id': learner.id,
          'cmi.learner_name': learner.name,
          'cmi.credit': 'credit',
          'cmi.mode': 'normal',
          'cmi.scaled_passing_score': info.scaledPassingScore,
          'cmi.completion_threshold': info.completionThreshold,
          'cmi.launch_data': info.dataFromLMS,
        };
  for (const [key, value] of Object.entries(stored ?? {})) {
    if (typeof value !== 'string' || value === '') continue;
    if (m.preferences.test(key) || (resume && m.resume.test(key))) data[key] = value;
  }
  data[m.entry] = resume ? 'resume' : 'ab-initio';
  data[m.totalTime] = resume ? String(stored?.[m.totalTime] ?? zeroTime(version)) : zeroTime(version);
  return /** @type {Record<string, string>} */ (
    Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined && v !== ''))
  );
}

/** @param {'1.2'|'2004'} version */
const zeroTime = (version) => (version === '1.2' ? '00:00:00' : 'PT0S');

/**
 * Add a session time to a total time in the version's format (1.2 CMITimespan HH[HH]:MM:SS[.SS],
 * 2004 ISO 8601 duration). Unreadable values count as zero.
 * @param {'1.2'|'2004'} version @param {string} total @param {string} session
 */
export function addTime(version, total, session) {
  const seconds = toSeconds(total) + toSeconds(session);
  const cs = Math.round(seconds * 100);
  const [h, m, s] = [Math.floor(cs / 360000), Math.floor(cs / 6000) % 60, (cs % 6000) / 100];
  if (version === '2004') return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
  const pad = (/** @type {number} */ n, /** @type {number} */ w) => String(n).padStart(w, '0');
  const fraction = cs % 100 ? `.${pad(cs % 100, 2)}` : '';
  return `${pad(h, 2)}:${pad(m, 2)}:${pad(Math.floor(s), 2)}${fraction}`;
}

/** @param {string} time */
function toSeconds(time) {
  const hms = /^(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(time ?? '');
  if (hms) return Number(hms[1]) * 3600 + Number(hms[2]) * 60 + Number(hms[3]);
  const iso =
    /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
      time ?? '',
    );
  if (!iso) return 0;
  const [y, mo, d, h, mi, s] = iso.slice(1).map((v) => Number(v ?? 0));
  return ((y * 365 + mo * 30 + d) * 24 + h) * 3600 + mi * 60 + s;
}
