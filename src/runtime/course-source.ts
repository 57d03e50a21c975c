import type { CourseData } from '../progress/course-data.ts';
import { type CoursePack, type PartTitles, unpackCourseData } from '../progress/course-pack.ts';

declare global {
  interface Window {
    /** Set by `course-data.js` on every page. */
    __COURSE_PACK__: CoursePack;
    /** Set by each `course-titles/<part>.js` that has loaded. */
    __COURSE_TITLES__?: Record<string, PartTitles>;
  }
}

let cached: { data: CourseData; titles: number } | undefined;

/**
 * The whole `CourseData`, assembled from the shared pack and the title scripts loaded so far
 * (titles of other parts are empty until `loadPartTitles` brings them). Rebuilt only when titles arrive.
 */
export function assembledCourse(): CourseData {
  const titles = window.__COURSE_TITLES__ ?? {};
  const loaded = Object.keys(titles).length;
  if (cached?.titles !== loaded) cached = { data: unpackCourseData(window.__COURSE_PACK__, titles), titles: loaded };
  return cached.data;
}

/** Where the title scripts live: beside `course-data.js`, whatever the page's depth or the site's sub-path. */
function titlesUrl(partId: string): string {
  const data = document.querySelector<HTMLScriptElement>('script[src$="course-data.js"]');
  return new URL(`course-titles/${encodeURIComponent(partId)}.js`, data?.src ?? document.baseURI).href;
}

/**
 * Loads the titles of `partIds` that are not here yet, as classic scripts (`fetch` of a local file
 * fails under file://). Resolves when all have run; a part whose script fails keeps empty titles.
 */
export function loadPartTitles(partIds: string[]): Promise<void> {
  const missing = [...new Set(partIds)].filter((id) => !window.__COURSE_TITLES__?.[id]);
  return Promise.all(
    missing.map(
      (id) =>
        new Promise<void>((resolve) => {
          const script = document.createElement('script');
          script.src = titlesUrl(id);
          script.onload = script.onerror = () => resolve();
          document.head.append(script);
        }),
    ),
  ).then(() => undefined);
}

// Tests, the console and older scripts read `window.__COURSE__`: give them the assembled data.
if (typeof window !== 'undefined' && !Object.getOwnPropertyDescriptor(window, '__COURSE__'))
  Object.defineProperty(window, '__COURSE__', { get: assembledCourse, configurable: true });
