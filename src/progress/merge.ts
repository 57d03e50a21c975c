import type { ProgressState } from './state.ts';

/**
 * Combines two records of the same learner (the LMS's and this device's backup) without losing
 * anything: visits are united, the best score and most attempts are kept.
 */
export function mergeStates(a: ProgressState, b: ProgressState): ProgressState {
  const quizzes = new Map(a.quizzes);
  for (const [id, q] of b.quizzes) {
    const mine = quizzes.get(id);
    quizzes.set(
      id,
      mine
        ? {
            best: Math.max(mine.best, q.best),
            last: mine.attempts >= q.attempts ? mine.last : q.last,
            attempts: Math.max(mine.attempts, q.attempts),
          }
        : q,
    );
  }
  const days = [a.completedDay, b.completedDay].filter((d): d is number => d !== null);
  return {
    visited: new Set([...a.visited, ...b.visited]),
    quizzes,
    location: a.location ?? b.location,
    completedDay: days.length ? Math.min(...days) : null,
  };
}
