import { courseStatus } from '../progress/state.ts';
import { course, ui, type CourseHost } from './host.ts';
import { keys, storage } from './storage.ts';

/** Fills the certificate page: the certificate once the course is complete, otherwise what is missing. */
export function renderCertificate(host: CourseHost): void {
  const root = document.querySelector<HTMLElement>('[data-certificate]');
  if (!root) return;
  const data = course();
  const state = host.state();
  const status = courseStatus(data, state);
  const missing = root.querySelector<HTMLElement>('[data-certificate-missing]')!;
  const done = root.querySelector<HTMLElement>('[data-certificate-done]')!;
  if (host.detailsUnavailable?.()) {
    // Finished in the LMS, but without the date and score a certificate would show.
    missing.replaceChildren(ui('completedDetailsUnavailable'));
    missing.hidden = false;
    done.hidden = true;
    return;
  }
  if (!status.complete) {
    const list = missing.querySelector('ul')!;
    list.replaceChildren(
      ...status.missingModules.map((id) =>
        item(
          ui('certificateMissingModule', { title: data.modules.find((m) => m.id === id)!.title }),
          data.modules.find((m) => m.id === id)!.href,
        ),
      ),
      ...status.missingQuizzes.map((id) => {
        const quiz = data.quizzes.find((q) => q.id === id)!;
        return item(
          ui('certificateMissingQuiz', { title: quiz.title }),
          `${data.modules.find((m) => m.id === quiz.module)!.href}#quiz-${id}-titel`,
        );
      }),
    );
    missing.hidden = false;
    done.hidden = true;
    return;
  }
  const lang = document.documentElement.lang;
  const day = new Date((state.completedDay ?? Math.floor(Date.now() / 86_400_000)) * 86_400_000);
  const fill = (selector: string, text: string) =>
    root.querySelectorAll(selector).forEach((el) => {
      el.textContent = text;
    });
  fill(
    '[data-cert-date]',
    ui('certificateDate', {
      date: new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
        day,
      ),
    }),
  );
  fill(
    '[data-cert-hours]',
    ui('certificateStudyHours', {
      hours: new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(data.totalMinutes / 60),
    }),
  );
  fill(
    '[data-cert-score]',
    status.score === null
      ? ''
      : ui(data.scoreQuiz ? 'certificateScore' : 'certificateAverage', { percent: status.score }),
  );
  const testedOut = root.querySelector<HTMLElement>('[data-cert-tested-out]');
  if (testedOut) {
    const titles = status.testedOutParts.map((id) => data.parts.find((p) => p.id === id)!.title);
    testedOut.textContent = titles.length ? ui('certificateTestedOut', { parts: titles.join('; ') }) : '';
    testedOut.hidden = titles.length === 0;
  }
  const nameField = root.querySelector<HTMLInputElement>('[data-cert-name-input]')!;
  const nameOut = root.querySelector<HTMLElement>('[data-cert-name]')!;
  const lmsName = host.learnerName();
  if (lmsName) {
    nameOut.textContent = lmsName;
    root.querySelector<HTMLElement>('[data-cert-name-form]')!.hidden = true;
  } else {
    nameField.value = storage.get(keys.learnerName(data.id)) ?? '';
    nameOut.textContent = nameField.value;
    nameField.addEventListener('input', () => {
      nameOut.textContent = nameField.value;
      storage.set(keys.learnerName(data.id), nameField.value);
    });
  }
  missing.hidden = true;
  done.hidden = false;
}

function item(text: string, href: string): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = new URL(href, document.querySelector<HTMLAnchorElement>('.site-title')!.href).href;
  a.textContent = text;
  li.append(a);
  return li;
}
