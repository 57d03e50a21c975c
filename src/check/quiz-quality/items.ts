/**
 * The quizzes as the quality rules see them: each graded question's facts read from the raw quiz data
 * (the schema rule reports shape problems; here, anything unreadable is skipped), with its position.
 */
import type { Position } from '../../course/source/diagnostic.ts';
import { field, list, type LoadedCourse, type NamedFile } from '../model.ts';

export type Option = { text: string; correct: boolean };
export type Item = {
  id: string;
  type: string;
  prompt: string;
  options: Option[];
  /** True/false: whether the statement is true. */
  answer?: boolean;
  pinOrder: boolean;
  pool?: string;
  /** The question's feedback (general and per option), where it names the module to re-read. */
  feedbackText: string;
  /** Every text of the question (prompt, options, pairs, items), for overlap with module text. */
  allText: string;
  at: (path?: (string | number)[]) => Position | undefined;
};
export type QuizFacts = {
  id: string;
  file: string;
  quiz: NamedFile;
  items: Item[];
  data: Record<string, unknown>;
};

const asRecord = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

function itemOf(quiz: NamedFile, raw: unknown, i: number): Item | null {
  const q = asRecord(raw);
  const type = field(q, 'type');
  if (!type || type === 'reflection') return null;
  const options = list(q, 'options').map((o) => ({
    text: field(o, 'text') ?? '',
    correct: asRecord(o).correct === true,
  }));
  const pairs = list(q, 'pairs').flatMap((p) => [field(p, 'left') ?? '', field(p, 'right') ?? '']);
  const prompt = field(q, 'prompt') ?? '';
  return {
    id: field(q, 'id') ?? `#${i + 1}`,
    type,
    prompt,
    options,
    answer: typeof q.answer === 'boolean' ? q.answer : undefined,
    pinOrder: q.pinOrder === true,
    pool: field(q, 'pool'),
    feedbackText: [
      field(q.feedback, 'correct') ?? '',
      field(q.feedback, 'incorrect') ?? '',
      ...list(q, 'options').map((o) => field(o, 'feedback') ?? ''),
      ...list(q, 'pairs').map((o) => field(o, 'feedback') ?? ''),
    ].join('\n'),
    allText: [prompt, ...options.map((o) => o.text), ...pairs, ...strings(q.items)].join('\n'),
    at: (path = ['prompt']) =>
      quiz.lineOf(['questions', i, ...path]) ?? quiz.lineOf(['questions', i]) ?? quiz.lineOf(['questions']),
  };
}

export function quizFacts(course: LoadedCourse): QuizFacts[] {
  return course.quizzes
    .filter((quiz) => quiz.readable && quiz.data && typeof quiz.data === 'object')
    .map((quiz) => ({
      id: quiz.id,
      file: quiz.file,
      quiz,
      data: asRecord(quiz.data),
      items: list(quiz.data, 'questions').flatMap((q, i) => itemOf(quiz, q, i) ?? []),
    }));
}

/** The course's score quiz id (course.yaml `completion.scoreQuiz`), if any. */
export const scoreQuizId = (course: LoadedCourse) => field(asRecord(course.course?.data).completion, 'scoreQuiz');
