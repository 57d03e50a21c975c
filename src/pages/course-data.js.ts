import type { APIRoute } from 'astro';
import { courseContext } from '../course/context.ts';

/**
 * Course facts and interface text for the browser runtime, as a classic script that every page
 * shares (cached once; works from a folder, where `fetch` of a JSON file would not).
 */
export const GET: APIRoute = async () => {
  const { courseData, dict } = await courseContext();
  const body = `window.__COURSE__=${JSON.stringify(courseData)};window.__UI__=${JSON.stringify(dict)};`;
  return new Response(body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
