/**
 * The course facts of the parts' pre-tests for the browser (`CourseData`): a pre-test is shown on a
 * page of its own, in no module (`module: ''`), and never counts for completion or the course score
 * (`graded: false`); its attempts and best score travel in the progress data like any quiz's.
 */
import { progressKey, type CourseData } from '../../progress/course-data.ts';
import type { Course } from '../../schemas/course.ts';
import type { Quiz } from '../../schemas/quiz.ts';
import { resolvePolicy } from './policy.ts';

export function pretestQuizData(course: Course, quizzes: Map<string, Quiz>): CourseData['quizzes'] {
  return course.parts.flatMap((part) => {
    const quiz = part.pretest ? quizzes.get(part.pretest) : undefined;
    if (!quiz) return [];
    const policy = resolvePolicy(quiz, false, true);
    return [
      {
        id: quiz.id,
        key: progressKey(quiz.id),
        title: quiz.title,
        module: '',
        graded: false,
        passMark: quiz.passMark,
        attempts: policy.attempts,
        scoring: policy.scoring,
      },
    ];
  });
}
