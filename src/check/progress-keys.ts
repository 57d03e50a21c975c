/** Rule family `progress-key`: every module and quiz id needs its own short key in the progress data. */
import { keyCollisions } from '../progress/course-data.ts';
import { moduleId, type Rule } from './model.ts';
import { diagnostic } from '../course/source/diagnostic.ts';

export const progressKeyRule: Rule = ({ modules, quizzes }) => {
  const clash = (
    kind: string,
    ids: string[],
    where: (id: string) => { file: string; line?: { line: number; column: number } },
  ) =>
    keyCollisions([...new Set(ids)]).map(([first, second]) => {
      const at = where(second);
      return diagnostic(
        at.file,
        at.line,
        'error',
        'progress-key',
        `The ${kind} ids "${first}" and "${second}" get the same 4-character key in the learner's progress data, so one would overwrite the other. Change one of the two ids a little (before publishing).`,
      );
    });
  return [
    ...clash('module', modules.map(moduleId), (id) => {
      const m = modules.find((x) => moduleId(x) === id)!;
      return { file: m.file, line: m.lineOf(['id']) };
    }),
    ...clash(
      'quiz',
      quizzes.map((q) => q.id),
      (id) => ({ file: quizzes.find((q) => q.id === id)!.file }),
    ),
  ];
};
