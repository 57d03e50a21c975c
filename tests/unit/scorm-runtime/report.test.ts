import { describe, expect, it } from 'vitest';
import type { CourseStatus } from '../../../src/progress/state.ts';
import { interactionValues, type Interaction } from '../../../src/runtime/scorm/interactions.ts';
import { lessonStatus12, reportValues } from '../../../src/runtime/scorm/report.ts';

const status = (over: Partial<CourseStatus>): CourseStatus => ({
  visitedCount: 1,
  testedOutCount: 0,
  testedOutParts: [],
  progress: 0.25,
  score: null,
  complete: false,
  passed: null,
  scoreMet: null,
  failedFinal: false,
  missingModules: ['b'],
  missingQuizzes: [],
  ...over,
});

describe('SCORM 1.2 lesson status', () => {
  it.each([
    ['just started', status({}), 'incomplete'],
    ['score reached but modules missing', status({ score: 90, scoreMet: true }), 'incomplete'],
    ['complete without any graded quiz', status({ complete: true }), 'completed'],
    ['complete and passed', status({ complete: true, score: 80, passed: true, scoreMet: true }), 'passed'],
    ['complete below the pass mark', status({ complete: true, score: 50, passed: false, scoreMet: false }), 'failed'],
    ['final test failed with no attempts left', status({ score: 40, scoreMet: false, failedFinal: true }), 'failed'],
  ])('%s → %s', (_, s, expected) => expect(lessonStatus12(s)).toBe(expected));
});

describe('report values', () => {
  const report = {
    status: status({ score: 87.456, scoreMet: true }),
    location: 'drama-driehoek',
    suspendData: 'P2.x',
  };
  const finished = status({ score: 87.456, scoreMet: true, complete: true, passed: true, progress: 1 });
  it('keeps the 1.2 score back until the course is finished, so the LMS cannot pass an unfinished course', () => {
    expect(reportValues('1.2', report).some(([k]) => k.startsWith('cmi.core.score'))).toBe(false);
  });
  it('sends the 1.2 score before the status, with a dot and at most 2 decimals', () => {
    const values = reportValues('1.2', { ...report, status: finished });
    expect(values.map(([k]) => k)).toEqual([
      'cmi.core.score.min',
      'cmi.core.score.max',
      'cmi.core.score.raw',
      'cmi.core.lesson_status',
      'cmi.core.lesson_location',
      'cmi.suspend_data',
      'cmi.core.exit',
    ]);
    expect(Object.fromEntries(values)).toMatchObject({
      'cmi.core.score.raw': '87.46',
      'cmi.core.lesson_status': 'passed',
      'cmi.core.exit': 'suspend',
    });
  });
  it('sends 2004 raw, min and max with scaled (Moodle grades from raw) once the course is complete', () => {
    const values = reportValues('2004', { ...report, status: finished });
    expect(values.map(([k]) => k).slice(0, 4)).toEqual([
      'cmi.score.min',
      'cmi.score.max',
      'cmi.score.raw',
      'cmi.score.scaled',
    ]);
    expect(Object.fromEntries(values)).toMatchObject({
      'cmi.score.raw': '87.46',
      'cmi.score.scaled': '0.87',
      'cmi.success_status': 'passed',
      'cmi.completion_status': 'completed',
      'cmi.progress_measure': '1',
    });
  });

  // SCORM 2004 holds score and success until the course rule is met or the final test is failed for
  // good: an LMS judges success from score.scaled (satisfiedByMeasure) and Moodle's "passed or
  // completed" rule would mark the activity done on `passed` alone.
  it.each([
    ['just started', status({}), { completion: 'incomplete', success: undefined, raw: undefined, progress: '0.25' }],
    [
      'final test passed, modules missing',
      status({ score: 100, scoreMet: true, progress: 0.1 }),
      { completion: 'incomplete', success: undefined, raw: undefined, progress: '0.1' },
    ],
    [
      'final test failed, attempts left',
      status({ score: 40, scoreMet: false, passed: false, progress: 0.5 }),
      { completion: 'incomplete', success: undefined, raw: undefined, progress: '0.5' },
    ],
    [
      'final test failed for good',
      status({ score: 40, scoreMet: false, passed: false, failedFinal: true, progress: 0.5 }),
      { completion: 'incomplete', success: 'failed', raw: '40', progress: '0.5' },
    ],
    ['complete and passed', finished, { completion: 'completed', success: 'passed', raw: '87.46', progress: '1' }],
    [
      'complete, below the pass mark (rule all-visited)',
      status({ complete: true, score: 50, scoreMet: false, passed: false, progress: 1 }),
      { completion: 'completed', success: 'failed', raw: '50', progress: '1' },
    ],
    [
      'complete without graded quizzes',
      status({ complete: true, progress: 1 }),
      { completion: 'completed', success: undefined, raw: undefined, progress: '1' },
    ],
  ])('2004, %s', (_, s, expected) => {
    const v = Object.fromEntries(reportValues('2004', { ...report, status: s }));
    expect({
      completion: v['cmi.completion_status'],
      success: v['cmi.success_status'],
      raw: v['cmi.score.raw'],
      progress: v['cmi.progress_measure'],
    }).toEqual(expected);
    expect(v['cmi.score.scaled']).toBe(
      expected.raw === undefined ? undefined : String(Math.round(Number(expected.raw)) / 100),
    );
  });

  it.each(['1.2', '2004'] as const)(
    '%s keeps exit `suspend` after completion, so the LMS restores the data',
    (version) => {
      const values = Object.fromEntries(reportValues(version, { ...report, status: finished }));
      expect(values[version === '1.2' ? 'cmi.core.exit' : 'cmi.exit']).toBe('suspend');
    },
  );
  it('sends no empty location', () => {
    expect('cmi.location' in Object.fromEntries(reportValues('2004', { ...report, location: '' }))).toBe(false);
  });
});

describe('interactions', () => {
  const at = new Date(2026, 10, 28, 10, 0, 0);
  const matching: Interaction = {
    id: 'quiz.koppel',
    type: 'matching',
    response: [
      ['1', 'b'],
      ['2', 'a'],
    ],
    correct: [
      ['1', 'a'],
      ['2', 'b'],
    ],
    result: 'wrong',
    description: 'Koppel',
    at,
    latencyMs: 12_500,
  };
  it('sends no description by default (2004 would allow 250 characters of it)', () => {
    expect(interactionValues('2004', 0, matching).some(([k]) => k.endsWith('.description'))).toBe(false);
    expect(
      Object.fromEntries(interactionValues('2004', 0, matching, { description: true }))[
        'cmi.interactions.0.description'
      ],
    ).toBe('Koppel');
  });
  it('keeps responses within the 1.2 limit of 255 characters, cutting only between whole items', () => {
    const long: Interaction = {
      ...matching,
      type: 'choice',
      response: Array.from({ length: 200 }, (_, i) => `optie${i}`),
      correct: ['a'],
    };
    const response = Object.fromEntries(interactionValues('1.2', 0, long))['cmi.interactions.0.student_response']!;
    expect(response.length).toBeLessThanOrEqual(255);
    expect(response.split(',').every((item) => /^optie\d+$/.test(item))).toBe(true);
  });
  it('uses the 1.2 formats', () => {
    expect(Object.fromEntries(interactionValues('1.2', 3, matching))).toEqual({
      'cmi.interactions.3.id': 'quiz.koppel',
      'cmi.interactions.3.type': 'matching',
      'cmi.interactions.3.time': '10:00:00',
      'cmi.interactions.3.correct_responses.0.pattern': '1.a,2.b',
      'cmi.interactions.3.student_response': '1.b,2.a',
      'cmi.interactions.3.result': 'wrong',
    });
    expect(Object.fromEntries(interactionValues('1.2', 3, matching, { latency: true }))).toMatchObject({
      'cmi.interactions.3.latency': '0000:00:12.50',
    });
  });
  it('uses the 2004 formats', () => {
    const v = Object.fromEntries(interactionValues('2004', 0, matching));
    expect(v).toMatchObject({
      'cmi.interactions.0.learner_response': '1[.]b[,]2[.]a',
      'cmi.interactions.0.correct_responses.0.pattern': '1[.]a[,]2[.]b',
      'cmi.interactions.0.result': 'incorrect',
      'cmi.interactions.0.timestamp': '2026-11-28T10:00:00',
    });
    expect(v['cmi.interactions.0.latency']).toBeUndefined();
    expect(Object.fromEntries(interactionValues('2004', 0, matching, { latency: true }))).toMatchObject({
      'cmi.interactions.0.latency': 'PT12.5S',
    });
  });
  it('writes true/false and fill-in as each version wants', () => {
    const tf: Interaction = { ...matching, type: 'true-false', response: ['false'], correct: ['true'] };
    expect(Object.fromEntries(interactionValues('1.2', 0, tf))['cmi.interactions.0.student_response']).toBe('f');
    expect(Object.fromEntries(interactionValues('2004', 0, tf))['cmi.interactions.0.learner_response']).toBe('false');
    const text: Interaction = {
      ...matching,
      type: 'fill-in',
      response: ['Parentificatie'],
      correct: ['parentificatie'],
    };
    expect(
      Object.fromEntries(interactionValues('2004', 0, text))['cmi.interactions.0.correct_responses.0.pattern'],
    ).toBe('{case_matters=false}parentificatie');
  });
});
