import { type Answers, answersOf, type Control, fillControls } from './worksheet-answers.ts';
import { keys, storage } from './storage.ts';

type Saved = Record<string, Answers>;

const read = (courseId: string): Saved => {
  try {
    return JSON.parse(storage.get(keys.worksheets(courseId)) ?? '{}') as Saved;
  } catch {
    return {};
  }
};

/** Text answers print as text on ruled lines (a textarea prints only what fits in its box). */
const mirror = (control: Control) => {
  const print = control.parentElement?.querySelector<HTMLElement>('[data-ws-print]');
  if (print) print.textContent = control.value;
};

/**
 * A worksheet to fill in. Its answers are saved on this device only, like reflections but never sent to the
 * LMS, whatever the course config says: a sheet may hold a participant's network or boundaries. The texts
 * come from the element's data attributes, so the sheet's own page needs no course data.
 */
export function defineWorksheetForm(): void {
  if (customElements.get('worksheet-form')) return;
  customElements.define(
    'worksheet-form',
    class extends HTMLElement {
      connectedCallback() {
        const { sheet = '', course = '' } = this.dataset;
        const controls = [...this.querySelectorAll<Control>('[data-ws-key]')];
        const status = this.querySelector<HTMLElement>('[data-ws-status]');
        const clear = this.querySelector<HTMLButtonElement>('[data-ws-clear]');
        const say = (text = '') => {
          if (status) status.textContent = text;
        };
        document.documentElement.classList.add('js-sheet');
        // Scale names carry the sheet id, so two sheets on one page never share a radio group.
        for (const c of controls) if (c.type === 'radio') c.name = `${sheet}:${c.name}`;
        fillControls(controls, read(course)[sheet] ?? {});
        controls.forEach(mirror);
        if (!storage.available()) return void say(this.dataset.unavailable);
        const save = () => {
          const all = read(course);
          const answers = answersOf(controls);
          if (Object.keys(answers).length) all[sheet] = answers;
          else delete all[sheet];
          if (storage.set(keys.worksheets(course), JSON.stringify(all))) say(this.dataset.saved);
          else say(this.dataset.unavailable);
        };
        let timer: ReturnType<typeof setTimeout>;
        this.addEventListener('input', (event) => {
          mirror(event.target as Control);
          clearTimeout(timer);
          timer = setTimeout(save, 400);
        });
        this.addEventListener('change', () => {
          clearTimeout(timer);
          save();
        });
        if (!clear) return;
        clear.hidden = false;
        clear.addEventListener('click', () => {
          if (!window.confirm(this.dataset.confirm ?? '')) return;
          clearTimeout(timer);
          fillControls(controls, {});
          controls.forEach(mirror);
          const all = read(course);
          delete all[sheet];
          storage.set(keys.worksheets(course), JSON.stringify(all));
          say(this.dataset.cleared);
        });
      }
    },
  );
}
