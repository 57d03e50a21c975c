/**
 * Attempt and feedback policies of a quiz, with the defaults a course team expects: the course's
 * score quiz is a certifying test (3 attempts, right answers only after passing or after the last
 * attempt, best attempt counts); a part's pre-test never shows right answers (its questions come from
 * the final test) and has 2 attempts; any other quiz is practice (unlimited, answers at once).
 * Browser side: no zod, no schemas.
 */
export type Reveal = 'immediately' | 'after-pass-or-last-attempt' | 'never';
export type Scoring = 'best' | 'last';
export type QuizPolicy = { attempts: number; reveal: Reveal; scoring: Scoring };

/** The defaults per kind of quiz, as data. `attempts: 0` is unlimited. */
export const policyDefaults: Record<'scoreQuiz' | 'pretest' | 'practice', QuizPolicy> = {
  scoreQuiz: { attempts: 3, reveal: 'after-pass-or-last-attempt', scoring: 'best' },
  pretest: { attempts: 2, reveal: 'never', scoring: 'best' },
  practice: { attempts: 0, reveal: 'immediately', scoring: 'best' },
};

/** The policy of one quiz: what its file sets, the defaults for the rest. */
export function resolvePolicy(
  quiz: { attempts?: number; reveal?: Reveal; scoring?: Scoring },
  isScoreQuiz: boolean,
  isPretest = false,
): QuizPolicy {
  const defaults = policyDefaults[isScoreQuiz ? 'scoreQuiz' : isPretest ? 'pretest' : 'practice'];
  return {
    attempts: quiz.attempts ?? defaults.attempts,
    reveal: quiz.reveal ?? defaults.reveal,
    scoring: quiz.scoring ?? defaults.scoring,
  };
}

/** Whether the attempts are used up (never with unlimited attempts). */
export const outOfAttempts = (policy: Pick<QuizPolicy, 'attempts'>, used: number) =>
  policy.attempts > 0 && used >= policy.attempts;

/** Whether right answers and option feedback may be shown after an attempt. */
export function revealsKey(reveal: Reveal, passed: boolean, lastAttempt: boolean): boolean {
  if (reveal === 'immediately') return true;
  if (reveal === 'never') return false;
  return passed || lastAttempt;
}

/** The score that counts, from a quiz record. */
export const countedScore = (record: { best: number; last: number }, scoring: Scoring) =>
  scoring === 'last' ? record.last : record.best;
