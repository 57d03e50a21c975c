/** Session plans as the site orders and times them (src/course/session-plans.ts). */
import { describe, expect, it } from 'vitest';
import { clock, inCourseOrder, paragraphs, programmeOf, stepTimes } from '../../../src/course/session-plans.ts';

describe('step times', () => {
  it.each([
    [0, '0:00'],
    [15, '0:15'],
    [75, '1:15'],
    [120, '2:00'],
    [245, '4:05'],
  ])('%i minutes is %s', (minutes, text) => {
    expect(clock(minutes)).toBe(text);
  });

  it('runs each step from where the previous one ended', () => {
    expect(stepTimes([{ minutes: 15 }, { minutes: 30 }, { minutes: 10 }])).toEqual([
      { start: 0, end: 15 },
      { start: 15, end: 45 },
      { start: 45, end: 55 },
    ]);
  });
});

describe('paragraphs', () => {
  it('splits on empty lines and drops empty ones', () => {
    expect(paragraphs('Een.\nNog een.\n\n  Twee.\n\n\n')).toEqual(['Een.\nNog een.', 'Twee.']);
  });
});

describe('course order', () => {
  const modules = [
    { id: 'a', body: 'tekst' },
    { id: 'b', body: '<SessionPlan id="later" />\n\n<SessionPlan id="eerder" />' },
  ];
  it('orders by module, then by where the module shows the plan', () => {
    const plans = [
      { id: 'eerder', module: 'b' },
      { id: 'x', module: 'a' },
      { id: 'later', module: 'b' },
      { id: 'nergens', module: 'onbekend' },
    ];
    expect(inCourseOrder(plans, modules).map((p) => p.id)).toEqual(['x', 'later', 'eerder', 'nergens']);
  });
});

describe('the example programme', () => {
  it('lists every number up to the highest, with a gap where no plan has it', () => {
    const plans = [{ id: 'drie', programme: 3 }, { id: 'een', programme: 1 }, { id: 'los' }];
    expect(programmeOf(plans)).toEqual([
      { n: 1, plan: { id: 'een', programme: 1 } },
      { n: 2, plan: undefined },
      { n: 3, plan: { id: 'drie', programme: 3 } },
    ]);
  });

  it('is empty without numbered plans', () => {
    const plans: { id: string; programme?: number }[] = [{ id: 'los' }];
    expect(programmeOf(plans)).toEqual([]);
  });
});
