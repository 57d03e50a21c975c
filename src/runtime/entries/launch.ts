import { lmsHost } from '../lms-host.ts';
import { course, ui } from '../host.ts';
import { findApi } from '../scorm/find-api.ts';
import { LmsSession } from '../scorm/session.ts';

/**
 * The SCORM launch page: opens the LMS session once, shows the course pages in a frame and
 * keeps the session for all of them, then closes it once when the learner leaves.
 */
const frame = document.querySelector<HTMLIFrameElement>('[data-course-frame]')!;
const notice = document.querySelector<HTMLElement>('[data-launch-notice]')!;
const exitButton = document.querySelector<HTMLButtonElement>('[data-exit]')!;
const say = (text: string) => {
  notice.textContent = text;
  notice.hidden = !text;
};

const found = findApi(window);
if (!found) {
  // No LMS around us: the pages keep progress on this device by themselves.
  say(ui('standaloneNotice'));
  exitButton.hidden = true;
  frame.src = 'index.html';
} else {
  const session = new LmsSession(found, (ok) => say(ok ? '' : ui('progressSaveFailed')));
  if (!session.initialize()) {
    say(ui('progressSaveFailed'));
  }
  const host = lmsHost(course(), session, ui);
  window.__courseHost = host;
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    host.finish();
  };
  // Hidden tab: hand everything to the LMS now; browsers may never run later code.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden' && session.open) session.flush();
  });
  window.addEventListener('pagehide', finish);
  exitButton.addEventListener('click', () => {
    finish();
    frame.remove();
    exitButton.hidden = true;
    say(ui('lmsExited'));
  });
  frame.src = 'index.html';
}
