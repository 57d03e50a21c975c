import { defineCollection } from 'astro:content';
import { courseLoader } from './course/content-loader.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { moduleSchema } from './schemas/module.ts';
import { quizObjectSchema } from './schemas/quiz.ts';
import { worksheetSchema } from './schemas/worksheet.ts';
import { sessionPlanSchema } from './schemas/session-plan.ts';

// The authored content lives at the top of the repo (or in COURSE_ROOT), outside src/, so authors
// never touch code. The course reader finds and validates it; see src/course/content-loader.ts.
// The schemas are named here too so that pages get typed entries; the data reaching them has already
// passed the same schemas in the loader (with the checker's wording), so they never fail here.
export const collections = {
  modules: defineCollection({ loader: courseLoader('modules'), schema: moduleSchema }),
  quizzes: defineCollection({ loader: courseLoader('quizzes'), schema: quizObjectSchema }),
  glossary: defineCollection({ loader: courseLoader('glossary'), schema: glossaryTermSchema }),
  worksheets: defineCollection({ loader: courseLoader('worksheets'), schema: worksheetSchema }),
  sessionPlans: defineCollection({ loader: courseLoader('sessionPlans'), schema: sessionPlanSchema }),
};
