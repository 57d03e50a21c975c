/**
 * How `npm run build` splits the build over processes so their memory is never added up: the check in
 * a child process, `astro build` in another, then search and SCORM in the parent (which never loads
 * Astro). `astro build` alone still does everything in one process; these switches are set only by
 * `npm run build` (src/build/staged-build.ts) for the Astro process it starts.
 */

/** The course was checked just before this Astro process started: the toolkit does not check it again. */
export const CHECKED_ENV = 'COURSE_TOOLKIT_CHECKED';

/** The toolkit stops after the pages; the parent writes the search index and the SCORM zips. */
export const PACKAGE_LATER_ENV = 'COURSE_TOOLKIT_PACKAGE_LATER';
