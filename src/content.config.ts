import { defineCollection } from 'astro:content';
import { courseLoader } from './course/content-loader.ts';

// The authored content lives at the top of the repo (or in COURSE_ROOT), outside src/, so authors
// never touch code. The course reader finds and validates it; see src/course/content-loader.ts.
export const collections = {
  modules: defineCollection({ loader: courseLoader('modules') }),
  quizzes: defineCollection({ loader: courseLoader('quizzes') }),
  glossary: defineCollection({ loader: courseLoader('glossary') }),
};
