/** Bank and policy rules: draws that their pools can serve, and a score quiz that really certifies. */
import { type Diagnostic, diagnostic } from '../../course/source/diagnostic.ts';
import { field, list } from '../model.ts';
import type { QuizFacts } from './items.ts';
import { thresholds as t } from './thresholds.ts';

export function drawProblems(quiz: QuizFacts): Diagnostic[] {
  const sizes = new Map<string, number>();
  for (const item of quiz.items) if (item.pool) sizes.set(item.pool, (sizes.get(item.pool) ?? 0) + 1);
  const known = [...sizes.keys()].map((p) => `\`${p}\``).join(', ') || 'none';
  return list(quiz.data, 'draw').flatMap((rule, i) => {
    const pool = field(rule, 'pool');
    const count = Number(field(rule, 'count'));
    if (!pool || !Number.isInteger(count)) return []; // the schema rule reports the shape
    const at = quiz.quiz.lineOf(['draw', i]);
    const size = sizes.get(pool) ?? 0;
    if (!size)
      return [
        diagnostic(
          quiz.file,
          quiz.quiz.lineOf(['draw', i, 'pool']) ?? at,
          'error',
          'quiz-draw',
          `\`draw\` names pool \`${pool}\`, but no question of this quiz has \`pool: ${pool}\` (pools here: ${known}). Fix the pool id, or give questions that pool.`,
        ),
      ];
    if (count > size)
      return [
        diagnostic(
          quiz.file,
          quiz.quiz.lineOf(['draw', i, 'count']) ?? at,
          'error',
          'quiz-draw',
          `\`draw\` asks ${count} questions from pool \`${pool}\`, which has ${size}. Lower \`count\` to ${size} or less, or add questions to the pool.`,
        ),
      ];
    if (size < count * t.poolOverDrawMin)
      return [
        diagnostic(
          quiz.file,
          quiz.quiz.lineOf(['draw', i, 'count']) ?? at,
          'warning',
          'quiz-draw',
          `Pool \`${pool}\` has ${size} questions for a draw of ${count}: fewer than ${t.poolOverDrawMin}× the draw, so a second attempt repeats questions. Add ${count * t.poolOverDrawMin - size} or more.`,
        ),
      ];
    return [];
  });
}

/** The score quiz: limited attempts and no right answers shown before the last attempt. */
export function scoreQuizPolicy(quiz: QuizFacts): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (quiz.data.attempts === 0)
    out.push(
      diagnostic(
        quiz.file,
        quiz.quiz.lineOf(['attempts']),
        'warning',
        'quiz-policy',
        'The course score quiz allows unlimited attempts (`attempts: 0`), so it can be passed by retrying. Set `attempts` (e.g. 3), or leave it out for the default of 3.',
      ),
    );
  if (quiz.data.reveal === 'immediately')
    out.push(
      diagnostic(
        quiz.file,
        quiz.quiz.lineOf(['reveal']),
        'warning',
        'quiz-policy',
        'The course score quiz shows the right answers at once (`reveal: immediately`), so a retry needs no knowledge. Use `reveal: after-pass-or-last-attempt` (the default) or `never`.',
      ),
    );
  return out;
}
