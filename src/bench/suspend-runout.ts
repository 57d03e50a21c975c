/**
 * At which course size SCORM 1.2's 4,096 characters of `cmi.suspend_data` run out. The worst-case
 * string grows by a fixed number of characters per module of a given shape (a quiz in every module,
 * or in every n-th), so two sizes of that shape give the line; the checker is then asked about the
 * sizes either side of the limit, so the report quotes what an author would read.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkCourse } from '../check/check-course.ts';
import { generateCourse } from './generate-course.ts';
import { measureTracking, suspendDataLimits } from './tracking.ts';

const LIMIT = suspendDataLimits['1.2'];

export type Point = { modules: number; length: number };
export type Fit = { perModule: number; base: number; maxModules: number };
export type Edge = { fits: Point; over: Point & { message: string | null } };
export type RunOut = {
  /** A quiz in every module: the line, and (unless skipped) what the checker says at the edge. */
  quizEveryModule: Fit & { checker?: Edge };
  /** The bench's own shape (a quiz in every n-th module), from its measured sizes. */
  benchShape: (Fit & { quizEvery: number }) | null;
};

/** The line through the smallest and largest point; null when they cannot give one. */
export function fitRunOut(points: Point[], limit: number = LIMIT): Fit | null {
  const sorted = [...points].sort((a, b) => a.modules - b.modules);
  const [a, b] = [sorted[0], sorted.at(-1)];
  if (!a || !b || b.modules === a.modules) return null;
  const perModule = (b.length - a.length) / (b.modules - a.modules);
  const base = a.length - perModule * a.modules;
  return { perModule, base, maxModules: Math.floor((limit - base) / perModule) };
}

/** A generated course with a quiz in every module: its worst case and the checker's tracking-budget error. */
async function probe(workDir: string, modules: number, check: boolean) {
  const root = join(workDir, `runout-${modules}`);
  generateCourse({ root, modules, parts: 5, wordsPerModule: 300, seed: modules, quizEvery: 1 });
  try {
    const length = measureTracking(root).length;
    if (!check) return { modules, length, message: null };
    const problem = (await checkCourse(root)).find((d) => d.rule === 'tracking-budget' && d.severity === 'error');
    return { modules, length, message: problem?.message ?? null };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The edge for a quiz in every module; `check: false` skips the checker (quick runs). */
export async function quizEveryModuleRunOut(workDir: string, check: boolean): Promise<RunOut['quizEveryModule']> {
  const fit = fitRunOut([await probe(workDir, 40, false), await probe(workDir, 200, false)])!;
  if (!check) return fit;
  // The line may be off by a character or two (ids differ in length): walk to the real edge.
  let fits = await probe(workDir, fit.maxModules, true);
  while (fits.message && fits.modules > 1) fits = await probe(workDir, fits.modules - 1, true);
  let over = await probe(workDir, fits.modules + 1, true);
  while (!over.message && over.length <= LIMIT) {
    fits = over;
    over = await probe(workDir, over.modules + 1, true);
  }
  return { ...fit, checker: { fits: { modules: fits.modules, length: fits.length }, over } };
}
