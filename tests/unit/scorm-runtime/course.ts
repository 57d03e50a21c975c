import type { CourseData } from '../../../src/progress/course-data.ts';
import { courseData } from '../../helpers/course-data.ts';
import type { QuestionAnswer } from '../../../src/runtime/answer.ts';

/** Three modules with a quiz each; the last quiz is the final test (the course score). */
export const course = (over: Partial<CourseData> = {}): CourseData =>
  courseData(['welkom', 'veiligheid', 'eindtoets'], { scoreQuiz: 'eindtoets', ...over });

/** `n` answered questions of quiz `quizId`. */
export const answers = (quizId: string, n: number): QuestionAnswer[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${quizId}.vraag-${i + 1}`,
    type: 'choice',
    response: ['a'],
    correct: ['b'],
    result: 'wrong',
    description: `Vraag ${i + 1}`,
    at: new Date(2026, 10, 28, 10, 0, 0),
    latencyMs: 5000,
  }));

/** A localStorage for node: what the browser gives the runtime. */
export function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, String(v)),
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
    key: (i: number) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}
