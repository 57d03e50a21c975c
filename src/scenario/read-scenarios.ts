/**
 * The course's scenarios for the site: read by the course reader, validated with the checker's words
 * (a wrong field throws one `FriendlyError` naming file, line and fix). The graph checks are the
 * checker's job (`npm run check`, which a build runs first).
 */
import { readScenarioFiles } from '../course/source/read-course.ts';
import { validateFile } from '../course/source/validate.ts';
import { FriendlyError } from '../schemas/friendly-errors.ts';
import { type Scenario, scenarioSchema } from '../schemas/scenario.ts';

export function readScenarios(root: string): Scenario[] {
  const files = readScenarioFiles(root).map((file) => ({ file, result: validateFile(scenarioSchema, file) }));
  const problems = files.flatMap(({ result }) => result.problems);
  if (problems.length) throw new FriendlyError(problems[0]!.file, problems);
  return files.map(({ file, result }) => ({ ...result.data!, id: file.id }));
}
