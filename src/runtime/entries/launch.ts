import { course, ui } from '../host.ts';
import { lmsHost, type LmsHost } from '../lms-host.ts';
import { saveNotice } from '../save-notice.ts';
import { findApi, type FoundApi } from '../scorm/find-api.ts';
import { LmsSession } from '../scorm/session.ts';
import { claimWriter } from '../single-writer.ts';
import { keys } from '../storage.ts';

/**
 * The SCORM launch page: opens the LMS session once, shows the course pages in a frame and
 * keeps the session for all of them, then closes it once when the learner leaves. One tab at a
 * time writes; a second tab offers to continue there.
 */
const frame = document.querySelector<HTMLIFrameElement>('[data-course-frame]')!;
const notice = document.querySelector<HTMLElement>('[data-launch-notice]')!;
const exitButton = document.querySelector<HTMLButtonElement>('[data-exit]')!;

/** The launcher's message: a plain text, an optional technical line, an optional action. */
function say(text: string, detail = '', alert = false, action?: { label: string; run: () => void }) {
  notice.replaceChildren(text);
  if (detail) {
    const small = document.createElement('small');
    small.textContent = detail;
    notice.append(document.createElement('br'), small);
  }
  if (action) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = action.label;
    button.addEventListener('click', action.run);
    notice.append(' ', button);
  }
  notice.setAttribute('role', alert ? 'alert' : 'status');
  notice.hidden = !text;
}

function start(found: FoundApi): LmsHost {
  const session = new LmsSession(found);
  if (!session.initialize()) say(ui('progressSaveFailed'));
  session.listen((save) => {
    const message = saveNotice(save, ui);
    say(message?.text ?? '', message?.detail, message?.alert);
  });
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
    if (document.visibilityState === 'hidden' && !finished && !host.reviewOnly) session.flushNow();
  });
  window.addEventListener('pagehide', finish);
  exitButton.addEventListener('click', () => {
    finish();
    frame.remove();
    exitButton.hidden = true;
    say(ui('lmsExited'));
  });
  frame.src = 'index.html';
  return host;
}

const found = findApi(window);
if (!found) {
  // No LMS around us: the pages keep progress on this device by themselves.
  say(ui('standaloneNotice'));
  exitButton.hidden = true;
  frame.src = 'index.html';
} else {
  let host: LmsHost | undefined;
  exitButton.hidden = true;
  claimWriter(keys.writer(course().id), {
    granted: () => {
      say('');
      exitButton.hidden = false;
      host = start(found);
    },
    busy: (takeOver) =>
      say(ui('openElsewhere'), '', false, {
        label: ui('continueHere'),
        run: () => {
          say(ui('continuingHere'));
          takeOver();
        },
      }),
    lost: () => {
      host?.handOver();
      frame.remove();
      exitButton.hidden = true;
      say(ui('continuedElsewhere'));
    },
  });
}
