import { describe, expect, it } from 'vitest';
import type { CourseStatus } from '../../../src/progress/state.ts';
import { interactionValues, type Interaction } from '../../../src/runtime/scorm/interactions.ts';
import { lessonStatus12, reportValues } from '../../../src/runtime/scorm/report.ts';

const status = (over: Partial<CourseStatus>): CourseStatus => ({
  visitedCount: 1,
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
    suspendData: 'P1.x',
    finished: false,
  };
  it('keeps the 1.2 score back until the course is finished, so the LMS cannot pass an unfinished course', () => {
    expect(reportValues('1.2', report).some(([k]) => k.startsWith('cmi.core.score'))).toBe(false);
  });
  it('sends the 1.2 score before the status, with a dot and at most 2 decimals', () => {
    const values = reportValues('1.2', {
      ...report,
      status: status({ score: 87.456, scoreMet: true, complete: true, passed: true }),
    });
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
  it('sends 2004 raw, min and max with scaled (Moodle grades from raw), and success from the score', () => {
    const values = Object.fromEntries(reportValues('2004', report));
    expect(values).toMatchObject({
      'cmi.score.raw': '87.46',
      'cmi.score.min': '0',
      'cmi.score.max': '100',
      'cmi.score.scaled': '0.87',
      'cmi.success_status': 'passed',
      'cmi.completion_status': 'incomplete',
      'cmi.progress_measure': '0.25',
      'cmi.exit': 'suspend',
    });
  });
  it('ends the attempt normally once the course is complete, and sends no empty location', () => {
    const values = Object.fromEntries(reportValues('2004', { ...report, location: '', finished: true }));
    expect(values['cmi.exit']).toBe('normal');
    expect('cmi.location' in values).toBe(false);
    expect(Object.fromEntries(reportValues('1.2', { ...report, finished: true }))['cmi.core.exit']).toBe('');
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
  it('uses the 1.2 formats', () => {
    expect(Object.fromEntries(interactionValues('1.2', 3, matching))).toEqual({
      'cmi.interactions.3.id': 'quiz.koppel',
      'cmi.interactions.3.type': 'matching',
      'cmi.interactions.3.time': '10:00:00',
      'cmi.interactions.3.correct_responses.0.pattern': '1.a,2.b',
      'cmi.interactions.3.student_response': '1.b,2.a',
      'cmi.interactions.3.result': 'wrong',
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
