import { type CollectionEntry, getCollection, render } from 'astro:content';
import { dictionaries, translate, type UiKey } from '../i18n/index.ts';
import type { PlacedIds } from '../markdown/placement.ts';
import { isGraded } from '../schemas/quiz.ts';
import { readScenarios } from '../scenario/read-scenarios.ts';
import { courseRoot, loadCourse } from './load-course.ts';
import { buildOutline, toCourseData } from './outline.ts';

/** What a module renders, as the remark plugin recorded it; without the plugin no quiz would count. */
async function placementOfEntry(entry: CollectionEntry<'modules'>): Promise<PlacedIds> {
  const placement = (await render(entry)).remarkPluginFrontmatter.placement as PlacedIds | undefined;
  if (!placement)
    throw new Error(
      `${entry.filePath} was compiled without remark-course-placement, so its quizzes cannot be found. Add \`remarkCoursePlacement\` (src/markdown/remark-course-placement.ts) to the markdown remark plugins in astro.config.mjs.`,
    );
  return placement;
}

/** Everything a page needs about the course, computed once per build. */
async function load() {
  const course = loadCourse();
  const entries = await getCollection('modules');
  // What each module renders comes from its syntax tree (remark-course-placement), not from its text.
  const placements = await Promise.all(entries.map(placementOfEntry));
  const placed = entries.map((entry, i) => ({
    data: entry.data,
    quizzes: placements[i]!.quizzes,
    placement: placements[i]!,
  }));
  const quizEntries = await getCollection('quizzes');
  const quizzes = quizEntries.map((q) => ({ ...q.data, id: q.id }));
  const scenarios = readScenarios(courseRoot());
  const outline = buildOutline(course, placed);
  const dict = dictionaries[course.language];
  const t = (key: UiKey, values?: Record<string, string | number>) => translate(dict, key, values);
  return {
    course,
    entries,
    placed,
    quizzes,
    outline,
    scenarios,
    courseData: toCourseData(course, outline, quizzes, scenarios),
    t,
    dict,
    isGraded,
  };
}

let pending: ReturnType<typeof load> | undefined;
// Cached for a build; recomputed on every request in the dev server so edits show at once.
export function courseContext(): ReturnType<typeof load> {
  if (!import.meta.env.PROD) return load();
  pending ??= load();
  return pending;
}
export type CourseContext = Awaited<ReturnType<typeof load>>;
