import { describe, expect, it } from 'vitest';
import { busyWait, faultAnswer, noFaults, profileAnswer } from '../../../src/preview-lms/faults.js';
import { addTime, launchData, refuseSetValue, resumes } from '../../../src/preview-lms/lms-rules.js';
import {
  activityCompletion,
  beaconChannel,
  byteSize,
  storeBody,
  storeElements,
} from '../../../src/preview-lms/moodle-store.js';
import { BEACON_QUOTA, PROFILES, profile } from '../../../src/preview-lms/profiles.js';

const learner = { id: 'eva.jansen', name: 'Jansen, Eva' };

describe('launchData: what a launch starts with', () => {
  it('a first SCORM 1.2 launch: learner, mastery score, ab-initio', () => {
    expect(launchData({ version: '1.2', info: { masteryScore: '70' }, learner, stored: null })).toEqual({
      'cmi.core.student_id': 'eva.jansen',
      'cmi.core.student_name': 'Jansen, Eva',
      'cmi.core.credit': 'credit',
      'cmi.core.lesson_mode': 'normal',
      'cmi.core.lesson_status': 'not attempted',
      'cmi.student_data.mastery_score': '70',
      'cmi.core.entry': 'ab-initio',
      'cmi.core.total_time': '00:00:00',
    });
  });

  it('a first SCORM 2004 launch: learner, scaled passing score, ab-initio', () => {
    expect(launchData({ version: '2004', info: { scaledPassingScore: '0.7' }, learner, stored: null })).toMatchObject({
      'cmi.learner_id': 'eva.jansen',
      'cmi.learner_name': 'Jansen, Eva',
      'cmi.scaled_passing_score': '0.7',
      'cmi.entry': 'ab-initio',
      'cmi.total_time': 'PT0S',
    });
  });

  const stored12 = {
    'cmi.core.exit': 'suspend',
    'cmi.core.lesson_status': 'incomplete',
    'cmi.core.lesson_location': 'p3',
    'cmi.suspend_data': 'abc',
    'cmi.core.score.raw': '40',
    'cmi.core.total_time': '00:05:00',
    'cmi.interactions.0.id': 'q1',
    'cmi.student_preference.audio': '-1',
    'cmi.core.session_time': '00:02:00',
    'cmi.objectives.0.id': 'o1',
  };

  it('after exit "suspend" the attempt resumes with its data (1.2 interactions are write-only: not read back)', () => {
    const data = launchData({ version: '1.2', info: {}, learner, stored: stored12 });
    expect(data).toMatchObject({
      'cmi.core.entry': 'resume',
      'cmi.core.lesson_status': 'incomplete',
      'cmi.core.lesson_location': 'p3',
      'cmi.suspend_data': 'abc',
      'cmi.core.score.raw': '40',
      'cmi.core.total_time': '00:05:00',
      'cmi.objectives.0.id': 'o1',
    });
    expect(data).not.toHaveProperty('cmi.interactions.0.id');
    expect(data).not.toHaveProperty('cmi.core.session_time');
    expect(data).not.toHaveProperty('cmi.core.exit');
  });

  it.each(['', 'logout', 'time-out'])('after exit %j a new attempt starts empty, keeping only preferences', (exit) => {
    const data = launchData({ version: '1.2', info: {}, learner, stored: { ...stored12, 'cmi.core.exit': exit } });
    expect(data).toMatchObject({
      'cmi.core.entry': 'ab-initio',
      'cmi.core.lesson_status': 'not attempted',
      'cmi.student_preference.audio': '-1',
    });
    expect(data).not.toHaveProperty('cmi.suspend_data');
    expect(data).not.toHaveProperty('cmi.core.lesson_location');
  });

  it('SCORM 2004 resumes interactions and objectives too', () => {
    const stored = {
      'cmi.exit': 'suspend',
      'cmi.location': 'm2',
      'cmi.interactions.0.id': 'q1',
      'cmi.objectives.0.id': 'o1',
      'cmi.score.scaled': '0.5',
      'cmi.mode': 'normal',
    };
    expect(launchData({ version: '2004', info: {}, learner, stored })).toMatchObject({
      'cmi.entry': 'resume',
      'cmi.location': 'm2',
      'cmi.interactions.0.id': 'q1',
      'cmi.objectives.0.id': 'o1',
      'cmi.score.scaled': '0.5',
    });
  });
});

describe('resumes', () => {
  it.each([
    ['1.2', { 'cmi.core.exit': 'suspend' }, true],
    ['1.2', { 'cmi.core.exit': '' }, false],
    ['1.2', null, false],
    ['2004', { 'cmi.exit': 'suspend' }, true],
    ['2004', { 'cmi.exit': 'normal' }, false],
    ['2004', { 'cmi.core.exit': 'suspend' }, false],
  ] as const)('%s %j → %s', (version, stored, expected) => expect(resumes(version, stored)).toBe(expected));
});

describe('addTime', () => {
  it.each([
    ['1.2', '00:00:00', '00:01:30', '00:01:30'],
    ['1.2', '0001:59:59', '00:00:01.5', '02:00:00.50'],
    ['1.2', '99:00:00', '02:00:00', '101:00:00'],
    ['2004', 'PT0S', 'PT1M', 'PT1M'],
    ['2004', 'PT1H59M', 'PT1M30.25S', 'PT2H30.25S'],
    ['2004', 'P1DT1H', 'PT0S', 'PT25H'],
    ['2004', 'PT0S', 'garbage', 'PT0S'],
  ] as const)('%s: %s + %s = %s', (version, total, session, expected) =>
    expect(addTime(version, total, session)).toBe(expected),
  );
});

describe('refuseSetValue: the SCORM 1.2 cap on suspend_data', () => {
  it.each([
    ['1.2', 'cmi.suspend_data', 4096, null],
    ['1.2', 'cmi.suspend_data', 4097, '405'],
    ['1.2', 'cmi.core.lesson_location', 5000, null], // scorm-again checks this one itself
    ['2004', 'cmi.suspend_data', 5000, null],
  ] as const)('%s %s with %i characters → %s', (version, element, length, code) => {
    expect(refuseSetValue(version, element, 'x'.repeat(length))?.code ?? null).toBe(code);
  });
});

describe('launchData under the Moodle profile (restore only after suspend, review when finished)', () => {
  const done2004 = {
    'cmi.exit': 'normal',
    'cmi.completion_status': 'completed',
    'cmi.suspend_data': 'x',
    'cmi.location': 'm9',
  };
  it('a finished 2004 attempt after exit normal: review mode, no suspend_data or location, status unknown', () => {
    const data = launchData({ version: '2004', info: {}, learner, stored: done2004, restore: 'moodle' });
    expect(data['cmi.mode']).toBe('review');
    expect(data).not.toHaveProperty('cmi.suspend_data');
    expect(data).not.toHaveProperty('cmi.location');
    expect(data).not.toHaveProperty('cmi.completion_status');
    expect(data['cmi.total_time']).toBe('PT0S');
  });
  it('a suspended attempt resumes with its data; finished, it is in review mode', () => {
    const data = launchData({
      version: '2004',
      info: {},
      learner,
      stored: { ...done2004, 'cmi.exit': 'suspend' },
      restore: 'moodle',
    });
    expect(data).toMatchObject({ 'cmi.mode': 'review', 'cmi.entry': 'resume', 'cmi.suspend_data': 'x' });
    const unfinished = { ...done2004, 'cmi.exit': 'suspend', 'cmi.completion_status': 'incomplete' };
    expect(launchData({ version: '2004', info: {}, learner, stored: unfinished, restore: 'moodle' })).toMatchObject({
      'cmi.mode': 'normal',
      'cmi.completion_status': 'incomplete',
    });
  });
  it('1.2: a passed attempt after a normal exit opens in review mode and keeps its status', () => {
    const stored = { 'cmi.core.exit': '', 'cmi.core.lesson_status': 'passed', 'cmi.suspend_data': 'x' };
    const data = launchData({ version: '1.2', info: {}, learner, stored, restore: 'moodle' });
    expect(data).toMatchObject({ 'cmi.core.lesson_mode': 'review', 'cmi.core.lesson_status': 'passed' });
    expect(data).not.toHaveProperty('cmi.suspend_data');
  });
  it('omits the elements a profile never sets', () => {
    const data = launchData({ version: '1.2', info: {}, learner, stored: null, omit: ['cmi.core.lesson_mode'] });
    expect(data).not.toHaveProperty('cmi.core.lesson_mode');
  });
});

describe("Moodle's stores: what each one sends and how many bytes", () => {
  const launch = { 'cmi.mode': 'normal', 'cmi.location': 'm1', 'cmi.learner_id': 'eva' };
  const now = {
    ...launch,
    'cmi.location': 'm2',
    'cmi.exit': 'suspend',
    'cmi.interactions.0.id': 'q1',
    'cmi.interactions.0.description': 'Wat doe je?',
    'cmi.interactions.0.correct_responses.0.pattern': 'a',
  };
  it('2004: every interaction element every time, scalars only when changed since launch, no read-only ones', () => {
    expect(storeElements('2004', now, launch)).toEqual({
      'cmi.location': 'm2',
      'cmi.exit': 'suspend',
      'cmi.interactions.0.id': 'q1',
      'cmi.interactions.0.description': 'Wat doe je?',
      'cmi.interactions.0.correct_responses.0.pattern': 'a',
    });
    expect(Object.keys(storeElements('2004', now, now))).toEqual([
      'cmi.interactions.0.id',
      'cmi.interactions.0.description',
      'cmi.interactions.0.correct_responses.0.pattern',
    ]);
  });
  it('skips the empty containers scorm-again flattens as objects', () => {
    expect(storeElements('2004', { 'cmi.objectives': {} as unknown as string, 'cmi.exit': 'suspend' }, {})).toEqual({
      'cmi.exit': 'suspend',
    });
  });
    it('1.2: only what changed since the last store', () => {
    expect(
      storeElements('1.2', { 'cmi.core.lesson_location': 'b', 'cmi.suspend_data': 's' }, { 'cmi.suspend_data': 's' }),
    ).toEqual({ 'cmi.core.lesson_location': 'b' });
  });
  it("URL-encodes like Moodle's player, with total time only at Terminate", () => {
    const body = storeBody({ 'cmi.interactions.0.description': 'Wat doe je?' }, 'PT1M');
    expect(body).toMatch(
      /^id=7&a=3&sesskey=\w{10}&attempt=1&scoid=12&cmi__total_time=PT1M&cmi__interactions__N0__description=Wat%20doe%20je%3F$/,
    );
    expect(byteSize(storeBody({ 'cmi.suspend_data': 'é' }))).toBe(
      storeBody({}).length + '&cmi__suspend_data=%C3%A9'.length,
    );
  });
  it('a beacon that does not fit in the 64 KiB still in flight is refused', () => {
    const channel = beaconChannel(BEACON_QUOTA);
    expect(channel.send(50_000)).toBe(true);
    expect(channel.send(20_000)).toBe(false);
    expect(channel.send(15_536)).toBe(true);
    expect(channel.inFlight).toBe(65_536);
    channel.reset();
    expect(channel.send(60_000)).toBe(true);
  });
  it.each([
    [
      '2004',
      { 'cmi.success_status': 'passed', 'cmi.completion_status': 'incomplete', 'cmi.score.raw': '100' },
      true,
      100,
    ],
    ['2004', { 'cmi.success_status': 'unknown', 'cmi.completion_status': 'completed' }, true, null],
    [
      '2004',
      { 'cmi.success_status': 'failed', 'cmi.completion_status': 'incomplete', 'cmi.score.raw': '40' },
      false,
      40,
    ],
    ['1.2', { 'cmi.core.lesson_status': 'failed', 'cmi.core.score.raw': '40' }, false, 40],
    ['1.2', { 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '90' }, true, 90],
    ['1.2', null, false, null],
  ] as const)('activity completion "passed or completed", %s %j → %s, grade %s', (version, stored, complete, grade) => {
    expect(activityCompletion(version, stored)).toEqual({ complete, grade });
  });
});

describe('injected faults and profile quirks, call by call', () => {
  it('refuses matching elements with the given code, throws where asked, fails n commits', () => {
    const faults = { ...noFaults(), commits: 1, refuse: [{ pattern: '^cmi\\.suspend_data$', code: '406' }] };
    faults.throwOn.push({ fn: 'SetValue', pattern: 'interactions\\.3\\.' });
    expect(faultAnswer(faults, '2004', 'SetValue', ['cmi.suspend_data', 'x'])).toMatchObject({
      result: 'false',
      code: '406',
    });
    expect(faultAnswer(faults, '2004', 'SetValue', ['cmi.location', 'x'])).toBeNull();
    expect(faultAnswer(faults, '2004', 'SetValue', ['cmi.interactions.3.id', 'x'])).toHaveProperty('throws');
    expect(faultAnswer(faults, '1.2', 'Commit', [''])).toMatchObject({ result: 'false', code: '101' });
    expect(faultAnswer(faults, '1.2', 'Commit', [''])).toBeNull();
  });
  it('busyWait blocks for the time asked', () => {
    const t0 = performance.now();
    busyWait(30);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(30);
  });
  const session = () => ({ scoreSet: false });
  it.each([
    ['no-lesson-mode', '1.2', ['GetValue', 'cmi.core.lesson_mode'], { result: '', code: '0' }],
    ['no-lesson-mode', '2004', ['GetValue', 'cmi.mode'], { result: '', code: '403' }],
    ['no-interactions-count', '2004', ['GetValue', 'cmi.interactions._count'], { result: '', code: '401' }],
    ['score-before-status', '2004', ['SetValue', 'cmi.success_status', 'passed'], { result: 'false', code: '101' }],
    ['score-before-status', '1.2', ['SetValue', 'cmi.core.lesson_status', 'failed'], { result: 'false', code: '101' }],
    ['score-before-status', '1.2', ['SetValue', 'cmi.core.lesson_status', 'incomplete'], null],
    ['moodle', '2004', ['GetValue', 'cmi.mode'], null],
  ] as const)('%s %s %j → %j', (name, version, [kind, ...args], expected) => {
    const answer = profileAnswer(profile(name), version, kind, args, session());
    if (expected === null) expect(answer).toBeNull();
    else expect(answer).toMatchObject(expected);
  });
  it('score-before-status accepts the status once a raw score was set', () => {
    const s = session();
    expect(profileAnswer(profile('score-before-status'), '2004', 'SetValue', ['cmi.score.raw', '80'], s)).toBeNull();
    expect(
      profileAnswer(profile('score-before-status'), '2004', 'SetValue', ['cmi.success_status', 'passed'], s),
    ).toBeNull();
  });
});

describe('the profile table', () => {
  it.each(Object.entries(PROFILES))('%s says what it does and where that comes from', (_, entry) => {
    expect(entry.summary.length).toBeGreaterThan(20);
    expect(entry.source.length).toBeGreaterThan(20);
  });
  it('an unknown name lists the known ones', () => {
    expect(() => profile('blackboard')).toThrow(/Unknown LMS profile `blackboard`.*moodle, no-lesson-mode/);
  });
});
