/** Writes a synthetic, valid course folder (modules/, quizzes/, glossary) of any size, deterministically. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { progressKey } from '../progress/course-data.ts';
import { nouns, phrase, sentence, slugWords } from './dutch.ts';
import { moduleBody } from './module-text.ts';
import { quizData } from './quiz-data.ts';
import { seeded } from './random.ts';

export type GeneratedCourse = {
  root: string;
  id: string;
  modules: number;
  parts: number;
  moduleIds: string[];
  /** Each module's MDX file, relative to `root`, in module order. */
  moduleFiles: string[];
  quizIds: string[];
};
export type GenerateOptions = {
  root: string;
  modules: number;
  parts?: number;
  wordsPerModule?: number;
  seed?: number;
  /** A quiz in every n-th module (the last module always has one: it scores the course). Default 1: every module. */
  quizEvery?: number;
};

const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** Module ids that are unique and whose 4-character progress keys are unique too (the runtime needs both). */
function moduleIds(count: number, seed: number): string[] {
  const r = seeded(seed);
  const ids: string[] = [];
  const keys = new Set<string>();
  while (ids.length < count) {
    const id = `${slugWords(r, 2)}-${String(ids.length + 1).padStart(3, '0')}`;
    if (keys.has(progressKey(id))) continue;
    keys.add(progressKey(id));
    ids.push(id);
  }
  return ids;
}

export function generateCourse({
  root,
  modules: count,
  parts: partCount = 5,
  wordsPerModule = 1200,
  seed = 1,
  quizEvery = 1,
}: GenerateOptions): GeneratedCourse {
  const r = seeded(seed);
  const id = `benchmark-${count}`;
  const parts = Array.from({ length: partCount }, (_, i) => ({
    id: `deel-${i + 1}`,
    title: `Deel ${i + 1} — ${phrase(r, 3)}`,
    intro: sentence(r),
  }));
  const ids = moduleIds(count, seed + 1);
  const hasQuiz = (index: number) => (count - 1 - index) % quizEvery === 0;
  const quizIds = ids.filter((_, index) => hasQuiz(index));
  const terms = r.sample(nouns, 12);

  mkdirSync(join(root, 'modules', 'glossary'), { recursive: true });
  mkdirSync(join(root, 'quizzes'), { recursive: true });
  for (const part of parts) mkdirSync(join(root, 'modules', part.id), { recursive: true });

  writeFileSync(
    join(root, 'modules', 'course.yaml'),
    yaml({
      id,
      title: `Benchmarkcursus met ${count} modules`,
      language: 'nl',
      version: '1.0',
      description: `Een gegenereerde cursus van ${count} modules om de bouw, de pagina's en de voortgang te meten. ${sentence(r)}`,
      organisation: 'Benchmark',
      parts,
      completion: { rule: 'all-visited-and-quizzes-passed', passMark: 70, scoreQuiz: ids.at(-1) },
      tracking: { sendReflections: false },
    }),
  );

  for (const term of terms) {
    writeFileSync(
      join(root, 'modules', 'glossary', `${term}.yaml`),
      yaml({ term: term.charAt(0).toUpperCase() + term.slice(1), definition: `${sentence(r)} ${sentence(r)}` }),
    );
  }

  const moduleFiles: string[] = [];
  ids.forEach((moduleId, index) => {
    const mr = seeded(seed * 100_003 + index);
    const part = parts[Math.floor((index * partCount) / count)]!;
    const order = index - Math.ceil((parts.indexOf(part) * count) / partCount) + 1;
    const title = phrase(mr, mr.int(3, 5));
    const meta = {
      id: moduleId,
      title,
      part: part.id,
      order,
      summary: `${sentence(mr)} ${sentence(mr)}`,
      goals: Array.from({ length: 3 }, () => `Je kunt uitleggen waarom ${lowerFirst(sentence(mr))}`),
      studyMinutes: 30,
      sources: [
        `Auteur, A. (${2000 + (index % 24)}). ${phrase(mr, 4)}. Uitgeverij.`,
        `Schrijver, B. (2019). ${phrase(mr, 3)}. Tijdschrift, 12(3), 45–67.`,
      ],
    };
    const quizId = hasQuiz(index) ? moduleId : undefined;
    const body = moduleBody(mr, { quizId, terms: index % 2 ? terms : [], words: wordsPerModule });
    const file = `modules/${part.id}/${String(order).padStart(2, '0')}-${moduleId}.mdx`;
    moduleFiles.push(file);
    writeFileSync(join(root, file), `---\n${yaml(meta)}---\n\n${body}`);
    if (quizId) writeFileSync(join(root, 'quizzes', `${quizId}.yaml`), yaml(quizData(mr, title)));
  });

  return { root, id, modules: count, parts: partCount, moduleIds: ids, moduleFiles, quizIds };
}
