/**
 * Test out in the learner's browser: the choice on a pre-test page (one button, undoable), the result
 * of a pre-test per module, and the "vrijgesteld" marks in the outline, on the home page and in the
 * progress text. The rule itself is `src/progress/tested-out.ts`; this file only shows it.
 */
import { courseStatus } from '../progress/state.ts';
import { mayTestOut, TEST_OUT_RULE, testedOutModules } from '../progress/tested-out.ts';
import { course, ui, type CourseHost } from './host.ts';

/** The choice on a pre-test page, as it stands: what to say and which button (if any) to offer. */
function choiceOf(host: CourseHost, partId: string): { text: string; button?: 'mark' | 'undo' } {
  const data = course();
  const state = host.state();
  const part = data.parts.find((p) => p.id === partId)!;
  if (data.rule !== TEST_OUT_RULE) return { text: ui('testOutNotInRule') };
  if (!mayTestOut(data, state, partId)) {
    const passMark = data.quizzes.find((q) => q.id === part.pretest)?.passMark ?? data.passMark;
    return { text: ui('testOutNotYet', { percent: passMark }) };
  }
  if (!state.testedOut.has(partId)) return { text: ui('testOutExplain', { n: part.modules.length }), button: 'mark' };
  // Undoing after completion would take back a finish the LMS already holds.
  if (courseStatus(data, state).complete) return { text: `${ui('testOutDone')} ${ui('testOutLocked')}` };
  return { text: ui('testOutDone'), button: 'undo' };
}

function renderChoice(host: CourseHost, panel: HTMLElement): void {
  const choice = choiceOf(host, panel.dataset.testOut!);
  panel.querySelector('[data-test-out-text]')!.textContent = choice.text;
  const button = panel.querySelector<HTMLButtonElement>('[data-test-out-button]')!;
  button.hidden = !choice.button;
  button.textContent = ui(choice.button === 'undo' ? 'testOutUndo' : 'testOutButton');
  button.dataset.action = choice.button ?? '';
}

/** The result of a pre-test attempt per module: how many of its questions were right, never which answer. */
function renderModuleResult(root: HTMLElement, correct: Record<string, boolean>): void {
  const list = root.querySelector<HTMLElement>('[data-pretest-result]');
  const map = root.querySelector('[data-pretest-modules]');
  if (!list || !map) return;
  const moduleOf = JSON.parse(map.textContent!) as Record<string, string>;
  const tally = new Map<string, { right: number; total: number }>();
  for (const [question, right] of Object.entries(correct)) {
    const module = moduleOf[question];
    if (!module) continue;
    const t = tally.get(module) ?? { right: 0, total: 0 };
    tally.set(module, { right: t.right + (right ? 1 : 0), total: t.total + 1 });
  }
  const items = course()
    .modules.filter((m) => tally.has(m.id))
    .map((m) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = new URL(m.href, document.querySelector<HTMLAnchorElement>('.site-title')!.href).href;
      a.textContent = ui('pretestModuleResult', { title: m.title, ...tally.get(m.id)! });
      li.dataset.allRight = String(tally.get(m.id)!.right === tally.get(m.id)!.total);
      li.append(a);
      return li;
    });
  list.querySelector('ul')!.replaceChildren(...items);
  list.hidden = items.length === 0;
}

/** "Vrijgesteld" wherever the progress shows: outline and home marks, part status, progress text. */
export function renderTestedOut(host: CourseHost): void {
  const data = course();
  const state = host.state();
  if (host.detailsUnavailable?.()) return;
  const status = courseStatus(data, state);
  const testedOut = testedOutModules(data, state);
  document.querySelectorAll<HTMLElement>('[data-module-item]').forEach((item) => {
    const id = item.dataset.moduleItem!;
    // A module read anyway stays "bekeken"; one not read counts through the test-out.
    const mark = testedOut.has(id) && !state.visited.has(id);
    item.classList.toggle('is-tested-out', mark);
    if (!mark) return;
    item.querySelectorAll('[data-visited-label]').forEach((el) => {
      el.textContent = `, ${ui('testedOut')}`;
    });
    item.querySelectorAll('[data-visited-text]').forEach((el) => {
      el.textContent = ui('testedOut');
    });
  });
  document.querySelectorAll<HTMLElement>('[data-part-status]').forEach((el) => {
    const on = status.testedOutParts.includes(el.dataset.partStatus!);
    el.textContent = on ? ui('partTestedOut') : '';
    el.hidden = !on;
  });
  const count = status.testedOutCount;
  if (!count) return;
  document.querySelectorAll('[data-progress-label], [data-progress-summary]').forEach((el) => {
    if (!el.textContent?.includes(ui('progressTestedOut', { n: count })))
      el.textContent = `${el.textContent} · ${ui('progressTestedOut', { n: count })}`;
  });
}

/** Wires the test-out panel of a pre-test page; `refresh` redraws every progress view after a change. */
export function defineTestOut(host: CourseHost, refresh: () => void): void {
  const panel = document.querySelector<HTMLElement>('[data-test-out]');
  if (!panel) return;
  const status = panel.querySelector<HTMLElement>('[data-test-out-status]')!;
  panel.querySelector('[data-test-out-button]')!.addEventListener('click', (event) => {
    const action = (event.currentTarget as HTMLElement).dataset.action;
    if (!action) return;
    host.testOut(panel.dataset.testOut!, action === 'mark');
    status.textContent = ui(action === 'mark' ? 'testOutDone' : 'testOutUndone');
    refresh();
  });
  document.addEventListener('quiz-graded', (event) => {
    renderModuleResult(document.body, (event as CustomEvent<{ correct: Record<string, boolean> }>).detail.correct);
    renderChoice(host, panel);
  });
  renderChoice(host, panel);
}

/** Redraws the pre-test panel (after any progress change). */
export function renderTestOutChoice(host: CourseHost): void {
  const panel = document.querySelector<HTMLElement>('[data-test-out]');
  if (panel) renderChoice(host, panel);
}
