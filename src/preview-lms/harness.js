// @ts-check
/**
 * The preview LMS, browser side: plays the package's SCO in a frame with scorm-again as the API,
 * keeps the learner's data between sessions like an LMS does (as the chosen LMS profile does),
 * and exposes `window.__lms` for tests: state, fault injection, and the stores with their bytes.
 *
 * `__lms.calls` and `__lms.counts` cover the current session (reset at each launch);
 * `__lms.sessions` holds the CMI at each exit; `__lms.stored()` is what the LMS has committed;
 * `__lms.stores` lists every store (session, channel, bytes, sent).
 */
import { instrument, zeroCounts } from './api-wrap.js';
import { noFaults } from './faults.js';
import { addTime, launchData, MODEL, resumes } from './lms-rules.js';
import { lmsState } from './lms-state.js';
import { activityCompletion, beaconChannel, byteSize, storeBody, storeElements } from './moodle-store.js';
import { createPanel } from './panel.js';
import { profile as findProfile } from './profiles.js';

const LEARNER = { id: 'eva.jansen', name: 'Jansen, Eva' };
const win = /** @type {any} */ (window);

/** The package as read by the server (see read-manifest.ts `PackageInfo`), where to launch it, and the LMS profile.
 * @type {{ version: '1.2'|'2004', schemaversion: string | null, identifier: string, title: string, launchUrl: string, warnings: string[],
 *   masteryScore?: string, scaledPassingScore?: string, completionThreshold?: string, dataFromLMS?: string,
 *   lms: { profile: string, slowCalls: number, commitMs?: number } }} */
const config = await fetch('/lms/config.json').then((r) => r.json());
const { version } = config;
const model = MODEL[version];
const profileName = config.lms.profile;
const profile = { ...findProfile(profileName), ...(config.lms.commitMs ? { commitMs: config.lms.commitMs } : {}) };
await loadScript(`/lms/scorm-again/${version === '1.2' ? 'scorm12' : 'scorm2004'}.js`);
const ApiClass = version === '1.2' ? win.Scorm12API : win.Scorm2004API;

const lms = lmsState(`scorm-preview:${config.identifier}`);
/** @type {any} */ let api;
/** @type {any[]} */ let calls = [];
let counts = zeroCounts();
/** @type {string[]} */ const notes = [...config.warnings];
const faults = { ...noFaults(), slowMs: config.lms.slowCalls };
const beacon = beaconChannel(profile.beaconQuota ?? Number.POSITIVE_INFINITY);
let running = false;
let unloading = false;
let session = 0;
let startTotal = '';
/** Moodle 1.2 sends what changed since this; 2004 compares scalars with the launch data. */
let baseline = /** @type {Record<string, string>} */ ({});

const cmi = () => (api ? api.renderCMIToJSONObject().cmi : {});
const activity = () => (profile.activityRule ? activityCompletion(version, lms.get().stored) : null);
const panel = createPanel({
  status: () =>
    `SCORM ${config.schemaversion ?? version} · LMS ${profileName} · ${config.title} · learner ${LEARNER.name} · attempt ${lms.get().attempt} · session ${session} · ${running ? 'running' : 'exited'}`,
  activity,
  cmi,
  calls: () => calls,
  stores: () => lms.get().stores,
  notes: () => notes,
  dump: () => ({ package: config, learner: LEARNER, ...lms.get(), calls, notes, cmi: cmi() }),
});

/** The course frame; made again when a fault (or the LMS) removed it. */
function courseFrame() {
  const existing = /** @type {HTMLIFrameElement | null} */ (document.getElementById('content'));
  if (existing) return existing;
  const frame = Object.assign(document.createElement('iframe'), { id: 'content', name: 'content', title: 'Course' });
  document.querySelector('main')?.prepend(frame);
  return frame;
}

function launch() {
  const record = lms.update((r) => {
    r.session++;
  });
  session = record.session;
  const omit = [...(profile.unset?.[version] ?? [])];
  const data = launchData({
    version,
    info: config,
    learner: LEARNER,
    stored: record.stored,
    restore: profile.restore,
    omit,
  });
  startTotal = data[model.totalTime];
  const review = /review/.test(data['cmi.mode'] ?? data['cmi.core.lesson_mode'] ?? '');
  baseline = version === '1.2' && review ? {} : data;
  api = new ApiClass({ lmsCommitUrl: false, autocommit: false, logLevel: 5 });
  api.loadFromFlattenedJSON(data);
  calls = [];
  counts = zeroCounts();
  unloading = false;
  beacon.reset();
  instrument(api, version, {
    session,
    faults,
    profile,
    onCall(call) {
      calls.push(call);
      counts[/** @type {keyof typeof counts} */ (/** @type {any} */ (model.functions)[call.fn])]++;
      checkHabits(call);
      panel.update();
    },
    store,
  });
  win[model.apiName] = api;
  running = true;
  const frame = courseFrame();
  frame.addEventListener('load', watchUnload);
  frame.src = config.launchUrl;
  panel.update();
}

/** Stores after the course page starts to unload go by beacon, as Moodle's player sends them. */
function watchUnload(/** @type {Event} */ event) {
  const frame = /** @type {HTMLIFrameElement} */ (event.target);
  frame.contentWindow?.addEventListener('pagehide', () => {
    unloading = true;
  });
}

/** One store of the SCO's data into the LMS, through XHR or (at exit, with a quota) a beacon. */
function store(/** @type {'Commit'|'Terminate'} */ fn) {
  const flat = api.getFlattenedCMI();
  const terminating = fn === 'Terminate';
  const total = addTime(version, startTotal, flat[model.sessionTime] ?? '');
  const moodle = profile.store === 'moodle';
  const elements = moodle ? storeElements(version, flat, baseline) : flat;
  const bytes = byteSize(moodle ? storeBody(elements, terminating ? total : undefined) : JSON.stringify(flat));
  const channel = profile.beaconQuota && (terminating || unloading) ? 'beacon' : 'xhr';
  const sent = channel === 'xhr' || beacon.send(bytes);
  lms.update((r) => {
    r.stores.push({ session, fn, channel, bytes, sent });
    if (!sent) return;
    const totalTime = !moodle || terminating ? { [model.totalTime]: total } : {};
    r.stored = moodle ? { ...r.stored, ...elements, ...totalTime } : { ...flat, ...totalTime };
  });
  if (moodle && version === '1.2' && sent) baseline = { ...baseline, ...elements };
  panel.update();
  if (sent) return { ok: true, note: `${channel} store of ${bytes} bytes` };
  const note = `${fn}: the beacon of ${bytes} bytes was refused (${beacon.inFlight} bytes still in flight, quota ${profile.beaconQuota}); nothing of it reached the LMS.`;
  notes.push(note);
  return { ok: false, note };
}

/** Unload the course frame, as an LMS does when the learner leaves the activity. */
async function exit() {
  if (!running) return;
  unloading = true;
  const frame = document.getElementById('content');
  if (frame instanceof HTMLIFrameElement)
    await new Promise((resolve) => {
      frame.addEventListener('load', resolve, { once: true });
      setTimeout(resolve, 3000);
      frame.src = 'about:blank';
    });
  running = false;
  if (!api.isTerminated())
    notes.push(
      `Session ${session} ended without ${version === '1.2' ? 'LMSFinish' : 'Terminate'}: the LMS keeps only what was committed.`,
    );
  lms.update((r) => {
    r.sessions.push(cmi());
  });
  panel.update();
}

/** A new session: resume the attempt after exit `suspend`, otherwise start a new attempt (Moodle: the same one). */
async function relaunch() {
  await exit();
  const { stored } = lms.get();
  if (stored && !resumes(version, stored) && profile.restore !== 'moodle')
    lms.update((r) => {
      r.attempt++;
    });
  launch();
}

async function reset() {
  await exit();
  lms.clear();
  launch();
}

/** The LMS takes the course frame away (e.g. the learner opens another activity in Moodle's page). */
function removeFrame() {
  unloading = true;
  document.getElementById('content')?.remove();
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
// Another tab of the same learner changed the LMS record.
window.addEventListener('storage', () => panel.update());

win.__lms = {
  version,
  profile: profileName,
  get calls() {
    return calls;
  },
  get counts() {
    return counts;
  },
  get sessions() {
    return lms.get().sessions;
  },
  get attempt() {
    return lms.get().attempt;
  },
  get notes() {
    return notes;
  },
  get stores() {
    return lms.get().stores;
  },
  get running() {
    return running;
  },
  cmi,
  stored: () => lms.get().stored,
  activity,
  failCommits: (/** @type {number} */ n) => {
    faults.commits = n;
  },
  /** Refuse SetValue on elements matching `pattern` (a RegExp source) with `code`. */
  refuse: (/** @type {{ pattern: string, code: string }} */ rule) => {
    faults.refuse.push(rule);
  },
  /** Make `fn` ('SetValue', 'Commit', …; 2004 names) throw for elements matching `pattern`. */
  throwOn: (/** @type {{ fn: string, pattern?: string }} */ rule) => {
    faults.throwOn.push({ fn: rule.fn, pattern: rule.pattern ?? '' });
  },
  slowCalls: (/** @type {number} */ ms) => {
    faults.slowMs = ms;
  },
  clearFaults: () => Object.assign(faults, noFaults()),
  removeFrame,
  relaunch,
  exit,
  reset,
};
// A page reload (or a second tab) continues like a new launch of the stored attempt.
if (lms.get().session > 0) await relaunch();
else launch();
