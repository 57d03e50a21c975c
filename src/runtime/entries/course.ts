import { renderCertificate } from '../certificate.ts';
import { defineContentNote } from '../content-note.ts';
import { course, ui } from '../host.ts';
import { showNotices } from '../notices.ts';
import { renderProgress } from '../progress-ui.ts';
import { defineQuizElement } from '../quiz-element.ts';
import { defineReflectionBox } from '../reflection-box.ts';
import { defineScenarioElement } from '../scenario-element.ts';
import { frameHost, standaloneHost } from '../standalone-host.ts';
import { defineTestOut, renderTestedOut, renderTestOutChoice } from '../test-out.ts';
import { defineWorksheetForm } from '../worksheet-form.ts';

/** Every course page: progress from the SCORM launcher around it, or from this device. */
const host = frameHost() ?? standaloneHost(course(), ui);
const moduleId = document.documentElement.dataset.module;
if (moduleId) host.visit(moduleId);

defineReflectionBox(host);
defineContentNote();
defineQuizElement(host);
defineScenarioElement(host);
defineWorksheetForm();
const refresh = () => {
  renderProgress(host);
  renderTestedOut(host);
  renderTestOutChoice(host);
  renderCertificate(host);
  showNotices(host.takeNotices());
};
defineTestOut(host, refresh);
refresh();
document.addEventListener('submit', () => queueMicrotask(refresh));
// Glossary tips can be dismissed with Escape without moving focus (WCAG 1.4.13).
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') document.documentElement.classList.add('tips-dismissed');
});
document.addEventListener('focusin', () => document.documentElement.classList.remove('tips-dismissed'));
document.documentElement.classList.add('js');
