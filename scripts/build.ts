// `npm run build`: checks the course, builds the site, indexes search, writes both SCORM
// packages, then puts everything in dist/ at once. Any error leaves the previous dist/ untouched.
import { rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs, styleText } from 'node:util';
import { checkCourse } from '../src/check/check-course.ts';
import { formatReport } from '../src/check/format.ts';
import { writeSearchIndex } from '../src/build/search-index.ts';
import { swapDir } from '../src/build/swap-dir.ts';
import { exportScorm } from '../src/scorm/export.ts';
import { loadCourse } from '../src/course/load-course.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' }, root: { type: 'string' } } });
if (values.root) process.env.COURSE_ROOT = resolve(values.root);
const courseRoot = resolve(process.env.COURSE_ROOT ?? '.');
const outDir = resolve(values.out);
const staging = `${outDir}.staging-${process.pid}`;
const timings: Record<string, number> = {};
const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
  const start = performance.now();
  try {
    return await work();
  } finally {
    timings[name] = (performance.now() - start) / 1000;
  }
};

try {
  const problems = await step('check', () => checkCourse(courseRoot));
  const errors = problems.filter((d) => d.severity === 'error');
  if (errors.length) {
    console.error(formatReport(problems));
    console.error(
      `\nThe build stopped before writing anything: fix the ${errors.length} error(s) above (\`npm run check\` lists them again).`,
    );
    process.exit(1);
  }
  process.env.COURSE_CHECKED = '1';
  const { build } = await import('astro');
  await step('astro', () => build({ root: resolve('.'), outDir: staging, logLevel: 'error' }));
  const search = await step('search', () => writeSearchIndex(staging));
  const course = loadCourse();
  const packages = await step('scorm', () => exportScorm({ siteDir: staging, course, outDir: staging }));
  await swapDir(staging, outDir);
  const rel = (p: string) => relative(process.cwd(), p) || '.';
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  console.log(`\n${styleText('bold', 'Built')} ${course.title}`);
  console.log(`  site        ${rel(outDir)}/index.html  (${search.pages} pages indexed for search)`);
  for (const p of packages)
    console.log(
      `  SCORM ${p.version.padEnd(5)} ${rel(join(outDir, relative(staging, p.path)))}  (${mb(p.bytes)}, ${p.files} files)`,
    );
  console.log(
    `  time        ${Object.entries(timings)
      .map(([k, v]) => `${k} ${v.toFixed(1)} s`)
      .join(' · ')}`,
  );
  console.log(
    `\nOpen ${rel(outDir)}/index.html in a browser, or try a package as an LMS would: npm run preview:lms -- ${rel(join(outDir, relative(staging, packages[0]!.path)))}`,
  );
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  console.error(
    `\nThe build failed; ${values.out}/ was left as it was.\n${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
