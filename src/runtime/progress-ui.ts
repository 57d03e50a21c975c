import { courseStatus } from '../progress/state.ts';
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
  const resume = data.modules.find((m) => m.id === state.location);
  document.querySelectorAll<HTMLAnchorElement>('[data-continue]').forEach((link) => {
    if (!resume) return;
    link.href = resume.href;
    link.textContent = `${ui('continueWhereLeft')}: ${resume.title}`;
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
