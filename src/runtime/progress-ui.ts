import type { CourseData } from '../progress/course-data.ts';
import { courseStatus, type ProgressState } from '../progress/state.ts';
import { loadPartTitles } from './course-source.ts';
import { course, ui, type CourseHost } from './host.ts';

/** Shows the learner's progress wherever a page has a place for it (outline, home, bars). */
export function renderProgress(host: CourseHost): void {
  const data = course();
  const state = host.state();
  const status = courseStatus(data, state);
  if (host.detailsUnavailable?.()) {
    renderFinishedWithoutDetails();
    return;
  }
  const label = ui('progressLabel', { done: status.visitedCount, total: data.modules.length });
  const percent = Math.round(status.progress * 100);
  document.querySelectorAll<HTMLProgressElement>('[data-progress-bar]').forEach((bar) => {
    bar.value = percent;
  });
  document.querySelectorAll('[data-progress-label]').forEach((el) => {
    el.textContent = `${label} · ${ui('progressPercent', { percent })}`;
  });
  document.querySelectorAll('[data-progress-summary]').forEach((el) => {
    el.textContent = status.complete
      ? `${label}. ${ui('courseComplete')}`
      : `${label} · ${ui('progressPercent', { percent })}`;
  });
  document.querySelectorAll<HTMLElement>('[data-module-item]').forEach((item) => {
    const seen = state.visited.has(item.dataset.moduleItem!);
    item.classList.toggle('is-visited', seen);
    item.querySelectorAll('[data-visited-label]').forEach((el) => {
      el.textContent = `, ${ui(seen ? 'visited' : 'notVisited')}`;
    });
    item.querySelectorAll('[data-visited-text]').forEach((el) => {
      el.textContent = ui(seen ? 'visited' : 'notVisited');
    });
  });
  renderPartProgress(data, state);
  renderContinue(host, data, state);
}

/** "3 of 8 modules visited" for each part a page shows (`[data-part-item]` around `[data-part-progress]`). */
function renderPartProgress(data: CourseData, state: ProgressState): void {
  document.querySelectorAll<HTMLElement>('[data-part-item]').forEach((item) => {
    const part = data.parts.find((p) => p.id === item.dataset.partItem);
    if (!part) return;
    const done = part.modules.filter((id) => state.visited.has(id)).length;
    item.querySelectorAll('[data-part-progress]').forEach((el) => {
      el.textContent = ui('partProgress', { done, total: part.modules.length });
    });
  });
}

/** Parts whose titles this page has asked for, so a script that fails is not requested again and again. */
const titlesAsked = new Set<string>();

/** "Continue where you left off: <title>": the title comes with its part's title script, loaded on demand. */
function renderContinue(host: CourseHost, data: CourseData, state: ProgressState): void {
  const links = document.querySelectorAll<HTMLAnchorElement>('[data-continue]');
  const resume = data.modules.find((m) => m.id === state.location);
  if (!links.length || !resume) return;
  const part = data.parts.find((p) => p.modules.includes(resume.id));
  if (!resume.title && part && !titlesAsked.has(part.id)) {
    titlesAsked.add(part.id);
    void loadPartTitles([part.id]).then(() => renderProgress(host));
  }
  links.forEach((link) => {
    link.href = resume.href;
    link.textContent = resume.title ? `${ui('continueWhereLeft')}: ${resume.title}` : ui('continueWhereLeft');
  });
}

/** The LMS says finished but holds no details: say so instead of "0 of 41 modules". */
function renderFinishedWithoutDetails(): void {
  const text = ui('completedDetailsUnavailable');
  document.querySelectorAll<HTMLProgressElement>('[data-progress-bar]').forEach((bar) => {
    bar.value = 100;
  });
  document.querySelectorAll('[data-progress-label], [data-progress-summary]').forEach((el) => {
    el.textContent = text;
  });
}
