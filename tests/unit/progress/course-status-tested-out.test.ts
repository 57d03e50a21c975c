/**
 * Completion with test-out: under `all-visited-or-tested-out-and-quizzes-passed` the modules of a part
 * whose pre-test was passed and marked count as done and their quizzes are waived; the score quiz never
 * is. Under the other rules a mark changes nothing. Also what SCORM then reports, and the round trip of
 * the marks through the progress encoding.
 */
import { describe, expect, it } from 'vitest';
import { progressKey, type CourseData } from '../../../src/progress/course-data.ts';
import { decodeProgress, encodeProgress } from '../../../src/progress/encoding.ts';
import {
  courseStatus,
  emptyState,
  markTestedOut,
  recordQuiz,
  visit,
  type ProgressState,
} from '../../../src/progress/state.ts';
import { reportValues } from '../../../src/runtime/scorm/report.ts';
import { courseData } from '../../helpers/course-data.ts';

const NOW = Date.UTC(2026, 11, 2, 12);
const rule = 'all-visited-or-tested-out-and-quizzes-passed' as const;
const part = (id: string, modules: string[], pretest?: string) => ({
  id,
  key: progressKey(id),
  title: id,
  modules,
  pretest,
});
function course(over: Partial<CourseData> = {}): CourseData {
  const base = courseData(['welkom', 'veiligheid', 'grenzen', 'eindtoets'], { rule, scoreQuiz: 'eindtoets', ...over });
  const pretest = {
    id: 'voortoets',
    key: progressKey('voortoets'),
    title: 'Voortoets',
    module: '',
    graded: false,
    passMark: 80,
    attempts: 2,
  };
  return {
    ...base,
    parts: [part('basis', ['welkom', 'veiligheid'], 'voortoets'), part('verdieping', ['grenzen', 'eindtoets'])],
    quizzes: [...base.quizzes, pretest],
  };
}
const steps = (s: ProgressState, ...fns: ((s: ProgressState) => ProgressState)[]) => fns.reduce((acc, f) => f(acc), s);
const pass =
  (id: string, percent = 90) =>
  (s: ProgressState) =>
    recordQuiz(s, id, percent);
const see = (id: string) => (s: ProgressState) => visit(s, id, NOW);
const mark =
  (id: string, on = true) =>
  (s: ProgressState) =>
    markTestedOut(s, id, on);
/** A learner who tested out of `basis` and did all of `verdieping`. */
const testedOutLearner = steps(
  emptyState(),
  pass('voortoets'),
  mark('basis'),
  see('grenzen'),
  pass('grenzen'),
  see('eindtoets'),
  pass('eindtoets'),
);

describe('courseStatus with tested-out parts', () => {
  it.each([
    [
      'tested out of basis, rest done',
      rule,
      testedOutLearner,
      { complete: true, passed: true, testedOutCount: 2, missingModules: [] },
    ],
    [
      'the same learner under the rule without test-out',
      'all-visited-and-quizzes-passed' as const,
      testedOutLearner,
      {
        complete: false,
        testedOutCount: 0,
        missingModules: ['welkom', 'veiligheid'],
        missingQuizzes: ['welkom', 'veiligheid'],
      },
    ],
    [
      'marked without passing the pre-test (crafted data): ignored',
      rule,
      steps(testedOutLearner, pass('voortoets', 50), (s) => ({
        ...s,
        quizzes: new Map(s.quizzes).set('voortoets', { best: 50, last: 50, attempts: 1 }),
      })),
      { complete: false, testedOutCount: 0, testedOutParts: [] },
    ],
    [
      'the final test is never waived, even in a tested-out part',
      rule,
      steps(emptyState(), pass('voortoets'), mark('basis'), mark('verdieping'), see('grenzen'), pass('grenzen')),
      { complete: false, missingQuizzes: ['eindtoets'], missingModules: ['eindtoets'] },
    ],
    [
      'undone: the modules count again only once visited',
      rule,
      steps(testedOutLearner, mark('basis', false)),
      { complete: false, testedOutCount: 0, missingModules: ['welkom', 'veiligheid'] },
    ],
    [
      'tested out but one module read anyway: it stays "bekeken"',
      rule,
      steps(testedOutLearner, see('welkom')),
      { complete: true, visitedCount: 3, testedOutCount: 1 },
    ],
  ])('%s', (_, r, state, expected) => {
    expect(courseStatus(course({ rule: r }), state)).toMatchObject(expected);
  });

  it('counts tested-out modules and waived quizzes as progress, and never a pre-test as a step', () => {
    const before = courseStatus(course(), steps(emptyState(), pass('voortoets')));
    expect(before.progress).toBe(0);
    const after = courseStatus(course(), steps(emptyState(), pass('voortoets'), mark('basis')));
    // 4 modules + 4 graded quizzes: 2 modules tested out, 2 quizzes waived.
    expect(after.progress).toBe(4 / 8);
    expect(after.testedOutParts).toEqual(['basis']);
  });

  it('without a score quiz, averages only the quizzes that count (a waived quiz only if taken)', () => {
    const c = course({ scoreQuiz: undefined });
    const s = steps(emptyState(), pass('voortoets'), mark('basis'), pass('grenzen', 80), pass('eindtoets', 100));
    expect(courseStatus(c, s).score).toBe(90);
  });
});

describe('what the LMS gets for a learner who tested out', () => {
  const values = (version: '1.2' | '2004', s: ProgressState) =>
    Object.fromEntries(reportValues(version, { status: courseStatus(course(), s), location: '', suspendData: 'x' }));

  it('SCORM 1.2: passed once the rest is done, decided by the final test', () => {
    expect(values('1.2', testedOutLearner)['cmi.core.lesson_status']).toBe('passed');
    expect(values('1.2', steps(testedOutLearner, pass('eindtoets', 40)))['cmi.core.lesson_status']).toBe('passed');
    const failedFinal = steps(
      emptyState(),
      pass('voortoets'),
      mark('basis'),
      see('grenzen'),
      pass('grenzen'),
      see('eindtoets'),
      pass('eindtoets', 40),
    );
    // Everything else done, the final test not passed: not complete, and with attempts left not failed.
    expect(values('1.2', failedFinal)['cmi.core.lesson_status']).toBe('incomplete');
    const noAttemptsLeft = { ...course(), quizzes: course().quizzes.map((q) => ({ ...q, attempts: 1 })) };
    const final = Object.fromEntries(
      reportValues('1.2', { status: courseStatus(noAttemptsLeft, failedFinal), location: '', suspendData: 'x' }),
    );
    expect(final['cmi.core.lesson_status']).toBe('failed');
  });

  it('SCORM 2004: completed and passed, progress 1', () => {
    const v = values('2004', testedOutLearner);
    expect([v['cmi.completion_status'], v['cmi.success_status'], v['cmi.progress_measure']]).toEqual([
      'completed',
      'passed',
      '1',
    ]);
  });
});

describe('tested-out marks in the progress encoding', () => {
  it('round-trips the mark and the pre-test result, and the pre-test marks no module as visited', () => {
    const c = course();
    const back = decodeProgress(c, encodeProgress(c, testedOutLearner), NOW);
    expect([...back.testedOut]).toEqual(['basis']);
    expect(back.quizzes.get('voortoets')).toEqual({ best: 90, last: 90, attempts: 1 });
    expect([...back.visited].sort()).toEqual(['eindtoets', 'grenzen']);
    expect(courseStatus(c, back).complete).toBe(true);
  });
});
