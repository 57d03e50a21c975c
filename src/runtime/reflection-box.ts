import { course, ui, type CourseHost } from './host.ts';
import { keys, storage } from './storage.ts';

type Saved = Record<string, string>;

const read = (): Saved => {
  try {
    return JSON.parse(storage.get(keys.reflections(course().id)) ?? '{}') as Saved;
  } catch {
    return {};
  }
};

/**
 * A reflection's text field. The text is saved on this device only (privacy: learners write about
 * their clients); it reaches the LMS only when the course config opts in.
 */
export function defineReflectionBox(host: CourseHost): void {
  customElements.define(
    'reflection-box',
    class extends HTMLElement {
      connectedCallback() {
        const owner =
          this.closest<HTMLElement>('[data-module-id]')?.dataset.moduleId ??
          document.documentElement.dataset.page ??
          'pagina';
        const id = `${owner}/${this.dataset.reflectionId}`;
        const field = this.querySelector('textarea')!;
        const saved = this.querySelector('[data-saved]');
        field.value = read()[id] ?? '';
        let timer: ReturnType<typeof setTimeout>;
        field.addEventListener('input', () => {
          clearTimeout(timer);
          timer = setTimeout(() => {
            const all = read();
            if (field.value.trim()) all[id] = field.value;
            else delete all[id];
            storage.set(keys.reflections(course().id), JSON.stringify(all));
            if (saved) saved.textContent = ui('reflectionSaved');
          }, 400);
        });
        field.addEventListener('change', () => {
          if (course().sendReflections) host.sendReflection(id, field.value);
        });
      }
    },
  );
}
