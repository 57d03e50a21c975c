/** Rule family `pass-mark`: a graded quiz must have a score a learner can reach, and one worth reaching. */
import { list, type Rule } from './model.ts';
import { diagnostic } from '../course/source/diagnostic.ts';

export const passMarkRule: Rule = ({ quizzes }) =>
  quizzes.flatMap((quiz) => {
    if (!quiz.readable || !quiz.data || typeof quiz.data !== 'object') return [];
    const { graded = true, passMark = 70 } = quiz.data as { graded?: unknown; passMark?: unknown };
    if (graded === false) return [];
    const questions = list(quiz.data, 'questions');
    const gradedCount = questions.filter((q) => (q as { type?: unknown } | null)?.type !== 'reflection').length;
    const at = quiz.lineOf(['passMark']) ?? quiz.lineOf(['graded']);
    if (questions.length && gradedCount === 0)
      return [
        diagnostic(
          quiz.file,
          at,
          'error',
          'pass-mark',
          `The quiz is graded but has only reflection prompts, so its pass mark of ${passMark} % cannot be reached. Set \`graded: false\`, or add a graded question.`,
        ),
      ];
    if (passMark === 0)
      return [
        diagnostic(
          quiz.file,
          at,
          'warning',
          'pass-mark',
          'The quiz is graded with `passMark: 0`, so every learner passes without a right answer. Set a pass mark, or set `graded: false`.',
        ),
      ];
    return [];
  });
