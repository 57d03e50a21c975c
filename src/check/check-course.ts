/** `checkCourse(root)`: load a course folder and run every rule family over it. */
import { loadCourse } from './load.ts';
import { rules } from './rules.ts';
import { sortDiagnostics, type Diagnostic } from '../course/source/diagnostic.ts';

export type { Diagnostic } from '../course/source/diagnostic.ts';

/** Every problem in the course at `root` (the folder holding `modules/` and `quizzes/`), sorted by file and line. */
export async function checkCourse(root: string): Promise<Diagnostic[]> {
  const course = await loadCourse(root);
  return sortDiagnostics([...course.loadProblems, ...Object.values(rules).flatMap((rule) => rule(course))]);
}
