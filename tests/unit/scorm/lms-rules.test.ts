import { describe, expect, it } from 'vitest';
import { addTime, launchData, refuseSetValue, resumes } from '../../../src/preview-lms/lms-rules.js';

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
