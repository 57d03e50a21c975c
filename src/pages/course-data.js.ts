import type { APIRoute } from 'astro';
import { courseContext } from '../course/context.ts';
import { runtimeDictionary } from '../course/runtime-dictionary.ts';
import { packCourseData } from '../progress/course-pack.ts';

/** The source of everything the browser bundles (src/runtime/entries/* and what they import). */
const runtimeSources = Object.values(
  import.meta.glob(['../runtime/**/*.ts', '../quiz/**/*.ts', '../progress/**/*.ts', '../scorm/**/*.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
) as string[];

/**
 * Course facts and interface text for the browser runtime, as a classic script that every page
 * shares (cached once; works from a folder, where `fetch` of a JSON file would not). The course
 * travels packed (`src/progress/course-pack.ts`): ids, minutes and quiz facts, no titles, so the
 * script grows by a few bytes per module; titles come per part from `course-titles/<part>.js`.
 * Of the interface text only what the runtime can show is sent (`runtimeDictionary`).
 */
export const GET: APIRoute = async () => {
  const { courseData, dict } = await courseContext();
  const pack = JSON.stringify(packCourseData(courseData));
  const ui = JSON.stringify(runtimeDictionary(dict, runtimeSources));
  const body = `window.__COURSE_PACK__=${pack};window.__UI__=${ui};`;
  return new Response(body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
