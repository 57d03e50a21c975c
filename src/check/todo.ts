/** Rule family `todo`: placeholder text left by `npm run new:module` or by an author. */
import type { DataFile, Rule } from './model.ts';
import { diagnostic } from '../course/source/diagnostic.ts';

const marker = /\bTODO\b/;

/** YAML comment lines are skipped: the quiz template's commented examples are not content. */
function placeholders(file: DataFile, isYaml: boolean) {
  return file.source.split('\n').flatMap((line, index) => {
    if (isYaml && line.trimStart().startsWith('#')) return [];
    const column = line.search(marker);
    return column === -1
      ? []
      : [
          diagnostic(
            file.file,
            { line: index + 1, column: column + 1 },
            'warning',
            'todo',
            'Placeholder text `TODO` is still here. Replace it with the real text.',
          ),
        ];
  });
}

export const todoRule: Rule = ({ modules, quizzes }) => [
  ...modules.flatMap((m) => placeholders(m, false)),
  ...quizzes.flatMap((q) => placeholders(q, true)),
];
