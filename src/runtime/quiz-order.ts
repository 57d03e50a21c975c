/**
 * What one attempt shows: the drawn questions (others `hidden`), in the learner's own question and
 * option order. All of it derived from the learner key, quiz id and attempt number (`src/quiz/seed.ts`),
 * so a reload or relaunch shows the same attempt again. Values stay file indices, so grading and SCORM
 * identifiers do not depend on screen positions.
 */
import { drawnQuestions, type DrawRule } from '../quiz/bank/draw.ts';
import { optionOrder, permutation, seedOf } from '../quiz/seed.ts';

type Attempt = { learner: string; quizId: string; attempt: number };

const reorder = (parent: Element | null, children: Element[], order: number[]) => {
  if (parent) parent.append(...order.map((i) => children[i]!));
};

/** The elements in the order the page was built with (remembered on first sight as `data-pos`). */
function asBuilt<T extends HTMLElement>(elements: T[]): T[] {
  elements.forEach((el, i) => {
    el.dataset.pos ??= String(i);
  });
  return [...elements].sort((x, y) => Number(x.dataset.pos) - Number(y.dataset.pos));
}

/** Per question type: the elements whose order is shuffled (option list, right-hand choices, items). */
const shufflers: Record<string, (question: HTMLElement, order: (n: number) => number[]) => void> = {
  single: (q, order) => reorderList(q.querySelector('.options'), order),
  multiple: (q, order) => reorderList(q.querySelector('.options'), order),
  ordering: (q, order) => reorderList(q.querySelector('.pairs'), order),
  matching: (q, order) => {
    const selects = [...q.querySelectorAll('select[data-left]')];
    // One order of right-hand choices for every left item; the empty "choose" entry stays first.
    const choicesOf = (select: Element) =>
      asBuilt([...select.querySelectorAll('option')].filter((o) => o.value !== ''));
    const shown = order(selects[0] ? choicesOf(selects[0]).length : 0);
    for (const select of selects) reorder(select, choicesOf(select), shown);
  },
};

function reorderList(list: Element | null, order: (n: number) => number[]) {
  if (!list) return;
  // From the build's order, so every attempt's order depends on its seed only.
  const children = asBuilt([...list.children] as HTMLElement[]);
  reorder(list, children, order(children.length));
}

/** Ids asked in this attempt; hides the other questions of a bank. */
export function applyDraw(root: HTMLElement, draw: DrawRule[] | undefined, a: Attempt): Set<string> {
  // In the build's order: the draw must not depend on how the last attempt was shuffled.
  const items = asBuilt([...root.querySelectorAll<HTMLElement>('.quiz__questions > .question')]);
  const questions = items.map((el) => ({ id: el.dataset.questionId!, pool: el.dataset.pool }));
  const asked = new Set(drawnQuestions(questions, draw, a.learner, a.quizId, a.attempt));
  for (const el of items) el.hidden = !asked.has(el.dataset.questionId!);
  return asked;
}

/** Shuffles options of every unpinned question, and the questions themselves when `shuffleQuestions`. */
export function applyOrder(root: HTMLElement, a: Attempt, shuffleQuestions: boolean): void {
  const list = root.querySelector('.quiz__questions');
  const written = asBuilt([...root.querySelectorAll<HTMLElement>('.quiz__questions > .question')]);
  reorder(
    list,
    written,
    shuffleQuestions
      ? permutation(written.length, seedOf(a.learner, a.quizId, a.attempt, ''))
      : written.map((_, i) => i),
  );
  for (const q of written) {
    const shuffle = shufflers[q.dataset.type!];
    if (!shuffle || q.dataset.pinOrder === 'true') continue;
    shuffle(q, (n) => optionOrder(n, a.learner, a.quizId, a.attempt, q.dataset.questionId!));
  }
}

/** Every reordered list back in the build's order (for print, which shows the written order). */
export function restoreBuiltOrder(root: HTMLElement): void {
  const lists = new Set<Element>();
  root.querySelectorAll<HTMLElement>('[data-pos]').forEach((el) => {
    if (el.parentElement) lists.add(el.parentElement);
  });
  for (const list of lists) {
    const children = [...list.children] as HTMLElement[];
    if (children.every((c) => c.dataset.pos !== undefined)) list.append(...asBuilt(children));
  }
}
