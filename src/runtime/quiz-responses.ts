import type { GradingSpec, Response } from '../quiz/grading-spec.ts';
import type { QuestionResult } from '../quiz/grade.ts';
import type { Interaction } from './scorm/interactions.ts';

const letter = (i: number) => String.fromCharCode(97 + i);
const values = (el: Element, selector: string) => [
  ...el.querySelectorAll<HTMLInputElement | HTMLSelectElement>(selector),
];

/** Reads the learner's answer to one question from its form fields. */
export function readResponse(spec: GradingSpec, el: Element): Response {
  switch (spec.type) {
    case 'single': {
      const checked = values(el, 'input:checked')[0];
      return { type: 'single', choice: checked ? Number(checked.value) : null };
    }
    case 'multiple':
      return { type: 'multiple', choices: values(el, 'input:checked').map((i) => Number(i.value)) };
    case 'truefalse': {
      const checked = values(el, 'input:checked')[0];
      return { type: 'truefalse', answer: checked ? checked.value === 'true' : null };
    }
    case 'matching':
      return {
        type: 'matching',
        matches: values(el, 'select[data-left]')
          .sort((a, b) => Number(a.dataset.left) - Number(b.dataset.left))
          .map((s) => (s.value === '' ? null : Number(s.value))),
      };
    case 'ordering': {
      const placed = values(el, 'select[data-item]').map((s) => ({
        item: Number(s.dataset.item),
        pos: s.value === '' ? NaN : Number(s.value),
      }));
      const complete =
        placed.every((p) => !Number.isNaN(p.pos)) && new Set(placed.map((p) => p.pos)).size === placed.length;
      return { type: 'ordering', order: complete ? placed.sort((a, b) => a.pos - b.pos).map((p) => p.item) : [] };
    }
    case 'text':
      return { type: 'text', text: values(el, 'input[type=text]')[0]?.value ?? '' };
  }
}

/** The same answer as a SCORM interaction (identifiers: options a, b, c…; matching 1.a, 2.b…). */
export function toInteraction(
  quizId: string,
  spec: GradingSpec,
  response: Response,
  result: QuestionResult,
  prompt: string,
  latencyMs: number,
): Interaction {
  const base = {
    id: `${quizId}.${spec.id}`,
    result: result.correct ? 'correct' : 'wrong',
    description: prompt,
    at: new Date(),
    latencyMs,
  } as const;
  switch (spec.type) {
    case 'single':
      return {
        ...base,
        type: 'choice',
        response: response.type === 'single' && response.choice !== null ? [letter(response.choice)] : [],
        correct: [letter(spec.correct)],
      };
    case 'multiple':
      return {
        ...base,
        type: 'choice',
        response: response.type === 'multiple' ? response.choices.map(letter) : [],
        correct: spec.correct.map(letter),
      };
    case 'truefalse':
      return {
        ...base,
        type: 'true-false',
        response: response.type === 'truefalse' && response.answer !== null ? [String(response.answer)] : [],
        correct: [String(spec.answer)],
      };
    case 'matching':
      return {
        ...base,
        type: 'matching',
        response:
          response.type === 'matching'
            ? response.matches.flatMap((m, i) => (m === null ? [] : [[String(i + 1), letter(m)] as [string, string]]))
            : [],
        correct: Array.from({ length: spec.pairs }, (_, i) => [String(i + 1), letter(i)] as [string, string]),
      };
    case 'ordering':
      return {
        ...base,
        type: 'sequencing',
        response: response.type === 'ordering' ? response.order.map(letter) : [],
        correct: Array.from({ length: spec.items }, (_, i) => letter(i)),
      };
    case 'text':
      return {
        ...base,
        type: 'fill-in',
        response: response.type === 'text' ? [response.text.slice(0, 250)] : [],
        correct: [spec.accepted[0] ?? ''],
      };
  }
}
