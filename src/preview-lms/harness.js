// @ts-check
/**
 * The preview LMS, browser side: plays the package's SCO in a frame with scorm-again as the API,
 * keeps the learner's data between sessions like an LMS does, and exposes `window.__lms` for tests.
 *
 * `__lms.calls` and `__lms.counts` cover the current session (reset at each launch);
 * `__lms.sessions` holds the CMI at each exit; `__lms.stored()` is what the LMS has committed.
 */
import { instrument, zeroCounts } from './api-wrap.js';
import { addTime, launchData, MODEL, resumes } from './lms-rules.js';
import { createPanel } from './panel.js';

const LEARNER = { id: 'eva.jansen', name: 'Jansen, Eva' };
const win = /** @type {any} */ (window);
const frame = /** @type {HTMLIFrameElement} */ (document.getElementById('content'));

/** The package as read by the server (see read-manifest.ts `PackageInfo`) plus where to launch it.
 * @type {{ version: '1.2'|'2004', schemaversion: string | null, identifier: string, title: string, launchUrl: string, warnings: string[],
 *   masteryScore?: string, scaledPassingScore?: string, completionThreshold?: string, dataFromLMS?: string }} */
const config = await fetch('/lms/config.json').then((r) => r.json());
const { version } = config;
const model = MODEL[version];
await loadScript(`/lms/scorm-again/${version === '1.2' ? 'scorm12' : 'scorm2004'}.js`);
const ApiClass = version === '1.2' ? win.Scorm12API : win.Scorm2004API;

const storageKey = `scorm-preview:${config.identifier}`;
const fresh = () => ({
  attempt: 1,
  session: 0,
  stored: /** @type {Record<string, any> | null} */ (null),
  sessions: /** @type {unknown[]} */ ([]),
});
let state = { ...fresh(), ...JSON.parse(localStorage.getItem(storageKey) ?? '{}') };
const save = () => localStorage.setItem(storageKey, JSON.stringify(state));

/** @type {any} */ let api;
/** @type {any[]} */ let calls = [];
let counts = zeroCounts();
/** @type {string[]} */ const notes = [...config.warnings];
const failures = { commits: 0 };
let running = false;
let startTotal = '';

const cmi = () => (api ? api.renderCMIToJSONObject().cmi : {});
const panel = createPanel({
  status: () =>
    `SCORM ${config.schemaversion ?? version} · ${config.title} · learner ${LEARNER.name} · attempt ${state.attempt} · session ${state.session} · ${running ? 'running' : 'exited'}`,
  cmi,
  calls: () => calls,
  notes: () => notes,
  dump: () => ({ package: config, learner: LEARNER, ...state, calls, notes, cmi: cmi() }),
});

function launch() {
  state.session++;
  const data = launchData({ version, info: config, learner: LEARNER, stored: state.stored });
  startTotal = data[model.totalTime];
  api = new ApiClass({ lmsCommitUrl: false, autocommit: false, logLevel: 5 });
  api.loadFromFlattenedJSON(data);
  calls = [];
  counts = zeroCounts();
  instrument(api, version, {
    session: state.session,
    failures,
    onCall(call) {
      calls.push(call);
      counts[/** @type {keyof typeof counts} */ (/** @type {any} */ (model.functions)[call.fn])]++;
      checkHabits(call);
      panel.update();
    },
    onCommit() {
      const flat = api.getFlattenedCMI();
      flat[model.totalTime] = addTime(version, startTotal, flat[model.sessionTime] ?? '');
      state.stored = flat;
      save();
    },
  });
  win[model.apiName] = api;
  running = true;
  save();
  frame.src = config.launchUrl;
  panel.update();
}

/** Unload the course frame, as an LMS does when the learner leaves the activity. */
async function exit() {
  if (!running) return;
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
    setTimeout(resolve, 3000);
    frame.src = 'about:blank';
  });
  running = false;
  if (!api.isTerminated())
    notes.push(
      `Session ${state.session} ended without ${version === '1.2' ? 'LMSFinish' : 'Terminate'}: the LMS keeps only what was committed.`,
    );
  state.sessions.push(cmi());
  save();
  panel.update();
}

/** A new session: resume the attempt after exit `suspend`, otherwise start a new attempt. */
async function relaunch() {
  await exit();
  if (state.stored && !resumes(version, state.stored)) state.attempt++;
  launch();
}

async function reset() {
  await exit();
  localStorage.removeItem(storageKey);
  state = fresh();
  launch();
}

/** Point out what real LMSs do differently (see LMS-NOTES.md). */
function checkHabits(/** @type {any} */ call) {
  const value = (/** @type {string} */ key) => api.getFlattenedCMI()[key];
  if (call.fn === 'LMSFinish' && value('cmi.core.lesson_status') === 'not attempted') {
    notes.push(
      'LMSFinish with lesson_status "not attempted": Moodle 4.5 stores this as "completed". Set "incomplete" at the first launch.',
    );
  }
  if (call.fn === 'Terminate' && value('cmi.score.scaled') !== '' && value('cmi.score.raw') === '') {
    notes.push('Terminate with cmi.score.scaled but no cmi.score.raw: Moodle 4.5 grades from the raw score (grade 0).');
  }
  if (call.fn.endsWith('Initialize') && counts.Initialize > 1)
    notes.push('Initialize was called more than once in this session.');
}

function loadScript(/** @type {string} */ src) {
  return new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src, onload: resolve });
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    document.head.append(script);
  });
}

document.getElementById('exit')?.addEventListener('click', () => exit());
document.getElementById('relaunch')?.addEventListener('click', () => relaunch());
document.getElementById('reset')?.addEventListener('click', () => reset());

win.__lms = {
  version,
  get calls() {
    return calls;
  },
  get counts() {
    return counts;
  },
  get sessions() {
    return state.sessions;
  },
  get attempt() {
    return state.attempt;
  },
  get notes() {
    return notes;
  },
  cmi,
  stored: () => state.stored,
  failCommits: (/** @type {number} */ n) => {
    failures.commits = n;
  },
  relaunch,
  exit,
  reset,
};
// A page reload continues like a new launch of the stored attempt.
if (state.session > 0) await relaunch();
else launch();
