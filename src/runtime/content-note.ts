import { course } from './host.ts';
import { keys, storage } from './storage.ts';

/**
 * A module with a content note shows the note first; the text follows when the learner chooses
 * to read on. The choice is remembered, so returning learners are not stopped twice.
 */
export function defineContentNote(): void {
  customElements.define(
    'content-note',
    class extends HTMLElement {
      connectedCallback() {
        const moduleId = document.documentElement.dataset.module ?? '';
        const read = new Set((storage.get(keys.contentNotes(course().id)) ?? '').split(' ').filter(Boolean));
        // The handout is read by trainers who chose to print everything; it shows the text at once.
        if (read.has(moduleId) || document.documentElement.dataset.page === 'handout') return;
        const body = this.querySelector<HTMLElement>('[data-note-body]')!;
        const button = this.querySelector<HTMLButtonElement>('[data-note-continue]')!;
        body.hidden = true;
        button.hidden = false;
        button.addEventListener('click', () => {
          body.hidden = false;
          button.hidden = true;
          read.add(moduleId);
          storage.set(keys.contentNotes(course().id), [...read].join(' '));
          body.querySelector<HTMLElement>('h2, h3, p')?.setAttribute('tabindex', '-1');
          body.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
        });
      }
    },
  );
}
