import type { APIRoute, GetStaticPaths } from 'astro';
import { courseContext } from '../../course/context.ts';
import { partTitles } from '../../progress/course-pack.ts';

/** `course-titles/<part>.js`: the titles of one part's modules and quizzes, for the views that show them. */
export const getStaticPaths: GetStaticPaths = async () => {
  const { courseData } = await courseContext();
  return courseData.parts.map((p) => ({ params: { part: p.id } }));
};

export const GET: APIRoute = async ({ params }) => {
  const { courseData } = await courseContext();
  const part = JSON.stringify(params.part);
  const titles = JSON.stringify(partTitles(courseData, params.part!));
  // A classic script (not JSON): it loads from a folder (file://) too, where `fetch` fails.
  const body = `(window.__COURSE_TITLES__=window.__COURSE_TITLES__||{})[${part}]=${titles};`;
  return new Response(body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
