import type { ProgressState } from './state.ts';

/** The location set last; on a tie (or without times, old `P1.` data) the first record's. */
function newerLocation(a: ProgressState, b: ProgressState): Pick<ProgressState, 'location' | 'locationAt'> {
  if (!b.location) return { location: a.location, locationAt: a.locationAt };
  if (!a.location || (b.locationAt ?? -1) > (a.locationAt ?? -1))
    return { location: b.location, locationAt: b.locationAt };
  return { location: a.location, locationAt: a.locationAt };
}

/**
 * Combines two records of the same learner (the LMS's and this device's backup) without losing
 * anything: visits and tested-out parts are united, the best score, best scenario ending and most
 * attempts are kept, the newer location wins.
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
  const scenarios = new Map(a.scenarios);
  for (const [id, sc] of b.scenarios) {
    const mine = scenarios.get(id);
    scenarios.set(
      id,
      mine ? { best: Math.max(mine.best, sc.best) as typeof sc.best, plays: Math.max(mine.plays, sc.plays) } : sc,
    );
  }
  const days = [a.completedDay, b.completedDay].filter((d): d is number => d !== null);
  return {
    visited: new Set([...a.visited, ...b.visited]),
    quizzes,
    ...newerLocation(a, b),
    completedDay: days.length ? Math.min(...days) : null,
    testedOut: new Set([...a.testedOut, ...b.testedOut]),
    scenarios,
  };
}
