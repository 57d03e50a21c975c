import { describe, expect, it } from 'vitest';
import { progressKey } from '../../../src/progress/course-data.ts';
import { decodeProgress, decodeProgressChecked, encodeProgress } from '../../../src/progress/encoding.ts';
import { mergeStates } from '../../../src/progress/merge.ts';
import { EARLIEST_DAY } from '../../../src/progress/ranges.ts';
import { emptyState, recordQuiz, today, visit } from '../../../src/progress/state.ts';
import { course } from '../scorm-runtime/course.ts';

const data = course({ quizzes: course().quizzes.map((q) => (q.id === 'eindtoets' ? { ...q, attempts: 3 } : q)) });
const NOW = Date.UTC(2026, 11, 1, 12);

/** A P2 value with a valid checksum around hand-made fields (as a crafted or damaged copy would be). */
function craft(fields: { location?: string; at?: string; day?: string; visited?: string; quizzes?: string }): string {
  const body = [
    'P2',
    fields.location ?? '',
    fields.at ?? '',
    fields.day ?? '',
    fields.visited ?? '',
    fields.quizzes ?? '',
  ].join('.');
  // The checksum as the encoder computes it: these values are well-formed, only out of range.
  const sum = (Number.parseInt(progressKey(body), 36) % 1296).toString(36).padStart(2, '0');
  return `${body}.${sum}`;
}
const b36 = (n: number, w: number) => n.toString(36).padStart(w, '0');
const quizEntry = (id: string, best: number, last: number, attempts: number) =>
  progressKey(id) + b36(best, 2) + b36(last, 2) + b36(attempts, 1);

describe('range checks on decoded progress', () => {
  it.each([
    ['a completion day before 2020', { day: (EARLIEST_DAY - 1).toString(36) }, 'completedDay'],
    ['a completion day after tomorrow', { day: (today(NOW) + 2).toString(36) }, 'completedDay'],
    [
      'a location time in the future',
      { location: progressKey('welkom'), at: (NOW / 1000 + 3 * 86_400).toString(36) },
      'locationAt',
    ],
    ['a best score over 100', { quizzes: quizEntry('welkom', 120, 100, 1) }, 'quiz welkom'],
    ['a last score above the best', { quizzes: quizEntry('welkom', 50, 90, 2) }, 'quiz welkom'],
    ['zero attempts with a score', { quizzes: quizEntry('welkom', 50, 50, 0) }, 'quiz welkom'],
  ])('drops %s and says so', (_, fields, field) => {
    const { state, dropped } = decodeProgressChecked(data, craft(fields), NOW);
    expect(dropped).toEqual([field]);
    expect(state.completedDay).toBeNull();
    expect(state.quizzes.has('welkom')).toBe(false);
  });

  it('accepts a day of today and tomorrow (time zones), and a location that is a module', () => {
    const text = craft({
      day: (today(NOW) + 1).toString(36),
      location: progressKey('veiligheid'),
      at: (NOW / 1000).toString(36),
    });
    const { state, dropped } = decodeProgressChecked(data, text, NOW);
    expect(dropped).toEqual([]);
    expect(state.location).toBe('veiligheid');
  });

  it('caps attempts at what the quiz allows now (the author may have lowered them)', () => {
    const { state, dropped } = decodeProgressChecked(data, craft({ quizzes: quizEntry('eindtoets', 60, 60, 7) }), NOW);
    expect(dropped).toEqual([]);
    expect(state.quizzes.get('eindtoets')).toEqual({ best: 60, last: 60, attempts: 3 });
  });

  it('reads old P1 data and writes P3', () => {
    const p1body = `P1.${progressKey('welkom')}..${progressKey('welkom')}.${quizEntry('veiligheid', 80, 80, 1)}`;
    const p1 = `${p1body}.${(Number.parseInt(progressKey(p1body), 36) % 1296).toString(36).padStart(2, '0')}`;
    const state = decodeProgress(data, p1, NOW);
    expect(state.location).toBe('welkom');
    expect(state.locationAt).toBeNull();
    expect([...state.visited].sort()).toEqual(['veiligheid', 'welkom']);
    expect(encodeProgress(data, state)).toMatch(/^P3\./);
  });
});

describe('merging two records', () => {
  it('lets a newer device location beat an older LMS location', () => {
    const lms = visit(emptyState(), 'welkom', NOW - 3_600_000);
    const device = visit(visit(emptyState(), 'welkom', NOW - 7_200_000), 'eindtoets', NOW - 60_000);
    const roundTrip = (s: typeof lms) => decodeProgress(data, encodeProgress(data, s), NOW);
    expect(mergeStates(roundTrip(lms), roundTrip(device)).location).toBe('eindtoets');
    expect(mergeStates(roundTrip(device), roundTrip(lms)).location).toBe('eindtoets');
  });
  it('keeps what both tabs did: visits, quizzes, the best score and the most attempts', () => {
    const a = recordQuiz(visit(emptyState(), 'welkom'), 'welkom', 60);
    const b = recordQuiz(recordQuiz(visit(emptyState(), 'veiligheid'), 'welkom', 90), 'welkom', 50);
    const merged = mergeStates(a, b);
    expect([...merged.visited].sort()).toEqual(['veiligheid', 'welkom']);
    expect(merged.quizzes.get('welkom')).toEqual({ best: 90, last: 50, attempts: 2 });
  });
});
