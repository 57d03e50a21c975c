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

/**
 * Placements by module and content digest. Every page needs them all; in `astro dev` each request
 * computes the context again, and rendering every module for it made one edit cost as much as the
 * whole course. Kept on `globalThis` because Vite re-runs this file when the content changes.
 */
type Cached = { digest: string | number; placement: Promise<PlacedIds> };
const shared = globalThis as { __coursePlacements?: Map<string, Cached> };
shared.__coursePlacements ??= new Map();
const placements = shared.__coursePlacements;

function cachedPlacement(entry: CollectionEntry<'modules'>): Promise<PlacedIds> {
  const { id, digest } = entry;
  if (digest === undefined) return placementOfEntry(entry);
  const cached = placements.get(id);
  if (cached?.digest === digest) return cached.placement;
  const placement = placementOfEntry(entry);
  placement.catch(() => placements.delete(id));
  placements.set(id, { digest, placement });
  return placement;
}

/** Everything a page needs about the course, computed once per build. */
async function load() {
  const course = loadCourse();
  const entries = await getCollection('modules');
  // What each module renders comes from its syntax tree (remark-course-placement), not from its text.
  const placed = await Promise.all(
    entries.map(async (entry) => {
      const placement = await cachedPlacement(entry);
      return { data: entry.data, quizzes: placement.quizzes, placement };
    }),
  );
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
