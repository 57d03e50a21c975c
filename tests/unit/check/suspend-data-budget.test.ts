/**
 * The checker's `tracking-budget` rule on the valid fixture course, changed in memory to the cases
 * that cannot fit: a course too long for SCORM 1.2 suspend_data, and answer records of too many
 * allowed attempts for one Moodle store.
 */
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/check/format.ts';
import { loadCourse } from '../../../src/check/load.ts';
import type { LoadedCourse, ModuleFile, NamedFile } from '../../../src/check/model.ts';
import { trackingBudgetRule } from '../../../src/check/suspend-data-budget.ts';

const fixture = () => loadCourse('tests/fixtures/check/valid');
const lines = (loaded: LoadedCourse) => trackingBudgetRule(loaded).map((d) => formatDiagnostic(d));

/** Copies of the first module (each with its own id), so the progress data grows. */
function withModules(loaded: LoadedCourse, count: number): LoadedCourse {
  const first = loaded.modules[0]!;
  const copies: ModuleFile[] = Array.from({ length: count }, (_, i) => ({
    ...first,
    name: `m${i}`,
    data: { ...(first.data as object), id: `kopie-module-${i}`, order: 100 + i },
    source: '',
  }));
  return { ...loaded, modules: [...loaded.modules, ...copies] };
}
function withQuiz(loaded: LoadedCourse, id: string, change: (data: Record<string, unknown>) => object): LoadedCourse {
  const quizzes: NamedFile[] = loaded.quizzes.map((q) =>
    q.id === id ? { ...q, data: change(q.data as Record<string, unknown>) } : q,
  );
  return { ...loaded, quizzes };
}
function withTracking(loaded: LoadedCourse, tracking: object): LoadedCourse {
  return { ...loaded, course: { ...loaded.course!, data: { ...(loaded.course!.data as object), tracking } } };
}

describe('the tracking budget', () => {
  it('has nothing to say about a small course', async () => {
    expect(lines(await fixture())).toEqual([]);
  });

  it('fails a course whose progress data cannot fit in SCORM 1.2, and warns for 2004 above 4,096', async () => {
    const out = lines(withModules(await fixture(), 1100));
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(
      /^modules\/course\.yaml:1:1 error With every module visited and every quiz taken, the progress data \(`cmi\.suspend_data`\) is [\d,]+ characters, more than the 4,096 SCORM 1\.2 allows: LMSs cut it off and learners lose their progress\. Split the course into two courses, or remove modules or quizzes\. \[tracking-budget\]$/,
    );
    expect(out[1]).toMatch(/warning .* SCORM 2004 allows 64,000, but many LMSs cut it at 4,096/);
  });

  it('fails when the answer records of the allowed attempts overflow one Moodle store, and says what to change', async () => {
    const many = withQuiz(await fixture(), 'eindtoets', (q) => ({
      ...q,
      attempts: 30,
      questions: Array.from({ length: 5 }, (_, n) =>
        (q.questions as object[]).map((question, i) => ({ ...question, id: `vraag-${n}-${i}` })),
      ).flat(),
    }));
    const out = lines(many);
    expect(out.length).toBe(2);
    expect(out[1]).toMatch(
      /^modules\/course\.yaml:1:1 error With every reported quiz at its last attempt, one store as Moodle sends it \(SCORM 2004\) is [\d,]+ bytes, more than the 32,768 .* Set `tracking\.interactions: none` or `score-quiz`, or lower `attempts` in the quizzes whose answers are reported \(`eindtoets`\)\. \[tracking-budget\]$/,
    );
    // Not reporting the answers makes it fit.
    expect(lines(withTracking(many, { interactions: 'none' }))).toEqual([]);
  });

  it('warns when unlimited attempts leave room for the answers of only a few', async () => {
    const big = withQuiz(await fixture(), 'eindtoets', (q) => ({
      ...q,
      // Unlimited on purpose: the score quiz defaults to 3 attempts (src/quiz/bank/policy.ts).
      attempts: 0,
      questions: Array.from({ length: 10 }, (_, n) =>
        (q.questions as object[]).map((question, i) => ({ ...question, id: `v-${n}-${i}` })),
      ).flat(),
    }));
    const out = lines(big);
    expect(out).toHaveLength(2);
    expect(out[1]).toMatch(
      /^modules\/course\.yaml:1:1 warning Quiz `eindtoets` has unlimited attempts and its answers are reported to the LMS \(SCORM 2004\): a store as Moodle sends it holds the answers of only [12] attempts? within 32,768 bytes; later answers are not recorded \(the result still is\)\. Set `attempts: [12]` in quizzes\/eindtoets\.yaml, or `tracking\.interactions: none`\. \[tracking-budget\]$/,
    );
  });

  it('counts a question bank by its draw: distinct questions per attempt until a pool is used up', async () => {
    const bank = (draw: object | undefined, attempts: number) =>
      withQuiz(fixtureCourse, 'eindtoets', (q) => ({
        ...q,
        attempts,
        ...(draw ? { draw } : {}),
        questions: Array.from({ length: 12 }, (_, n) =>
          (q.questions as { type: string }[])
            .filter((question) => question.type !== 'reflection')
            .map((question, i) => ({ ...question, id: `b-${n}-${i}`, pool: 'alles' })),
        ).flat(),
      }));
    const fixtureCourse = await fixture();
    // Every question of a 12-fold bank, three times, does not fit; three draws of 5 from it do.
    expect(lines(bank(undefined, 3)).some((l) => l.includes(' error '))).toBe(true);
    expect(lines(bank([{ pool: 'alles', count: 5 }], 3))).toEqual([]);
  });
});
