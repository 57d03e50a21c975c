/**
 * The real course's progress data for a learner who did everything, test-out included: every module
 * visited, every quiz and pre-test at its last attempt, every part with a pre-test tested out, every
 * scenario played. It must stay within 1,000 characters (a quarter of SCORM 1.2's 4,096).
 */
import { describe, expect, it } from 'vitest';
import { courseDataOf } from '../../../src/course/read-valid-course.ts';
import { encodeProgress } from '../../../src/progress/encoding.ts';
import { courseStatus, emptyState, markTestedOut, recordQuiz, visit } from '../../../src/progress/state.ts';

describe('suspend_data of the whole course with test-out', () => {
  it('fits in 1,000 characters for a learner who did everything', () => {
    const course = courseDataOf('.');
    let s = emptyState();
    for (const m of course.modules) s = visit(s, m.id);
    for (const q of course.quizzes) for (let i = 0; i < (q.attempts || 35); i++) s = recordQuiz(s, q.id, 100 - (i % 2));
    for (const p of course.parts) if (p.pretest) s = markTestedOut(s, p.id);
    for (const sc of course.scenarios) s = { ...s, scenarios: new Map(s.scenarios).set(sc.id, { best: 2, plays: 35 }) };
    s = { ...s, completedDay: 20_000 };
    expect(course.parts.filter((p) => p.pretest)).toHaveLength(3);
    expect(courseStatus(course, s).testedOutParts).toHaveLength(3);
    const text = encodeProgress(course, s);
    console.log(`suspend_data, learner who did everything: ${text.length} characters`);
    expect(text.length).toBeLessThanOrEqual(1000);
    // Reading the whole course takes seconds on a loaded machine.
  }, 60_000);
});
