// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { courseToolkit } from './src/integrations/course-toolkit.ts';
import { rehypeCourseLinks } from './src/markdown/rehype-course-links.ts';
import { rehypeScrollTables } from './src/markdown/rehype-scroll-tables.ts';
import { remarkCoursePlacement } from './src/markdown/remark-course-placement.ts';
import { remarkFigureAssets } from './src/markdown/remark-figure-assets.ts';
import { loadCourse } from './src/course/load-course.ts';
import { dictionaries } from './src/i18n/index.ts';

const course = loadCourse();

export default defineConfig({
  // Pages as `name.html` files: they open from a folder and from any LMS path without a server rewrite.
  build: { format: 'file', inlineStylesheets: 'never' },
  trailingSlash: 'never',
  outDir: './dist',
  devToolbar: { enabled: false },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkCoursePlacement, remarkFigureAssets],
      rehypePlugins: [
        [rehypeCourseLinks, { externalLabel: dictionaries[course.language].externalLink }],
        [rehypeScrollTables, { label: dictionaries[course.language].table }],
      ],
    }),
  },
  // The toolkit checks the course, serves or writes the browser runtime, and after the build adds
  // relative URLs, the search index and the SCORM zips: `astro build` alone makes the whole course.
  integrations: [mdx(), courseToolkit()],
});
