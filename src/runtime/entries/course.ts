import { renderCertificate } from '../certificate.ts';
import { defineContentNote } from '../content-note.ts';
import { course, ui } from '../host.ts';
import { showNotices } from '../notices.ts';
import { renderProgress } from '../progress-ui.ts';
import { defineQuizElement } from '../quiz-element.ts';
import { defineReflectionBox } from '../reflection-box.ts';
import { frameHost, standaloneHost } from '../standalone-host.ts';

/** Every course page: progress from the SCORM launcher around it, or from this device. */
const host = frameHost() ?? standaloneHost(course(), ui);
const moduleId = document.documentElement.dataset.module;
if (moduleId) host.visit(moduleId);

defineReflectionBox(host);
defineContentNote();
defineQuizElement(host);
const refresh = () => {
  renderProgress(host);
  renderCertificate(host);
  showNotices(host.takeNotices());
};
refresh();
document.addEventListener('submit', () => queueMicrotask(refresh));
document.documentElement.classList.add('js');
