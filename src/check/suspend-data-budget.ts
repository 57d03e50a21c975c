/**
 * Rule family `tracking-budget`: the worst case of what the course stores in the LMS, per SCORM
 * version, must fit. (a) `cmi.suspend_data` with every module visited and every quiz taken to its
 * last attempt: SCORM 1.2 allows 4,096 characters, 2004 64,000 (many LMSs cut at 4,096). (b) One
 * store as Moodle's player sends it (every element, all interaction records of the allowed
 * attempts): at most 32 KiB, half the browser's beacon quota, or the learner's last data is lost.
 */
import { buildOutline, toCourseData } from '../course/outline.ts';
import { placedIds, placementOf } from '../markdown/placement.ts';
import { correctIndices } from '../quiz/types/choice/options.ts';
import { reportsInteractions, type CourseData } from '../progress/course-data.ts';
import { encodeProgress } from '../progress/encoding.ts';
import { emptyState, nowSeconds, today, visit } from '../progress/state.ts';
import type { QuestionAnswer } from '../runtime/answer.ts';
import { scormAdapter } from '../runtime/scorm/adapter.ts';
import { reportsScenarios, SCENARIO_STORE_SHARE_BYTES } from '../runtime/scorm/scenario-interaction.ts';
import { rte, SUSPEND_DATA_SAFE_LENGTH, type ScormVersion } from '../scorm/cmi/spec.ts';
import { STORE_BUDGET_BYTES, storeBytes } from '../scorm/cmi/store-size.ts';
import { SCORM_VERSIONS } from '../scorm/spec.ts';
import { courseSchema } from '../schemas/course.ts';
import { moduleSchema } from '../schemas/module.ts';
import type { GradedQuestion } from '../schemas/question.ts';
import { isGraded, quizSchema, type Quiz } from '../schemas/quiz.ts';
import { field, type LoadedCourse, type Rule } from './model.ts';
import { diagnostic, type Diagnostic } from './types.ts';

const RULE = 'tracking-budget';
/** Attempts assumed for a quiz with unlimited attempts in the suspend_data case (one base-36 digit). */
const STORED_ATTEMPTS_MAX = 35;
/** Fewer attempts' answers than this fitting the budget is worth a warning. */
const FEW_ATTEMPTS = 3;
const n = (x: number) => x.toLocaleString('en');
const letters = (count: number) => Array.from({ length: count }, (_, i) => String.fromCharCode(97 + i));

/** The longest answer a learner can give to a question, as the quiz reports it. */
function worstAnswer(quizId: string, q: GradedQuestion): QuestionAnswer {
  const base = {
    id: `${quizId}.${q.id}`,
    result: 'wrong',
    description: '',
    at: new Date(),
    latencyMs: 359_999_990,
  } as const;
  switch (q.type) {
    case 'single':
    case 'multiple': {
      // The key is known; a multiple-response answer can be every option, a single-choice answer one.
      const key = correctIndices(q).map((i) => String.fromCharCode(97 + i));
      const response = q.type === 'single' ? ['a'] : letters(q.options.length);
      return { ...base, type: 'choice', response, correct: key };
    }
    case 'truefalse':
      return { ...base, type: 'true-false', response: ['false'], correct: ['false'] };
    case 'matching': {
      const pairs = q.pairs.map((_, i) => [String(i + 1), String.fromCharCode(97 + i)] as [string, string]);
      return { ...base, type: 'matching', response: pairs, correct: pairs };
    }
    case 'ordering':
      return { ...base, type: 'sequencing', response: letters(q.items.length), correct: letters(q.items.length) };
    default:
      // A free answer: the quiz sends at most 250 characters of it.
      return { ...base, type: 'fill-in', response: ['w'.repeat(250)], correct: q.type === 'text' ? q.accepted : [] };
  }
}

/**
 * The answers all `attempts` attempts report at worst: every graded question each time, or for a
 * question bank (`draw`) the largest records of each pool — `count` per attempt, and since a draw
 * repeats no question until its pool is used up, distinct ones until then.
 */
function askedOverAttempts(
  q: Quiz,
  attempts: number,
  sized: (question: GradedQuestion) => { answer: QuestionAnswer; bytes: number },
): QuestionAnswer[] {
  const graded = q.questions.filter(isGraded);
  if (!q.draw?.length) return Array.from({ length: attempts }, () => graded.map((x) => sized(x).answer)).flat();
  return q.draw.flatMap(({ pool, count }) => {
    const largest = graded
      .filter((question) => question.pool === pool)
      .map(sized)
      .sort((x, y) => y.bytes - x.bytes)
      .map((x) => x.answer);
    const asked = count * attempts;
    // Past a used-up pool the draw starts over: the largest again.
    return Array.from({ length: asked }, (_, i) => largest[i % largest.length]!).filter(Boolean);
  });
}

/** Course data from the raw files; null when something does not validate (the schema rule says what). */
function courseDataOf(loaded: LoadedCourse): { data: CourseData; quizzes: Quiz[] } | null {
  const course = courseSchema.safeParse(loaded.course?.data);
  const modules = loaded.modules.map((m) => ({ parsed: moduleSchema.safeParse(m.data), tree: m.tree }));
  const quizzes = loaded.quizzes.map((q) => ({ parsed: quizSchema.safeParse(q.data), id: q.id }));
  if (!course.success || modules.some((m) => !m.parsed.success || !m.tree) || quizzes.some((q) => !q.parsed.success))
    return null;
  const quizList = quizzes.map((q) => ({ ...q.parsed.data!, id: q.id }));
  const outline = buildOutline(
    course.data,
    modules.map((m) => ({ data: m.parsed.data!, quizzes: placedIds(placementOf(m.tree!)).quizzes })),
  );
  // Scenarios whose `module` is unreadable cost the same bytes: the key is all the data needs.
  const scenarios = loaded.scenarios.map((sc) => ({ id: sc.id, module: field(sc.data, 'module') ?? '' }));
  return { data: toCourseData(course.data, outline, quizList, scenarios), quizzes: quizList };
}

/** Every module visited, every quiz taken to its last attempt, every part tested out, every scenario played
 * to its best ending many times, the course completed. */
function worstState(data: CourseData) {
  let state = emptyState();
  for (const m of data.modules) state = visit(state, m.id);
  for (const q of data.quizzes)
    state = {
      ...state,
      quizzes: new Map(state.quizzes).set(q.id, { best: 100, last: 100, attempts: q.attempts || STORED_ATTEMPTS_MAX }),
    };
  const longest = [...data.modules].sort((a, b) => b.id.length - a.id.length)[0];
  const scenarios = new Map(data.scenarios.map((sc) => [sc.id, { best: 2 as const, plays: STORED_ATTEMPTS_MAX }]));
  return {
    ...state,
    location: longest?.id ?? null,
    locationAt: nowSeconds(),
    completedDay: today(),
    testedOut: new Set(data.parts.map((p) => p.id)),
    scenarios,
  };
}

export type TrackingBudget = {
  version: ScormVersion;
  suspendData: number;
  /** Bytes of a full store without interaction records, and of one attempt of each reported quiz. */
  storeBase: number;
  perAttempt: { quiz: string; attempts: number; bytes: number }[];
  /** Bytes the scenarios' interaction records may take (`SCENARIO_STORE_SHARE_BYTES`), 0 without scenarios. */
  scenarioShare: number;
  /** The full store with every reported quiz at its allowed attempts (unlimited counted once) and the scenario share. */
  storeTotal: number;
};

/** The worst-case sizes for one version (exported for the bench and the report). */
export function trackingBudget(data: CourseData, quizzes: Quiz[], version: ScormVersion): TrackingBudget {
  const state = worstState(data);
  const cmi = scormAdapter(data, version);
  const base = [...cmi.state(state), ...cmi.sessionTime(359_999_990)];
  let index = 0;
  const perAttempt = quizzes
    .filter((q) => reportsInteractions(data, q.id) && data.quizzes.some((d) => d.id === q.id))
    .map((q) => {
      // Attempts as resolved (the score quiz has a default policy); 0 means unlimited, counted once.
      const attempts = data.quizzes.find((d) => d.id === q.id)!.attempts;
      const counted = Math.max(1, attempts);
      const answers = askedOverAttempts(q, counted, (question) => {
        const answer = worstAnswer(q.id, question);
        return { answer, bytes: storeBytes(cmi.answers(q.id, [answer], 0)) };
      });
      const values = cmi.answers(q.id, answers, index);
      index += values.length ? answers.length : 0;
      // Bytes of one attempt on average: the store holds `counted` of them.
      return { quiz: q.id, attempts, bytes: values.length ? Math.ceil((storeBytes(values) + 1) / counted) : 0 };
    })
    .filter((a) => a.bytes > 0);
  const storeBase = storeBytes(base);
  const scenarioShare = data.scenarios.length && reportsScenarios(data) ? SCENARIO_STORE_SHARE_BYTES : 0;
  const storeTotal =
    storeBase + scenarioShare + perAttempt.reduce((sum, a) => sum + a.bytes * Math.max(1, a.attempts), 0);
  return { version, suspendData: encodeProgress(data, state).length, storeBase, perAttempt, scenarioShare, storeTotal };
}

function diagnose(b: TrackingBudget, at: Parameters<typeof diagnostic>[1]): Diagnostic[] {
  const file = 'modules/course.yaml';
  const out: Diagnostic[] = [];
  const limit = rte[b.version].limits.suspendData;
  const v = `SCORM ${b.version}`;
  if (b.suspendData > limit)
    out.push(
      diagnostic(
        file,
        at,
        'error',
        RULE,
        `With every module visited and every quiz taken, the progress data (\`cmi.suspend_data\`) is ${n(b.suspendData)} characters, more than the ${n(limit)} ${v} allows: LMSs cut it off and learners lose their progress. Split the course into two courses, or remove modules or quizzes.`,
      ),
    );
  else if (b.version === '2004' && b.suspendData > SUSPEND_DATA_SAFE_LENGTH)
    out.push(
      diagnostic(
        file,
        at,
        'warning',
        RULE,
        `With every module visited and every quiz taken, the progress data (\`cmi.suspend_data\`) is ${n(b.suspendData)} characters: ${v} allows 64,000, but many LMSs cut it at ${n(SUSPEND_DATA_SAFE_LENGTH)}. Consider splitting the course.`,
      ),
    );
  if (b.storeTotal > STORE_BUDGET_BYTES) {
    const quizzes = b.perAttempt.map((a) => `\`${a.quiz}\``).join(', ');
    out.push(
      diagnostic(
        file,
        at,
        'error',
        RULE,
        `With every reported quiz at its last attempt, one store as Moodle sends it (${v}) is ${n(b.storeTotal)} bytes, more than the ${n(STORE_BUDGET_BYTES)} that reliably reach the LMS when a learner leaves (half the browser's beacon quota). Set \`tracking.interactions: none\` or \`score-quiz\`, or lower \`attempts\` in the quizzes whose answers are reported (${quizzes})${b.scenarioShare ? `; ${n(b.scenarioShare)} bytes of it are kept for the records of played scenarios` : ''}.`,
      ),
    );
  }
  // Unlimited attempts: the runtime stops sending answer records before the budget is reached, so
  // only a budget that leaves room for fewer than a few attempts is worth the author's attention.
  for (const a of b.perAttempt.filter((x) => x.attempts === 0)) {
    const fit = Math.floor((STORE_BUDGET_BYTES - b.storeTotal) / a.bytes) + 1;
    if (fit >= 1 && fit < FEW_ATTEMPTS)
      out.push(
        diagnostic(
          file,
          at,
          'warning',
          RULE,
          `Quiz \`${a.quiz}\` has unlimited attempts and its answers are reported to the LMS (${v}): a store as Moodle sends it holds the answers of only ${fit} attempt${fit === 1 ? '' : 's'} within ${n(STORE_BUDGET_BYTES)} bytes; later answers are not recorded (the result still is). Set \`attempts: ${Math.max(1, fit)}\` in quizzes/${a.quiz}.yaml, or \`tracking.interactions: none\`.`,
        ),
      );
  }
  return out;
}

export const trackingBudgetRule: Rule = (loaded) => {
  const course = courseDataOf(loaded);
  if (!course) return [];
  const at = loaded.course?.lineOf(['tracking', 'interactions']) ?? loaded.course?.lineOf(['tracking']);
  return SCORM_VERSIONS.flatMap((version) => diagnose(trackingBudget(course.data, course.quizzes, version), at));
};
