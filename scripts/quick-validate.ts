// Temporary content validator used while the full checker is being built.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { moduleSchema } from '../src/schemas/module.ts';
import { quizSchema } from '../src/schemas/quiz.ts';
import { glossaryTermSchema } from '../src/schemas/glossary.ts';

const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
let errors = 0;
const report = (file: string, msg: string) => { errors++; console.log(`${file}: ${msg}`); };
const quizIds = new Set(readdirSync('quizzes').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')));
for (const f of walk('quizzes').filter((f) => f.endsWith('.yaml'))) {
  const r = quizSchema.safeParse(parse(readFileSync(f, 'utf8')));
  if (!r.success) for (const i of r.error.issues) report(f, `${i.path.join('.')}: ${i.message}`);
}
for (const f of walk('modules/glossary').filter((f) => f.endsWith('.yaml'))) {
  const r = glossaryTermSchema.safeParse(parse(readFileSync(f, 'utf8')));
  if (!r.success) for (const i of r.error.issues) report(f, `${i.path.join('.')}: ${i.message}`);
}
const terms = new Set(readdirSync('modules/glossary').map((f) => f.replace(/\.yaml$/, '')));
for (const f of walk('modules').filter((f) => f.endsWith('.mdx'))) {
  const src = readFileSync(f, 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n/.exec(src);
  if (!m) { report(f, 'no frontmatter'); continue; }
  const r = moduleSchema.safeParse(parse(m[1]));
  if (!r.success) for (const i of r.error.issues) report(f, `${i.path.join('.')}: ${i.message}`);
  for (const q of src.matchAll(/<Quiz\s+id="([^"]+)"/g)) if (!quizIds.has(q[1])) report(f, `quiz ${q[1]} not found`);
  for (const t of src.matchAll(/<Term\s+id="([^"]+)"/g)) if (!terms.has(t[1])) report(f, `glossary term ${t[1]} has no file modules/glossary/${t[1]}.yaml`);
  const body = src.slice(m[0].length).replace(/<[^>]+>/g, ' ');
  console.log(`${f}: ${body.split(/\s+/).filter(Boolean).length} words`);
}
console.log(errors ? `${errors} problem(s)` : 'all content valid');
process.exit(errors ? 1 : 0);
