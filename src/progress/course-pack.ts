import { type CourseData, progressKey } from './course-data.ts';

/**
 * `CourseData` as the browser downloads it: every page loads the same small pack (cached once),
 * whose size grows with a few bytes per module, not with titles. Keys and hrefs follow from the ids
 * (`progressKey`, `moduleHref` in src/course/routes.ts, inlined here to keep its dependencies out of
 * the browser), so they are not sent; module and quiz titles travel per part
 * (`PartTitles`, one script per part) and only where a view shows them. `unpackCourseData`
 * rebuilds the same `CourseData` the build made (titles empty for parts not loaded).
 */
type Quiz = CourseData['quizzes'][number];
/** A quiz's facts apart from its id: graded (1/0), pass mark, attempts (0: unlimited), scoring ('' when absent). */
type QuizFacts = [graded: 0 | 1, passMark: number, attempts: number, scoring: '' | 'best' | 'last'];
/**
 * A quiz in a module: just its id when its facts are the pack's `quizDefaults`; the id is `''` when
 * it is the module's own id (the usual case: a module and its quiz share a name).
 */
type PackedQuiz = string | [id: string, ...QuizFacts];
/** A module: id, study minutes, then the quizzes it shows (in order). */
type PackedModule = [id: string, minutes: number, ...quizzes: PackedQuiz[]];

export type CoursePack = {
  v: 1;
  facts: Omit<CourseData, 'modules' | 'parts' | 'scenarios' | 'quizzes'>;
  /** Parts in course order; `size` modules each, consecutive in `modules`. */
  parts: { id: string; title: string; pretest?: string; size: number }[];
  modules: PackedModule[];
  quizDefaults: QuizFacts;
  /** Quizzes shown in no module (a part's pre-test, `module: ''`), with their titles: one per part at most. */
  loose: [id: string, title: string, ...QuizFacts][];
  /** Scenario id and the index (in `modules`) of the module that shows it. */
  scenarios: [id: string, module: number][];
};
/** Titles of one part's modules and of their quizzes, in course order. */
export type PartTitles = { modules: string[]; quizzes: string[] };

const factsOf = (q: Quiz): QuizFacts => [q.graded ? 1 : 0, q.passMark, q.attempts, q.scoring ?? ''];
const sameFacts = (a: QuizFacts, b: QuizFacts) => a.every((x, i) => x === b[i]);

/** The facts most quizzes share, so most quizzes travel as a bare id. */
function commonFacts(quizzes: Quiz[]): QuizFacts {
  const counts = new Map<string, { facts: QuizFacts; n: number }>();
  for (const q of quizzes) {
    const facts = factsOf(q);
    const entry = counts.get(JSON.stringify(facts)) ?? { facts, n: 0 };
    entry.n++;
    counts.set(JSON.stringify(facts), entry);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.facts ?? [1, 0, 0, ''];
}

export function packCourseData(data: CourseData): CoursePack {
  const { modules, parts, scenarios, quizzes, ...facts } = data;
  const quizDefaults = commonFacts(quizzes);
  const quizById = new Map(quizzes.map((q) => [q.id, q]));
  const moduleIndex = new Map(modules.map((m, i) => [m.id, i]));
  const order = parts.flatMap((p) => p.modules);
  if (order.length !== modules.length || order.some((id, i) => modules[i]!.id !== id))
    throw new Error('packCourseData: `parts[].modules` must list every module once, in the order of `modules`.');
  const loose = quizzes.filter((q) => !moduleIndex.has(q.module));
  const quizOrder = [...modules.flatMap((m) => m.quizzes), ...loose.map((q) => q.id)];
  if (quizOrder.length !== quizzes.length || quizOrder.some((id, i) => quizzes[i]!.id !== id))
    throw new Error(
      'packCourseData: `quizzes` must list the modules’ quizzes in module order, then those in no module.',
    );
  return {
    v: 1,
    facts,
    parts: parts.map((p) => ({
      id: p.id,
      title: p.title,
      ...(p.pretest ? { pretest: p.pretest } : {}),
      size: p.modules.length,
    })),
    modules: modules.map((m): PackedModule => {
      const own = quizzes.filter((q) => q.module === m.id);
      if (own.length !== m.quizzes.length || own.some((q, i) => q.id !== m.quizzes[i]))
        throw new Error(
          `packCourseData: the quizzes of module \`${m.id}\` differ between \`modules\` and \`quizzes\`.`,
        );
      const packed = m.quizzes.map((id): PackedQuiz => {
        const facts = factsOf(quizById.get(id)!);
        const short = id === m.id ? '' : id;
        return sameFacts(facts, quizDefaults) ? short : [short, ...facts];
      });
      return [m.id, m.minutes, ...packed];
    }),
    quizDefaults,
    loose: loose.map((q) => [q.id, q.title, ...factsOf(q)]),
    scenarios: scenarios.map((s) => [s.id, moduleIndex.get(s.module) ?? -1]),
  };
}

/** The titles of one part, as its title script carries them. */
export function partTitles(data: CourseData, partId: string): PartTitles {
  const ids = new Set(data.parts.find((p) => p.id === partId)?.modules ?? []);
  return {
    modules: data.modules.filter((m) => ids.has(m.id)).map((m) => m.title),
    quizzes: data.quizzes.filter((q) => ids.has(q.module)).map((q) => q.title),
  };
}

/** `CourseData` from the pack; titles come from `titles` (by part id), empty for parts not loaded. */
export function unpackCourseData(pack: CoursePack, titles: Record<string, PartTitles> = {}): CourseData {
  const modules: CourseData['modules'] = [];
  const quizzes: Quiz[] = [];
  const parts: CourseData['parts'] = [];
  let next = 0;
  for (const part of pack.parts) {
    const own = pack.modules.slice(next, next + part.size);
    next += part.size;
    const names = titles[part.id];
    let quizInPart = 0;
    for (const [i, [id, minutes, ...packed]] of own.entries()) {
      const ids = packed.map((q) => (typeof q === 'string' ? q : q[0]) || id);
      modules.push({
        id,
        key: progressKey(id),
        title: names?.modules[i] ?? '',
        href: `modules/${id}.html`,
        minutes,
        quizzes: ids,
      });
      for (const q of packed) {
        const [short, graded, passMark, attempts, scoring] = typeof q === 'string' ? [q, ...pack.quizDefaults] : q;
        const quizId = short || id;
        const title = names?.quizzes[quizInPart++] ?? '';
        quizzes.push({
          id: quizId,
          key: progressKey(quizId),
          title,
          module: id,
          graded: graded === 1,
          passMark,
          attempts,
          ...(scoring ? { scoring } : {}),
        });
      }
    }
    parts.push({
      id: part.id,
      key: progressKey(part.id),
      title: part.title,
      ...(part.pretest ? { pretest: part.pretest } : {}),
      modules: own.map(([id]) => id),
    });
  }
  for (const [id, title, graded, passMark, attempts, scoring] of pack.loose)
    quizzes.push({
      id,
      key: progressKey(id),
      title,
      module: '',
      graded: graded === 1,
      passMark,
      attempts,
      ...(scoring ? { scoring } : {}),
    });
  const scenarios = pack.scenarios.map(([id, index]) => ({
    id,
    key: progressKey(id),
    module: pack.modules[index]?.[0] ?? '',
  }));
  return { ...pack.facts, modules, parts, scenarios, quizzes };
}
